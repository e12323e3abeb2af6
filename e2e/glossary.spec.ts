import { expect, test, type Locator, type Page } from '@playwright/test';
import { GLOSSARY } from '../src/features/lessons/glossary';
import { seedScenario, toScenarioFile } from '../src/core';
import { shareHash } from './fixtures/embedHost';
import { layersScenario } from './fixtures/scenarios';
import { RolemapPage } from './rolemapPage';

// The glossary (issue 9, "Concepts at hand"): opened from a `?` beside each node kind and the
// editor tabs, from the legend and from the menu, in both languages; Esc closes it and the focus
// goes back to what opened it. And the first visit's one-sentence intro with lesson 1.
// Every test starts from a fresh profile (each has its own browser context): a first visit.

function glossary(page: Page, lang: 'en' | 'ja' = 'en'): Locator {
  return page.getByRole('dialog', { name: lang === 'en' ? 'Glossary' : '用語集' });
}

/** The entry the glossary marks as the one it was opened at (none when opened from the top). */
function current(page: Page): Locator {
  return page.locator('.rm-glossary__entry[data-current="true"]');
}

/** The graph node element (React Flow's focusable wrapper) around the card of `kind`. */
function nodeOf(page: Page, kind: string): Locator {
  return page.locator('.react-flow__node').filter({ has: page.locator(`[data-kind="${kind}"]`) });
}

/**
 * From the next load on, the saved workspace is gone before the app starts (a reload saves it
 * again on the way out): only the intro's own flag can then keep the intro away.
 */
async function forgetWorkspaceOnLoad(page: Page) {
  await page.addInitScript(() => window.localStorage.removeItem('rolemap:workspace:v1'));
}

/** Whether `inner` is on screen inside `outer` (the entry scrolled into the dialog's view). */
async function shownInside(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  return !!a && !!b && a.y >= b.y - 1 && a.y + Math.min(a.height, 60) <= b.y + b.height + 1;
}

test('a ? beside a node kind opens the glossary at that term, without selecting the node; Esc returns the focus', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  // Far down the list: opening there has to scroll to it.
  const ask = nodeOf(page, 'credentials').getByRole('button', {
    name: 'What are temporary credentials?',
  });
  await expect(ask).toBeVisible();
  await ask.click();
  const dialog = glossary(page);
  await expect(dialog).toBeVisible();
  await expect(current(page)).toHaveCount(1);
  await expect(current(page)).toHaveAttribute('data-term', 'temporary-credentials');
  await expect(current(page).getByRole('heading')).toHaveText('Temporary credentials');
  await expect(current(page)).toContainText('ASIA');
  await expect.poll(() => shownInside(current(page), dialog)).toBe(true);
  await expect(current(page)).toBeFocused();
  // The click was the `?`'s own: the node was not selected, the editor not moved.
  await expect(page.locator('.rm-node.is-selected')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ask).toBeFocused();
  expect(app.consoleErrors).toEqual([]);
});

test('every node kind with a term has its ?, named by its question, and opens its own entry', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  const expected: [string, string, string][] = [
    ['principal', 'What is a principal?', 'principal'],
    ['instance-profile', 'What is an instance profile?', 'instance-profile'],
    ['trust-policy', 'What is a trust policy?', 'trust-policy'],
    ['sts', 'What is STS?', 'sts'],
    ['role', 'What is an IAM role?', 'role'],
    ['permission-policy', 'What is a permission policy?', 'permission-policy'],
  ];
  for (const [kind, name, term] of expected) {
    await nodeOf(page, kind).getByRole('button', { name }).click();
    await expect(current(page)).toHaveAttribute('data-term', term);
    await glossary(page).getByRole('button', { name: 'Close', exact: true }).click();
    await expect(glossary(page)).toBeHidden();
  }
  // Services, actions and resources have no term of their own, so no `?`.
  await expect(nodeOf(page, 'service').locator('.rm-glossary-q')).toHaveCount(0);
  await expect(nodeOf(page, 'action').locator('.rm-glossary-q')).toHaveCount(0);
});

test('the limit layers\u2019 cards have their ? too: boundary, SCP, RCP and the VPC endpoint policy', async ({
  page,
}) => {
  // With nothing saved, the link opens without asking.
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(`/${shareHash(layersScenario)}`);
  for (const [kind, term] of [
    ['boundary', 'permissions-boundary'],
    ['scp', 'scp'],
    ['rcp', 'rcp'],
    ['endpoint-policy', 'resource-based-policy'],
  ] as const) {
    await nodeOf(page, kind).locator('.rm-glossary-q').click();
    await expect(current(page)).toHaveAttribute('data-term', term);
    await glossary(page).getByRole('button', { name: 'Close', exact: true }).click();
    await expect(glossary(page)).toBeHidden();
  }
});

test('from the keyboard: Tab goes node to node past the ?, the ? key opens the node’s term', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  const principal = nodeOf(page, 'principal').first();
  await principal.focus();
  await page.keyboard.press('Tab');
  // The next stop is the next node, not the `?` inside the principal's card.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.classList.contains('react-flow__node')))
    .toBe(true);
  await principal.focus();
  await page.keyboard.press('?');
  await expect(glossary(page)).toBeVisible();
  await expect(current(page)).toHaveAttribute('data-term', 'principal');
  await page.keyboard.press('Escape');
  await expect(glossary(page)).toBeHidden();
  await expect(principal).toBeFocused();
  // Enter still does what a click does: the `?` took nothing from the node.
  await page.keyboard.press('Enter');
  await expect(page.locator('.rm-node.is-selected[data-kind="principal"]')).toHaveCount(1);
  await expect(glossary(page)).toBeHidden();
});

test('the ? beside the editor tabs follows the tab, and related terms lead on', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  await page
    .getByRole('button', { name: 'What is a trust policy?' })
    .and(page.locator('.rm-tabs__help'))
    .click();
  await expect(current(page)).toHaveAttribute('data-term', 'trust-policy');
  // A related term moves the mark and the view to its own entry.
  await current(page).getByRole('button', { name: 'Principal', exact: true }).click();
  await expect(current(page)).toHaveAttribute('data-term', 'principal');
  await expect.poll(() => shownInside(current(page), glossary(page))).toBe(true);
  await page.keyboard.press('Escape');

  await app.tab('AmazonSSMManagedInstanceCore').click();
  const help = page.locator('.rm-tabs__help');
  await expect(help).toHaveAccessibleName('What is a permission policy?');
  await help.click();
  await expect(current(page)).toHaveAttribute('data-term', 'permission-policy');
  await page.keyboard.press('Escape');
  await expect(help).toBeFocused();
});

test('the legend and the menu open the whole glossary, every term in it', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  await page.locator('.rm-legend summary').click();
  const fromLegend = page.locator('.rm-legend').getByRole('button', { name: 'Glossary' });
  await fromLegend.click();
  await expect(glossary(page)).toBeVisible();
  await expect(current(page)).toHaveCount(0);
  await expect(glossary(page).locator('.rm-glossary__entry')).toHaveCount(GLOSSARY.length);
  for (const term of [
    'Principal',
    'Trust policy',
    'Permission policy',
    'Temporary credentials',
    'Access key',
    'Instance profile',
    'Managed vs inline policy',
    'Permissions boundary',
    'Explicit vs implicit deny',
    'Condition key',
    'Confused deputy',
  ])
    await expect(glossary(page).getByRole('heading', { name: term, exact: true })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(fromLegend).toBeFocused();

  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await page.locator('#rm-topbar-menu').getByRole('button', { name: 'Glossary' }).click();
  await expect(glossary(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(glossary(page)).toBeHidden();
  await expect(menu).toBeFocused();
});

test('in Japanese: 「信頼ポリシーとは」 opens 「用語集」 at 信頼ポリシー', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  await nodeOf(page, 'trust-policy').getByRole('button', { name: '信頼ポリシーとは' }).click();
  await expect(glossary(page, 'ja')).toBeVisible();
  await expect(current(page).getByRole('heading')).toHaveText('信頼ポリシー');
  await expect(current(page)).toContainText('信頼されたエンティティを選択');
  await glossary(page, 'ja').getByRole('button', { name: '閉じる', exact: true }).click();
  await expect(glossary(page, 'ja')).toBeHidden();
});

test('first visit: one sentence and lesson 1, opened as the picker opens it; never again after', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  const intro = page.getByRole('region', { name: 'Welcome' });
  await expect(intro).toBeVisible();
  await expect(intro).toContainText('The picture reads left to right');
  // In the page's flow above the editor: nothing of the graph is under it, every node clickable.
  const [bar, canvas] = [await intro.boundingBox(), await page.locator('.rm-canvas').boundingBox()];
  expect(bar && canvas).toBeTruthy();
  if (!bar || !canvas) return;
  expect(bar.x + bar.width <= canvas.x + 1 || bar.y + bar.height <= canvas.y + 1).toBe(true);
  await app.clickSettled(app.nodes('role'));
  await expect(app.nodes('role')).toHaveClass(/is-selected/);

  await intro.getByRole('button', { name: 'Start lesson 1' }).click();
  await expect(page.getByRole('region', { name: 'Lesson', exact: true })).toHaveAttribute(
    'data-lesson',
    'ec2-ssm',
  );
  await expect(page).toHaveURL(/[?&]lesson=ec2-ssm/);
  await expect(intro).toBeHidden();
  await page.getByRole('button', { name: 'Back to my workspace' }).click();
  await expect(intro).toBeHidden();
  await forgetWorkspaceOnLoad(page);
  await app.goto('/');
  await expect(app.nodes('role')).toBeVisible();
  await expect(intro).toBeHidden();
});

test('first visit: dismissed, the intro stays gone; an embed never shows it', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto(`/?embed=1${shareHash(toScenarioFile(seedScenario()))}`);
  await expect(page.locator('[data-intro]')).toHaveCount(0);

  await app.goto('/?lang=ja');
  const intro = page.getByRole('region', { name: 'はじめに' });
  await expect(intro).toContainText('この図は左から右へ');
  await intro.getByRole('button', { name: '閉じる' }).click();
  await expect(intro).toBeHidden();
  await forgetWorkspaceOnLoad(page);
  await app.goto('/?lang=ja');
  await expect(app.nodes('role')).toBeVisible();
  await expect(page.locator('[data-intro]')).toHaveCount(0);
});
