import { expect, test, type Page } from '@playwright/test';
import { seedScenario, toScenarioFile } from '../src/core';
import { EmbedHost, shareHash } from './fixtures/embedHost';
import {
  bigPolicyScenario,
  layersScenario,
  powerUserScenario,
  twelveServicesScenario,
} from './fixtures/scenarios';
import { RolemapPage } from './rolemapPage';

// Readable at fit-to-view (PRODUCT.md, "The picture"): on a 1366×768 laptop with the editor open,
// every label on the story lane and on each service is at least 11 CSS px on screen, in English
// and Japanese, for the seed and for a big policy, because services summarise their actions.

const LAPTOP = { width: 1366, height: 768 };
const STORY = ['principal', 'instance-profile', 'trust-policy', 'sts', 'credentials', 'role'];
/**
 * Room fit leaves around the picture in the app (src/features/graph/useLevelOfDetail.ts): 12px
 * on each side, plus the Walkthrough/Risks/Legend row along the bottom.
 */
const PAD = { x: 12 + 12, y: 12 + 46 };

interface TextFact {
  kind: string;
  text: string;
  px: number;
  clipped: boolean;
}

/** Waits for the picture to settle: the viewport transform stops changing between polls. */
async function settled(page: Page, root = page.locator('body')) {
  await expect(root.locator('.react-flow__node [data-kind="role"]').first()).toBeVisible();
  let last = '';
  let same = 0;
  await expect
    .poll(
      async () => {
        const now = await root
          .locator('.react-flow__viewport')
          .evaluate(
            (el) =>
              (el as HTMLElement).style.transform +
              document.querySelectorAll('.react-flow__node').length,
          );
        same = now === last ? same + 1 : 0;
        last = now;
        return same >= 2;
      },
      { intervals: [150] },
    )
    .toBe(true);
}

/**
 * Every text inside story-lane and service nodes: its on-screen size (computed font-size × the
 * viewport's scale) and whether it is cut off (ellipsis or line clamp). Comments and the example
 * credential values are left out of the cut-off check: they are abbreviated on purpose, in full on hover.
 */
async function textFacts(page: Page, kinds: readonly string[]): Promise<TextFact[]> {
  return page.locator('.react-flow').evaluate((flow, kinds) => {
    const vp = flow.querySelector('.react-flow__viewport') as HTMLElement;
    const scale = new DOMMatrix(getComputedStyle(vp).transform).a;
    const out: { kind: string; text: string; px: number; clipped: boolean }[] = [];
    for (const node of flow.querySelectorAll<HTMLElement>('.react-flow__node [data-kind]')) {
      const kind = node.dataset.kind ?? '';
      if (!kinds.includes(kind)) continue;
      const card = node.getBoundingClientRect();
      for (const el of node.querySelectorAll<HTMLElement>('*')) {
        const own = [...el.childNodes].some(
          (c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? '').trim() !== '',
        );
        if (!own || el.getClientRects().length === 0) continue;
        const cs = getComputedStyle(el);
        if (cs.visibility === 'hidden') continue;
        const rect = el.getBoundingClientRect();
        const abbreviated =
          el.closest('.rm-annotation--comment') !== null || el.closest('.rm-creds dd') !== null;
        out.push({
          kind,
          text: (el.textContent ?? '').trim().slice(0, 40),
          px: parseFloat(cs.fontSize) * scale,
          clipped:
            !abbreviated &&
            (el.scrollWidth > el.clientWidth + 1 ||
              el.scrollHeight > el.clientHeight + 1 ||
              // The card's box clips what runs past its edge.
              (el.closest('.rm-node__help') === null &&
                (rect.bottom > card.bottom + 1 || rect.right > card.right + 1))),
        });
      }
    }
    return out;
  }, kinds);
}

/** The scale fit-to-view would choose for the nodes on the canvas, and each node's box on screen. */
async function fitFacts(page: Page, root = page.locator('body'), pad = PAD) {
  return root.locator('.rm-canvas').evaluate((canvas, pad) => {
    const vp = canvas.querySelector('.react-flow__viewport') as HTMLElement;
    const scale = new DOMMatrix(getComputedStyle(vp).transform).a;
    const frame = canvas.getBoundingClientRect();
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const boxes: { id: string; x: number; y: number; w: number; h: number }[] = [];
    for (const el of canvas.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const m = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(el.style.transform);
      const x = Number(m?.[1]);
      const y = Number(m?.[2]);
      const w = parseFloat(el.style.width);
      const h = parseFloat(el.style.height);
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x + w);
      maxY = Math.max(maxY, y + h);
      const r = el.getBoundingClientRect();
      boxes.push({
        id: el.dataset.id ?? '',
        x: r.x - frame.x,
        y: r.y - frame.y,
        w: r.width,
        h: r.height,
      });
    }
    const fitScale = (padX: number) =>
      Math.min(
        2,
        Math.max(
          0.05,
          Math.min((frame.width - padX) / (maxX - minX), (frame.height - pad.y) / (maxY - minY)),
        ),
      );
    const expected = fitScale(pad.x);
    // A picture that would reach under the zoom buttons' column is fitted with room beside it.
    const corner = canvas.querySelector('.react-flow__panel.top.right')?.getBoundingClientRect();
    const expectedClear = corner ? fitScale(pad.x + frame.right - corner.left) : expected;
    // The app's own controls over the canvas (zoom buttons, the Walkthrough/Risks/Legend row).
    const panels = [...canvas.querySelectorAll<HTMLElement>('.react-flow__panel')].map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x - frame.x, y: r.y - frame.y, w: r.width, h: r.height };
    });
    return {
      scale,
      expected,
      expectedClear,
      width: frame.width,
      height: frame.height,
      boxes,
      panels,
    };
  }, pad);
}

/** The picture fits: every node inside the canvas, at the scale fit would choose. */
async function expectFitted(
  page: Page,
  root = page.locator('body'),
  pad?: { x: number; y: number },
) {
  const f = await fitFacts(page, root, pad);
  expect(f.boxes.length).toBeGreaterThan(5);
  // The canvas's size is measured in whole pixels: a fractional width moves the scale by under 0.1%.
  const clearOfCorner = Math.abs(f.scale - f.expectedClear) < 0.005;
  if (!clearOfCorner) expect(f.scale).toBeCloseTo(f.expected, 2);
  for (const b of f.boxes) {
    expect(b.x, b.id).toBeGreaterThanOrEqual(-1);
    expect(b.y, b.id).toBeGreaterThanOrEqual(-1);
    expect(b.x + b.w, b.id).toBeLessThanOrEqual(f.width + 1);
    expect(b.y + b.h, b.id).toBeLessThanOrEqual(f.height + 1);
    // No card sits under the controls drawn over the canvas.
    for (const p of f.panels) {
      const overlaps =
        b.x < p.x + p.w && p.x < b.x + b.w && b.y < p.y + p.h && p.y < b.y + b.h && p.w > 0;
      expect(overlaps, `${b.id} under a control panel`).toBe(false);
    }
  }
  return f;
}

async function expectReadable(
  page: Page,
  kinds: readonly string[] = [...STORY, 'service'],
  least = 11,
) {
  const facts = await textFacts(page, kinds);
  // Every kind has text to check (an instance profile only stands before an EC2 service principal).
  for (const kind of kinds)
    if (kind !== 'instance-profile')
      expect(
        facts.some((f) => f.kind === kind),
        kind,
      ).toBe(true);
  const small = facts
    .filter((f) => f.px < least)
    .map((f) => `${f.kind} "${f.text}" ${f.px.toFixed(1)}px`);
  expect(small).toEqual([]);
  const cut = facts.filter((f) => f.clipped).map((f) => `${f.kind} "${f.text}"`);
  expect(cut).toEqual([]);
}

const bigHash = shareHash(bigPolicyScenario);
const layersHash = shareHash(layersScenario);
/** The limit layers' cards. */
const LIMITS = ['boundary', 'scp', 'rcp', 'endpoint-policy'];

for (const lang of ['en', 'ja'] as const) {
  for (const [name, path] of [
    ['the seed', `/?lang=${lang}`],
    ['a 30-action, 6-service policy', `/?lang=${lang}${bigHash}`],
    ['AWS’s PowerUserAccess', `/?lang=${lang}${shareHash(powerUserScenario)}`],
    ['a twelve-service policy', `/?lang=${lang}${shareHash(twelveServicesScenario)}`],
    ['a role under every limit layer', `/?lang=${lang}${layersHash}`],
  ] as const) {
    test(`${name} reads at fit-to-view on 1366×768 with the editor open (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize(LAPTOP);
      const app = new RolemapPage(page);
      await app.goto(path, { actions: false });
      if (path.includes('#s=')) {
        const open = page.getByRole('button', { name: lang === 'ja' ? /開く/ : /^Open/ }).first();
        if (await open.isVisible().catch(() => false)) await open.click();
      }
      await settled(page);
      await expect(page.locator('.rm-split__left .monaco-editor').first()).toBeVisible();
      await expectFitted(page);
      await expectReadable(
        page,
        path.includes(layersHash) ? [...STORY, 'service', ...LIMITS] : [...STORY, 'service'],
      );
      // Services are summary cards: no action card is drawn, and each card counts by access level.
      await expect(app.nodes('action')).toHaveCount(0);
      const services = app.nodes('service');
      expect(await services.count()).toBeGreaterThanOrEqual(2);
      await expect(services.first().locator('.rm-service__count')).toBeVisible();
    });
  }
}

for (const lang of ['en', 'ja'] as const) {
  test(`with the simulator or a lesson open beside the picture, it still reads on 1366×768 (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize(LAPTOP);
    const app = new RolemapPage(page);
    await app.goto(`/?lang=${lang}`, { actions: false });
    await settled(page);
    // The editor makes room while a drawer is open: the picture fits and reads.
    await page.getByRole('button', { name: lang === 'ja' ? /^X は Y/ : 'Can X do Y?' }).click();
    await settled(page);
    await expectFitted(page);
    await expectReadable(page);
    await page.goto(`/?lang=${lang}&lesson=lambda-logs`);
    await settled(page);
    await expectFitted(page);
    await expectReadable(page, [
      'principal',
      'trust-policy',
      'sts',
      'credentials',
      'role',
      'service',
    ]);
  });
}

test('a policy too big to read whole opens readable from the story’s start; Fit to view shows it all', async ({
  page,
}) => {
  await page.setViewportSize(LAPTOP);
  const prefixes = [
    's3',
    'dynamodb',
    'sqs',
    'sns',
    'logs',
    'kms',
    'secretsmanager',
    'ssm',
    'lambda',
    'events',
    'states',
    'xray',
    'ec2',
    'ecr',
    'ecs',
    'eks',
    'cloudwatch',
    'athena',
    'glue',
    'kinesis',
    'firehose',
    'rds',
    'elasticache',
    'route53',
    'acm',
    'cloudfront',
    'apigateway',
    'cognito-idp',
    'codebuild',
    'codepipeline',
  ];
  const huge = {
    ...twelveServicesScenario,
    title: 'Thirty services',
    role: {
      ...twelveServicesScenario.role,
      permissionPolicies: [
        {
          name: 'Everything',
          document: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: prefixes.map((p) => `${p}:Get*`), Resource: '*' },
            ],
          },
        },
      ],
    },
  };
  const app = new RolemapPage(page);
  await app.goto(`/?lang=en${shareHash(huge)}`, { actions: false });
  const open = page.getByRole('button', { name: /^Open/ }).first();
  if (await open.isVisible().catch(() => false)) await open.click();
  await settled(page);
  await expect(app.nodes('service')).toHaveCount(30);
  // Every label drawn inside the canvas reads; the principal, where the story starts, is in view.
  const facts = await page.locator('.rm-canvas').evaluate((canvas) => {
    const frame = canvas.getBoundingClientRect();
    const vp = canvas.querySelector('.react-flow__viewport') as HTMLElement;
    const scale = new DOMMatrix(getComputedStyle(vp).transform).a;
    const out: string[] = [];
    let seen = 0;
    for (const el of canvas.querySelectorAll<HTMLElement>('.react-flow__node [data-kind] *')) {
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      const r = el.getBoundingClientRect();
      if (!own || el.getClientRects().length === 0) continue;
      if (
        r.right < frame.left ||
        r.left > frame.right ||
        r.bottom < frame.top ||
        r.top > frame.bottom
      )
        continue;
      seen++;
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (px < 11) out.push(`${(el.textContent ?? '').trim().slice(0, 30)} ${px.toFixed(1)}px`);
    }
    return { small: out, seen };
  });
  expect(facts.seen).toBeGreaterThan(10);
  expect(facts.small).toEqual([]);
  const principal = await app.nodes('principal').first().boundingBox();
  const canvas = await page.locator('.rm-canvas').boundingBox();
  expect(principal!.x).toBeGreaterThanOrEqual(canvas!.x);
  expect(principal!.y + principal!.height).toBeLessThanOrEqual(canvas!.y + canvas!.height);
  // Fit to view shows every node, however small.
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await settled(page);
  await expectFitted(page);
});

test('fit holds after every layout, the drawer opening and closing, a pane resize and a window resize', async ({
  page,
}) => {
  await page.setViewportSize(LAPTOP);
  const app = new RolemapPage(page);
  for (let i = 0; i < 4; i++) {
    await app.goto('/', { actions: false });
    await settled(page);
    await expectFitted(page);
  }
  await page.getByRole('button', { name: 'Can X do Y?' }).click();
  await settled(page);
  const narrow = await expectFitted(page);
  await page.getByRole('button', { name: 'Can X do Y?' }).click();
  await settled(page);
  const wide = await expectFitted(page);
  expect(wide.width).toBeGreaterThan(narrow.width);

  const divider = page.getByRole('separator');
  await divider.focus();
  await page.keyboard.press('ArrowLeft');
  await settled(page);
  await expectFitted(page);

  await page.setViewportSize({ width: 1200, height: 700 });
  await settled(page);
  await expectFitted(page);

  // "Fit to view" brings the picture back after the user zoomed and panned.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await settled(page);
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await settled(page);
  await expectFitted(page);
});

test('a service expands into its action cards where it stands, and collapses back', async ({
  page,
}) => {
  await page.setViewportSize(LAPTOP);
  const app = new RolemapPage(page);
  await app.goto('/', { actions: false });
  await settled(page);
  const ssm = page
    .locator('.react-flow__node', { has: page.locator('[data-kind="service"]') })
    .filter({
      hasText: 'AWS Systems Manager',
    });
  await expect(ssm.locator('[data-lod="summary"]')).toBeVisible();
  await expect(ssm).toContainText(/15 actions/);
  await expect(ssm).toContainText('Read 8');
  const before = await ssm.boundingBox();
  await page.getByRole('button', { name: 'Show the 15 actions of ssm' }).click();
  await expect(app.action('ssm:GetDocument')).toBeVisible();
  await expect(app.nodes('action')).toHaveCount(15);
  await settled(page);
  const after = await ssm.boundingBox();
  // Anchored: the box opens from where the card was.
  expect(Math.abs((after?.x ?? 0) - (before?.x ?? 0))).toBeLessThan(2);
  expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThan(2);
  // The open box runs past the canvas's right edge (and under the legend's panel): fit it into
  // view; its cards still work: a click selects the action and reveals it in the editor.
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await settled(page);
  await app.action('ssm:DescribeAssociation').click();
  await expect(app.tab('AmazonSSMManagedInstanceCore')).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('button', { name: 'Summarise ssm in one card' }).click();
  await expect(app.nodes('action')).toHaveCount(0);

  // Expand all, collapse all.
  await page.getByRole('button', { name: 'Show the actions of every service' }).click();
  await expect(app.nodes('action')).toHaveCount(25);
  await settled(page);
  // Too big to read whole at 1366: it opens at the smallest zoom its far view reads at…
  expect((await fitFacts(page)).scale).toBeCloseTo(11.6 / 19, 3);
  // …and Fit to view shows all of it.
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await settled(page);
  await expectFitted(page);
  await page.getByRole('button', { name: 'Summarise every service' }).click();
  await expect(app.nodes('action')).toHaveCount(0);
});

test('zooming in over a service shows its actions, keeping it in place', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  const app = new RolemapPage(page);
  await app.goto('/', { actions: false });
  await settled(page);
  const card = page
    .locator('.react-flow__node', { has: page.locator('[data-kind="service"]') })
    .filter({
      hasText: 'Amazon Message Gateway Service',
    });
  const box = await card.boundingBox();
  if (!box) throw new Error('no ssmmessages card');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -120);
  await expect(app.action('ssmmessages:OpenDataChannel')).toBeVisible();
  // Only the service under the pointer opened.
  await expect(app.nodes('action')).toHaveCount(4);
  await settled(page);
  const zoom = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const after = await card.boundingBox();
  // The card stayed where the pointer was (scaled about that point by the zoom).
  expect(
    after && after.x <= box.x + box.width / 2 && after.x + after.width >= box.x + box.width / 2,
  ).toBe(true);
  const facts = await textFacts(page, ['action']);
  expect(facts.filter((f) => f.px < 11)).toEqual([]);
  expect(zoom).toBeGreaterThan(0.9);
});

test('presenter mode: larger type that still fits, toggled from the controls or by ?present=1', async ({
  page,
}) => {
  await page.setViewportSize(LAPTOP);
  const app = new RolemapPage(page);
  await app.goto('/', { actions: false });
  await settled(page);
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const titlePx = () =>
    page
      .locator('.react-flow__node [data-kind="principal"] .rm-node__title')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normal = await titlePx();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.rm-canvas.is-presenter')).toBeVisible();
  await settled(page);
  expect(await titlePx()).toBeGreaterThan(normal * 1.2);
  await expectFitted(page);
  // Large type at fit: every label on the story lane and the services reads at 16px on screen.
  await expectReadable(page, [...STORY, 'service'], 16);
  // Thick edges.
  const stroke = await page
    .locator('.react-flow__edge-path')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
  expect(stroke).toBeGreaterThanOrEqual(3);

  await page.goto('/?present=1&lang=ja');
  await settled(page);
  await expect(page.getByRole('button', { name: 'プレゼンテーションモード' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expectReadable(page, [...STORY, 'service'], 16);
});

test('?view= composes with the level of detail', async ({ page }) => {
  await page.setViewportSize(LAPTOP);
  const app = new RolemapPage(page);
  await app.goto('/?view=permissions', { actions: false });
  await settled(page);
  await expect(app.nodes('service')).toHaveCount(3);
  await expect(page.locator('[data-lod="summary"]')).toHaveCount(3);
  await expect(app.nodes('principal')).toHaveCount(0);
  await expectFitted(page);
  await expectReadable(page, ['role', 'service']);
  await page.goto('/?view=chain');
  await settled(page);
  await expectFitted(page);
  await expectReadable(page, STORY);
});

for (const [width, height] of [
  [800, 450],
  [480, 360],
] as const) {
  test(`an embed in a ${width}×${height} frame is drawn at the level of detail that reads`, async ({
    page,
  }) => {
    const host = new EmbedHost(page);
    await host.serve();
    await host.open(`/?embed=1${shareHash(toScenarioFile(seedScenario()))}`, width, height);
    await host.settled();
    await expect(host.nodes('service')).toHaveCount(3);
    await expect(host.nodes('action')).toHaveCount(0);
    await expect(host.frame.locator('[data-lod="summary"]')).toHaveCount(3);
    // Its services are still reachable: expanding one shows its cards.
    await host.frame.getByRole('button', { name: 'Show the 4 actions of ssmmessages' }).click();
    await expect(host.nodes('action')).toHaveCount(4);
  });
}
