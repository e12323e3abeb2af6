import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { lessonById } from '../src/features/lessons/index';
import { RolemapPage } from './rolemapPage';

// The walkthrough (PRODUCT.md, "Hooks in the page"; issue 9): `?walkthrough=1` starts it; a region
// "Walkthrough" with Next / Back and a step counter; ArrowRight / ArrowLeft step in it and on the
// graph; the step's nodes carry data-highlighted="true", the others data-dimmed="true".

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

const NAMES = {
  en: { region: 'Walkthrough', next: 'Next', back: 'Back', close: 'Close the walkthrough' },
  ja: { region: 'ウォークスルー', next: '次へ', back: '戻る', close: 'ウォークスルーを閉じる' },
} as const;
type Lang = keyof typeof NAMES;

function region(page: Page, lang: Lang): Locator {
  return page.getByRole('region', { name: NAMES[lang].region, exact: true });
}

function button(page: Page, lang: Lang, which: 'next' | 'back' | 'close'): Locator {
  return region(page, lang).getByRole('button', { name: NAMES[lang][which], exact: true });
}

interface Lit {
  kind: string;
  action?: string;
}

/** The graph nodes of the step: React Flow's node elements marked data-highlighted, by their card. */
async function highlighted(page: Page): Promise<Lit[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.react-flow__node[data-highlighted="true"]')).map(
      (el) => {
        const card = el.querySelector<HTMLElement>('[data-kind]');
        return {
          kind: card?.dataset.kind ?? '?',
          ...(card?.dataset.action !== undefined ? { action: card.dataset.action } : {}),
        };
      },
    ),
  );
}

/** Every node is either highlighted or dimmed, never both, and the step has at least one. */
async function expectEveryNodeMarked(page: Page) {
  const marks = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.react-flow__node')).map((el) => [
      el.dataset.highlighted ?? '',
      el.dataset.dimmed ?? '',
    ]),
  );
  expect(marks.length).toBeGreaterThan(0);
  for (const [on, dim] of marks)
    expect(on === 'true' ? dim === '' : on === '' && dim === 'true', `${on}/${dim}`).toBe(true);
}

/**
 * English prose left in a Japanese card: two or more Latin words in a row, one of them in lower
 * case. Identifiers (with `:`, `.`, `/`, `*`, digits …), product names and acronyms are not prose.
 */
async function englishProse(card: Locator): Promise<string[]> {
  const text = await card.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const code of copy.querySelectorAll('[lang="en"]')) code.remove();
    return copy.textContent ?? '';
  });
  const runs = text
    .replace(
      /[A-Za-z0-9:./*$_{}@\-=<>"'[\]]*[:./*$_{}@\-=0-9][A-Za-z0-9:./*$_{}@\-=<>"'[\]]*/g,
      ' § ',
    )
    .match(/[A-Za-z][A-Za-z’']*(?: [A-Za-z][A-Za-z’']*)+/g);
  return (runs ?? []).filter((run) => run.split(' ').some((w) => /^[a-z]/.test(w)));
}

const kindsOf = (lit: readonly Lit[]) => [...new Set(lit.map((l) => l.kind))].sort();

/** The step's nodes are brought into view: each one's centre lies inside the canvas. */
async function expectInView(page: Page) {
  await expect
    .poll(async () => {
      const canvas = await page.locator('.rm-canvas').boundingBox();
      const boxes = await page
        .locator('.react-flow__node[data-highlighted="true"]')
        .evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }),
        );
      if (!canvas || boxes.length === 0) return false;
      return boxes.every(
        (b) =>
          b.x >= canvas.x &&
          b.x <= canvas.x + canvas.width &&
          b.y >= canvas.y &&
          b.y <= canvas.y + canvas.height,
      );
    })
    .toBe(true);
}

/** The seed role's story, step by step (the role's kinds, in the order the chain tells it). */
const SEED_STEPS = [
  ['instance-profile', 'principal'],
  ['trust-policy'],
  ['sts'],
  ['credentials'],
  ['credentials', 'role'],
  ['permission-policy'],
  ['action', 'service'],
  ['resource'],
];

for (const lang of ['en', 'ja'] as const) {
  test(`the seed scenario’s walkthrough runs start to end (${lang})`, async ({ page }) => {
    const app = new RolemapPage(page);
    await app.goto(`/?lang=${lang}&walkthrough=1`);
    const walk = region(page, lang);
    await expect(walk).toBeVisible();
    const total = SEED_STEPS.length;
    const actionCards = await app.nodes('action').count();
    expect(actionCards).toBeGreaterThan(10);

    for (const [i, kinds] of SEED_STEPS.entries()) {
      await expect(walk).toContainText(`${i + 1} / ${total}`);
      await expect.poll(async () => kindsOf(await highlighted(page))).toEqual(kinds);
      await expectEveryNodeMarked(page);
      if (lang === 'ja') expect(await englishProse(walk)).toEqual([]);
      if (kinds.includes('action')) {
        // Every action card of the seed is in the actions step.
        expect((await highlighted(page)).filter((l) => l.kind === 'action')).toHaveLength(
          actionCards,
        );
      } else await expectInView(page);
      if (i < total - 1) await button(page, lang, 'next').click();
    }
    // At the end Next goes nowhere; Back goes one step back.
    await expect(button(page, lang, 'next')).toHaveAttribute('aria-disabled', 'true');
    await expect(button(page, lang, 'next')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(walk).toContainText(`${total} / ${total}`);
    await button(page, lang, 'back').click();
    await expect(walk).toContainText(`${total - 1} / ${total}`);
    await expect.poll(async () => kindsOf(await highlighted(page))).toEqual(SEED_STEPS[total - 2]);

    // The cards speak the UI language and tell the chain's facts.
    for (let i = total - 2; i > 0; i--) await button(page, lang, 'back').click();
    await expect(walk).toContainText(`1 / ${total}`);
    await expect(button(page, lang, 'back')).toHaveAttribute('aria-disabled', 'true');
    await expect(walk).toContainText('ec2.amazonaws.com');
    await expect(walk).toContainText(
      lang === 'en' ? 'Who asks for the role' : 'ロールを求めるのは誰か',
    );
    for (let i = 0; i < 3; i++) await button(page, lang, 'next').click();
    await expect(walk).toContainText(`4 / ${total}`);
    await expect(walk).toContainText('ASIA');
    await expect(walk).toContainText('2025-01-01T01:00:00Z');
    await expect(walk).toContainText(lang === 'en' ? 'Temporary credentials' : '一時的な認証情報');
    expect(app.consoleErrors).toEqual([]);
  });

  test(`the ec2-ssm lesson’s walkthrough uses its own steps and draws the network route (${lang})`, async ({
    page,
  }) => {
    const lesson = lessonById('ec2-ssm')!;
    const app = new RolemapPage(page);
    await app.goto(`/?lang=${lang}&lesson=ec2-ssm&walkthrough=1`);
    const walk = region(page, lang);
    const total = lesson.steps.length;
    const network = page.locator('[data-network="true"]');
    const seen: string[][] = [];

    for (const [i, step] of lesson.steps.entries()) {
      await expect(walk).toContainText(`${i + 1} / ${total}`);
      await expect(walk).toContainText(step.title[lang]);
      await expect.poll(async () => (await highlighted(page)).length).toBeGreaterThan(0);
      const lit = await highlighted(page);
      for (const l of lit) expect(step.kinds).toContain(l.kind);
      if (step.actions) expect(lit.map((l) => l.action).sort()).toEqual([...step.actions].sort());
      await expectEveryNodeMarked(page);
      seen.push(kindsOf(lit));
      if (lang === 'ja') expect(await englishProse(walk)).toEqual([]);
      // The network route is drawn on the step that has one, and only there.
      await expect(network).toHaveCount(step.network ? 1 : 0);
      if (i < total - 1) await page.keyboard.press('ArrowRight');
    }
    // Principal, then trust policy, then STS, then credentials, then (after the role) actions.
    expect(seen.slice(0, 4)).toEqual([
      ['instance-profile', 'principal'],
      ['trust-policy'],
      ['sts'],
      ['credentials'],
    ]);
    expect(seen).toContainEqual(['action']);
    expect(seen.findIndex((k) => k.join() === 'action')).toBeGreaterThan(3);

    // The last step draws instance → VPC endpoints (ssm, ssmmessages, ec2messages) or NAT → SSM.
    await expect(network).toBeVisible();
    for (const endpoint of ['ssm', 'ssmmessages', 'ec2messages'])
      await expect(network.locator(`[data-endpoint="${endpoint}"]`)).toHaveText(endpoint);
    await expect(network.locator('[data-network-way="nat"]')).toContainText(
      lang === 'en' ? 'NAT gateway' : 'NAT ゲートウェイ',
    );
    await expect(network).toContainText('Systems Manager');

    // ArrowLeft steps back (the focus is in the walkthrough), and the route goes with its step.
    await page.keyboard.press('ArrowLeft');
    await expect(walk).toContainText(`${total - 1} / ${total}`);
    await expect(network).toHaveCount(0);
    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
}

test('the walkthrough starts from its button, steps from the graph with ←/→, and closes', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  await expect(region(page, 'en')).toHaveCount(0);
  await expect(page.locator('.react-flow__node[data-dimmed]')).toHaveCount(0);
  await page.getByRole('button', { name: 'Walkthrough', exact: true }).click();
  const walk = region(page, 'en');
  await expect(walk).toContainText('1 / 8');
  await expect(page).toHaveURL(/[?&]walkthrough=1(&|$)/);

  // On a focused graph node, ArrowRight / ArrowLeft step the walkthrough; Down still moves focus.
  const sts = page.locator('.react-flow__node').filter({ has: page.locator('[data-kind="sts"]') });
  await sts.focus();
  await page.keyboard.press('ArrowRight');
  await expect(walk).toContainText('2 / 8');
  await expect.poll(async () => kindsOf(await highlighted(page))).toEqual(['trust-policy']);
  await page.keyboard.press('ArrowRight');
  await expect(walk).toContainText('3 / 8');
  await page.keyboard.press('ArrowLeft');
  await expect(walk).toContainText('2 / 8');
  await page.keyboard.press('ArrowDown');
  await expect
    .poll(() =>
      page.evaluate(
        () => document.activeElement?.querySelector<HTMLElement>('[data-kind]')?.dataset.kind,
      ),
    )
    .toBe('credentials');
  await expect(walk).toContainText('2 / 8');

  // Escape closes it: nothing is dimmed any more, and the URL forgets it.
  await page.keyboard.press('Escape');
  await expect(walk).toHaveCount(0);
  await expect(page.locator('.react-flow__node[data-dimmed]')).toHaveCount(0);
  await expect(page.locator('.react-flow__node[data-highlighted]')).toHaveCount(0);
  await expect(page).not.toHaveURL(/walkthrough=/);

  // The close button closes it too, and the start button gets the focus back.
  await page.getByRole('button', { name: 'Walkthrough', exact: true }).click();
  await expect(walk).toContainText('1 / 8');
  await button(page, 'en', 'close').click();
  await expect(walk).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Walkthrough', exact: true })).toBeFocused();
  expect(app.consoleErrors).toEqual([]);
});

test('the edge being crossed moves, except under prefers-reduced-motion', async ({ browser }) => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({
      reducedMotion,
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    const app = new RolemapPage(page);
    await app.goto('/?lang=en&walkthrough=1');
    await button(page, 'en', 'next').click();
    await button(page, 'en', 'next').click();
    await expect(region(page, 'en')).toContainText('3 / 8');
    // Step 3 (STS) crosses the trust policy's edge into STS.
    const crossing = page.locator('.react-flow__edge.rm-edge--crossing .react-flow__edge-path');
    await expect(crossing).toHaveCount(1);
    const animation = await crossing.evaluate((el) => getComputedStyle(el).animationName);
    if (reducedMotion === 'reduce') expect(animation).toBe('none');
    else expect(animation).not.toBe('none');
    await context.close();
  }
});

test('the walkthrough follows the user’s own policies: an edited trust policy changes the story', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  await app.replaceEditorText(
    'Trust policy',
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'FromGitHub',
          Effect: 'Allow',
          Principal: {
            Federated:
              'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
          },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          },
        },
      ],
    }),
  );
  await expect(app.nodes('instance-profile')).toHaveCount(0);
  await page.getByRole('button', { name: 'Walkthrough', exact: true }).click();
  const walk = region(page, 'en');
  // No instance profile now: the first step is the principal alone.
  await expect.poll(async () => kindsOf(await highlighted(page))).toEqual(['principal']);
  await page.keyboard.press('ArrowRight');
  await expect(walk).toContainText('FromGitHub');
  await expect(walk).toContainText('token.actions.githubusercontent.com:aud');
  await page.keyboard.press('ArrowRight');
  await expect(walk).toContainText('sts:AssumeRoleWithWebIdentity');
});

for (const lang of ['en', 'ja'] as const) {
  const theme = lang === 'en' ? 'light' : 'dark';
  test(`the open walkthrough (${lang}, ${theme}): no serious or critical axe violation`, async ({
    page,
  }) => {
    const app = new RolemapPage(page);
    await app.goto(`/?lang=${lang}&theme=${theme}&lesson=ec2-ssm&walkthrough=1`);
    const walk = region(page, lang);
    for (let i = 1; i < lessonById('ec2-ssm')!.steps.length; i++)
      await button(page, lang, 'next').click();
    await expect(page.locator('[data-network="true"]')).toBeVisible();
    // The step's nodes have finished fading in (a short opacity transition) before axe measures.
    await expect
      .poll(() =>
        page
          .locator('.react-flow__node[data-highlighted="true"]')
          .evaluateAll((els) => els.every((el) => getComputedStyle(el).opacity === '1')),
      )
      .toBe(true);
    // The dimmed nodes recede on purpose (lower contrast is the point); everything else is checked.
    const results = await new AxeBuilder({ page })
      .exclude('.react-flow__node[data-dimmed="true"]')
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    expect(serious).toEqual([]);
    await expect(walk).toBeVisible();
  });
}

test("an arrow's label recedes and comes back with its arrow, and is raised with it", async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=en&walkthrough=1');
  await expect(region(page, 'en')).toContainText('1 / 8');
  // Each labelled arrow and its label (drawn over the picture, apart from the arrow's SVG): dimmed
  // together, lit together.
  const pairs = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.rm-edge-label')).map((label) => {
        const edge = document.querySelector(`.react-flow__edge[data-id="${label.dataset.edge}"]`);
        return {
          edge: edge?.classList.contains('rm-edge--dim') ?? null,
          label: label.classList.contains('rm-edge--dim'),
          // The step's arrows are raised above the rest (their SVG layer's z-index): the label
          // with them, or the raised line would cross it.
          edgeLayer: getComputedStyle(edge?.closest('svg') ?? document.body).zIndex,
          labelLayer: getComputedStyle(label).zIndex,
        };
      }),
    );
  const during = await pairs();
  expect(during.length).toBeGreaterThan(3);
  expect(during.some((p) => p.edge === true)).toBe(true);
  expect(during.some((p) => p.edge === false)).toBe(true);
  for (const p of during) {
    expect(p.label).toBe(p.edge);
    expect(p.labelLayer).toBe(p.edgeLayer === 'auto' ? '0' : p.edgeLayer);
  }
  expect(during.some((p) => p.edge === false && p.labelLayer !== '0')).toBe(true);
  await button(page, 'en', 'close').click();
  await expect(page.locator('.rm-edge-label.rm-edge--dim')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});
