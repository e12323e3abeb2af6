import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../src/features/lessons/index';
import { shareHash, WORKSPACE_KEY } from './fixtures/embedHost';
import { lambdaScenario } from './fixtures/scenarios';
import { RolemapPage } from './rolemapPage';
import { workspacesEn } from '../src/i18n/workspaces.en';

// Issue 11: several named workspaces, autosaved; a lesson or a shared link opens in a workspace of
// its own and the one the user had stays intact.

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

/** Opens the workspace list from the top bar's menu. */
async function openList(page: Page) {
  const menuButton = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  await menuButton.click();
  const menu = page.locator(`#${await menuButton.getAttribute('aria-controls')}`);
  await menu.getByRole('button', { name: 'Workspaces' }).click();
  const dialog = page.getByRole('dialog', { name: 'Workspaces' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function addPolicy(app: RolemapPage) {
  await app.page.getByRole('button', { name: 'Add permission policy' }).click();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  await app.page.waitForTimeout(800); // autosave settles
}

test('a shared link opens in a new workspace and the old one is intact', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  await addPolicy(app);

  await page.goto(`/?lang=en${shareHash(lambdaScenario)}`);
  await page.getByRole('button', { name: 'Open in a new workspace' }).click();
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect(app.tab('NewPolicy1')).toHaveCount(0);

  let list = await openList(page);
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('My workspace');
  await expect(items.nth(1)).toContainText('Lambda function role');
  await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');
  await items
    .nth(0)
    .getByRole('button', { name: /My workspace/ })
    .click();
  await expect(list).toBeHidden();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  await expect(app.nodes('principal')).toContainText('ec2.amazonaws.com');

  // The same link again: the workspace that holds it is shown, no question, no third workspace.
  await page.goto(`/?lang=en${shareHash(lambdaScenario)}`);
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect(page.getByRole('dialog', { name: 'Open the shared scenario?' })).toHaveCount(0);
  list = await openList(page);
  await expect(list.getByRole('listitem')).toHaveCount(2);
  expect(app.consoleErrors).toEqual([]);
  expect(app.externalRequests).toEqual([]);
});

test('a lesson opens in its own workspace, listed as a lesson, and the user’s stays intact', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  await addPolicy(app);
  const lesson = LESSONS.find((l) => l.id === 'lambda-logs')!;

  await app.goto(`/?lang=en&lesson=${lesson.id}`);
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect(app.tab('NewPolicy1')).toHaveCount(0);
  const list = await openList(page);
  const row = list.locator(`[data-workspace="lesson:${lesson.id}"]`);
  await expect(row).toContainText(lesson.title.en);
  await expect(row).toContainText('Lesson');
  await expect(row).toHaveAttribute('aria-current', 'true');
  // A lesson keeps its lesson's name: it can be copied or deleted, not renamed.
  await expect(row.getByRole('button', { name: 'Rename' })).toHaveCount(0);
  await list.getByRole('button', { name: /My workspace/ }).click();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  await expect(page).not.toHaveURL(/lesson=/);
  await page.reload();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('workspaces are renamed inline, duplicated, made from the example and deleted with undo', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  await addPolicy(app);

  let list = await openList(page);
  await list.getByRole('button', { name: 'Rename' }).click();
  const field = list.getByRole('textbox', { name: 'New name for My workspace' });
  await expect(field).toBeFocused();
  await field.fill('Audit role');
  await field.press('Enter');
  await expect(list.getByRole('listitem')).toContainText('Audit role');
  // Esc in the field drops the draft and leaves the dialog open.
  await list.getByRole('button', { name: 'Rename' }).click();
  await list.getByRole('textbox', { name: 'New name for Audit role' }).fill('Nope');
  await page.keyboard.press('Escape');
  await expect(list).toBeVisible();
  await expect(list.getByRole('listitem')).toContainText('Audit role');
  // Esc again closes the list, and the focus is back on the menu's button.
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Menu' })).toBeFocused();
  list = await openList(page);

  await list
    .getByRole('group', { name: 'Actions for Audit role', exact: true })
    .getByRole('button', { name: 'Duplicate' })
    .click();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  list = await openList(page);
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').nth(1)).toContainText('Audit role (copy)');
  await expect(list.getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'true');

  await list.getByRole('button', { name: 'New workspace from the example' }).click();
  await expect(app.tab('NewPolicy1')).toHaveCount(0);
  list = await openList(page);
  await expect(list.getByRole('listitem')).toHaveCount(3);

  // Delete the original, then undo: it is back in its place with its content.
  await list
    .getByRole('group', { name: 'Actions for Audit role', exact: true })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const toast = page.getByRole('status').filter({ hasText: 'Deleted “Audit role”.' });
  await expect(toast).toBeVisible();
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').nth(0)).toContainText('Audit role');
  await list
    .getByRole('button', { name: /^Audit role/ })
    .first()
    .click();
  await expect(app.tab('NewPolicy1')).toBeVisible();

  // Everything survives a reload.
  await page.waitForTimeout(800);
  await page.reload();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  list = await openList(page);
  await expect(list.getByRole('listitem')).toHaveCount(3);
  expect(app.consoleErrors).toEqual([]);
});

test('a returning user finds the single saved workspace of before as the first one', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  // Written from a plain file of the same origin, not from the app, which saves its own state on leaving.
  await page.goto('/examples/seed.scenario.json');
  await page.evaluate(() => window.localStorage.clear());
  const saved = {
    scenario: { ...lambdaScenario, title: 'Work from last year' },
    theme: 'dark',
  };
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
    WORKSPACE_KEY,
    JSON.stringify(saved),
  ] as const);
  await app.goto('/?lang=en');
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const list = await openList(page);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('Work from last year');
});

test('a share link over 2,000 characters says its size and the CLI alternative', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new RolemapPage(page);
  // The small Lambda role: a short link, just copied.
  await app.goto(`/?lang=en${shareHash(lambdaScenario)}`);
  const share = page.getByRole('button', { name: 'Copy share link' });
  await share.click();
  await expect(page.getByRole('button', { name: 'Share link copied' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'This share link is long' })).toHaveCount(0);
  const short = await page.evaluate(() => navigator.clipboard.readText());
  expect(short.length).toBeLessThanOrEqual(2000);

  // The example, with its 25 commented actions, makes a long link: copied, with a warning.
  const menuButton = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  await menuButton.click();
  await page.getByRole('button', { name: 'New workspace from the example' }).click();
  await expect(app.nodes('principal')).toContainText('ec2.amazonaws.com');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const notice = page.getByRole('dialog', { name: 'This share link is long' });
  await expect(notice).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.length).toBeGreaterThan(2000);
  await expect(notice).toContainText(`${copied.length.toLocaleString('en-US')} characters`);
  await expect(notice).toContainText('npm run --silent rolemap -- url scenario.json --base');
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
});

test('when the browser refuses to save, the page says so once', async ({ page }) => {
  // A full quota: every write to localStorage throws, as browsers do (QuotaExceededError), and
  // IndexedDB, where large workspaces go, is blocked too: nothing can be kept.
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    IDBFactory.prototype.open = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  await page.getByRole('button', { name: 'Add permission policy' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'could not be saved in this browser' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  // Once: later failed saves do not bring it back.
  await page.getByRole('button', { name: 'Add permission policy' }).click();
  await expect(app.tab('NewPolicy2')).toBeVisible();
  await page.waitForTimeout(800);
  await expect(notice).toHaveCount(0);
});

test('in Japanese, the workspace list and the incoming question have no English left', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  await app.page.getByRole('button', { name: '許可ポリシーを追加' }).click();
  await page.waitForTimeout(800);
  await page.goto(`/?lang=ja${shareHash(lambdaScenario)}`);
  const question = page.getByRole('dialog', { name: '共有されたシナリオを開きますか?' });
  await expect(question).toBeVisible();
  const english = Object.values(workspacesEn).flatMap((en) =>
    en.split(/\{\w+\}/).filter((piece) => piece.trim().length >= 4),
  );
  const noEnglish = async (text: string) => {
    for (const piece of english) expect(text, piece).not.toContain(piece.trim());
  };
  await noEnglish(await question.innerText());
  await question.getByRole('button', { name: '新しいワークスペースで開く' }).click();
  const menuButton = page.getByRole('banner').getByRole('button', { name: 'メニュー' });
  await menuButton.click();
  await page.getByRole('button', { name: 'ワークスペース', exact: true }).click();
  const list = page.getByRole('dialog', { name: 'ワークスペース' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('マイワークスペース');
  await noEnglish(await list.innerText());
});

for (const theme of ['light', 'dark'] as const) {
  test(`the list, its rename field and the Undo notice pass axe (${theme})`, async ({ page }) => {
    const app = new RolemapPage(page);
    await app.goto(`/?lang=en&theme=${theme}`);
    await page.getByRole('button', { name: 'Add permission policy' }).click();
    await page.waitForTimeout(800);
    await page.goto(`/?lang=en&theme=${theme}${shareHash(lambdaScenario)}`);
    await page.getByRole('button', { name: 'Open in a new workspace' }).click();
    const list = await openList(page);
    await list
      .getByRole('group', { name: 'Actions for Lambda function role' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toBeVisible();
    await list.getByRole('button', { name: 'Rename' }).click();
    const results = await new AxeBuilder({ page }).include('.rm-ws').analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(serious.map((v) => [v.id, v.nodes.map((n) => n.target.join(' '))])).toEqual([]);
  });
}
