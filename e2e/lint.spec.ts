import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { RolemapPage } from './rolemapPage';
import { serviceChunks } from './fixtures/serviceChunks';

// One line: Monaco auto-closes brackets and re-indents typed newlines, which would change the text.
// ssm:GetDocument is the real action (Service Authorization Reference, AWS Systems Manager).
const typoPolicy =
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", ' +
  '"Action": ["ssm:DescribeDocument", "ssm:GetDocumnet"], "Resource": "*"}]}';
const typoColumn = typoPolicy.indexOf('"ssm:GetDocumnet"') + 1;
const permissionEditor = 'Permission policy: AmazonSSMManagedInstanceCore';

/** The seed trust policy as AWS would take it: the fixture minus its `#` comment lines. */
function seedTrustWithoutComments(): unknown {
  const text = readFileSync(
    new URL('../src/core/scenario/seed/seed-trust-policy.commented.json', import.meta.url),
    'utf8',
  );
  return JSON.parse(text.replace(/#.*$/gm, ''));
}

function problems(page: Page) {
  return page.getByRole('region', { name: 'Problems' });
}

async function typeTypo(app: RolemapPage) {
  await app.tab('AmazonSSMManagedInstanceCore').click();
  await app.replaceEditorText(permissionEditor, typoPolicy);
  await expect(problems(app.page).locator('[data-code="unknown-action"]')).toHaveCount(1);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

test('the seed trust policy lists its comment error on first visit, with counts on the tab', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  const row = problems(page).locator('[data-code="comment"]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Error');
  await expect(row).toContainText('Ln 6, Col 13'); // the first `#` of the trust policy fixture
  // The tab keeps its exact name; the count is its description.
  await expect(app.tab('Trust policy')).toHaveAccessibleDescription('1 error');
  await expect(app.tab('AmazonSSMManagedInstanceCore')).toHaveAccessibleDescription('1 error');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);

  // Clicking the problem jumps to it: the editor takes the focus with the comment selected.
  await row.getByRole('button', { name: /AWS rejects policies that contain comments/ }).click();
  await expect(page.locator('.monaco-editor.focused')).toHaveCount(1);
  await expect(page.locator('.monaco-editor .selected-text').first()).toBeVisible();

  // The panel collapses and expands.
  const toggle = problems(page).getByRole('button', { name: /^Problems/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(row).toBeHidden();
  await toggle.click();
  await expect(row).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('the checks run in a Web Worker, and find a misspelt action there', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const app = new RolemapPage(page);
  await app.goto();
  await typeTypo(app);
  expect(workers.some((url) => /lint\.worker/.test(url))).toBe(true);
  expect(app.consoleErrors).toEqual([]);
});

test("the worker's IAM data comes from the page: a service is fetched once, not once each", async ({
  page,
}) => {
  // Only this load's requests: the page beforeEach opened is gone first, with any of its catalog
  // requests still to come (they would count as a second fetch).
  await page.goto('about:blank');
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url().split('/').pop() ?? ''));
  const app = new RolemapPage(page);
  await app.goto();
  // The worker found the typo by ssm's action list, and the page draws ssm's access levels.
  await typeTypo(app);
  await expect(app.action('ssm:DescribeDocument')).toContainText('Read');
  // A worker is a bundle of its own: with its own source it fetched its own copy of ssm's data.
  expect(serviceChunks(requested, 'ssm')).toHaveLength(1);
  expect(app.consoleErrors).toEqual([]);
});

test('a misspelt action gets a squiggle, a problem entry and a working quick fix', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  await typeTypo(app);
  const row = problems(page).locator('[data-code="unknown-action"]');
  await expect(row).toContainText('ssm:GetDocumnet');
  await expect(row).toContainText(`Ln 1, Col ${typoColumn}`);
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
  await expect(app.tab('AmazonSSMManagedInstanceCore')).toHaveAccessibleDescription('1 error');

  await row.getByRole('button', { name: 'Fix: Change to "ssm:GetDocument"' }).click();
  await expect.poll(() => app.editorText()).toContain('"ssm:GetDocument"');
  expect(await app.editorText()).not.toContain('GetDocumnet');
  await expect(problems(page).locator('[data-code="unknown-action"]')).toHaveCount(0);
  await expect(problems(page)).toContainText('No problems found');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
  await expect(app.action('ssm:GetDocument')).toBeVisible();
  // The fix is one undo step in the editor.
  await page.keyboard.press('Control+Z');
  await expect.poll(() => app.editorText()).toContain('GetDocumnet');
  expect(app.consoleErrors).toEqual([]);
});

test("Monaco's quick fix (Ctrl+.) corrects the action too", async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto();
  await typeTypo(app);
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
  await page
    .locator('.monaco-editor .view-line span', { hasText: /^"ssm:GetDocumnet"$/ })
    .first()
    .click();
  await page.keyboard.press('Control+.');
  const item = page.locator('.action-widget').getByText('Change to "ssm:GetDocument"');
  await expect(item).toBeVisible();
  await item.click();
  await expect.poll(() => app.editorText()).toContain('"ssm:GetDocument"');
  await expect(problems(page).locator('[data-code="unknown-action"]')).toHaveCount(0);
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('hovering an action shows its catalog entry', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto();
  await typeTypo(app);
  await page
    .locator('.monaco-editor .view-line span', { hasText: /^"ssm:DescribeDocument"$/ })
    .first()
    .hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Access level' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText('Access level: Read');
  await expect(hover).toContainText('arn:${Partition}:ssm:${Region}:${Account}:document/');
  await expect(hover).toContainText(
    'Actions, resources, and condition keys for AWS Systems Manager',
  );
});

test('"Copy as AWS-ready JSON" copies the policy without comments, or offers a box', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new RolemapPage(page);
  await app.goto();
  const copy = problems(page).getByRole('button', { name: 'Copy as AWS-ready JSON' });
  await copy.click();
  await expect(problems(page).getByText('AWS-ready JSON copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).not.toContain('#');
  expect(JSON.parse(copied)).toEqual(seedTrustWithoutComments());

  // The same action from Monaco's quick-fix menu on the comment's squiggle.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await problems(page).getByRole('button', { name: 'Close' }).click();
  await page
    .locator('.monaco-editor .view-line span', { hasText: /^#\s*一時的な認証を許しますよ$/ })
    .first()
    .click();
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget').getByText('Copy as AWS-ready JSON').click();
  await expect(problems(page).getByText('AWS-ready JSON copied')).toBeVisible();
  expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(
    seedTrustWithoutComments(),
  );

  // When the browser refuses the clipboard, the JSON is offered in a text box instead.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
  });
  await copy.click();
  const box = problems(page).getByRole('textbox', { name: 'AWS-ready JSON' });
  await expect(box).toBeVisible();
  expect(JSON.parse(await box.inputValue())).toEqual(seedTrustWithoutComments());
  expect(app.consoleErrors).toEqual([]);
});

test('a trailing comma is an error AWS would raise, with a fix that removes it and the picture unchanged', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  await app.tab('AmazonSSMManagedInstanceCore').click();
  await app.replaceEditorText(
    permissionEditor,
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["ssm:GetDocument",], "Resource": "*"}]}',
  );
  const row = problems(page).locator('[data-code="trailing-comma"]');
  await expect(row).toContainText('trailing comma');
  await expect(row).toContainText('Ln 1');
  await expect(problems(page).locator('[data-code="json-syntax"]')).toHaveCount(0);
  // The policy still reads: its action is drawn as allowed.
  await expect(app.action('ssm:GetDocument')).toHaveAttribute('data-decision', 'Allow');
  await expect(row.getByRole('button', { name: 'Copy as AWS-ready JSON' })).toBeVisible();
  await row.getByRole('button', { name: 'Fix: Remove the trailing comma' }).click();
  await expect.poll(() => app.editorText()).toContain('["ssm:GetDocument"]');
  await expect(problems(page).locator('[data-code="trailing-comma"]')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});
