import { expect, test, type Page } from '@playwright/test';
import { RolemapPage } from './rolemapPage';

// AmazonS3ReadOnlyAccess as the AWS Managed Policy Reference documents it
// (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonS3ReadOnlyAccess.html):
// Allow s3:Get*, s3:List*, s3:Describe*, s3-object-lambda:Get*, s3-object-lambda:List* on "*".
const NAME = 'AmazonS3ReadOnlyAccess';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

async function openPicker(page: Page, button: string, dialog: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const picker = page.getByRole('dialog', { name: dialog });
  await expect(picker).toBeVisible();
  return picker;
}

test('the picker finds and attaches AmazonS3ReadOnlyAccess, read-only, with its actions on the graph', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  const picker = await openPicker(page, 'Add AWS managed policy', 'Add an AWS managed policy');
  await expect(picker).toContainText(/\d,\d{3} policies, as of \d{1,2} \w{3} \d{4}/);
  const search = picker.getByRole('combobox', { name: 'Search by name' });
  await expect(search).toBeFocused();
  await search.fill('s3READONLY');
  const option = picker.getByRole('option', { name: new RegExp(`^${NAME}`) });
  await expect(option).toBeVisible();
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(picker.getByRole('status')).toHaveText('One policy matches.');
  await expect(picker).toContainText(`arn:aws:iam::aws:policy/${NAME}`);
  await picker.getByRole('button', { name: `Attach ${NAME}` }).click();
  await expect(picker).toBeHidden();

  await expect(app.tab(NAME)).toHaveAttribute('aria-selected', 'true');
  await expect(app.editor(`Permission policy: ${NAME}`)).toBeAttached();
  await expect(page.getByRole('note', { name: 'AWS managed · read-only' })).toBeVisible();
  await expect(page.locator('.rm-toolbar .rm-badge')).toHaveText('AWS managed');
  await app.showActions();
  await expect(app.action('s3:Get*')).toBeVisible();
  await expect(app.action('s3:List*')).toBeVisible();
  await expect(app.nodes('permission-policy').filter({ hasText: NAME })).toContainText('managed');
  // Opening a read-only tab leaves every other document as it was (the trust policy still admits EC2).
  await expect(app.nodes('principal')).toContainText('ec2.amazonaws.com');
  await expect(app.nodes('permission-policy')).toHaveCount(2);

  // Read-only: typing changes nothing, and AWS's name cannot be changed either.
  await expect.poll(() => app.editorText()).toContain('"s3:Get*"');
  await page
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 200, y: 40 } });
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('typed by the user');
  await expect.poll(() => app.editorText()).toContain('"s3:List*"');
  expect(await app.editorText()).not.toContain('typed by the user');
  await expect(page.getByRole('button', { name: 'Rename policy' })).toHaveCount(0);

  // Copy as inline: an editable copy beside it, named <Name>-inline.
  await page.getByRole('button', { name: 'Copy as inline policy' }).click();
  const copy = `${NAME}-inline`;
  await expect(app.tab(copy)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.rm-toolbar .rm-badge')).toHaveText('Inline');
  await expect(page.getByRole('note', { name: 'AWS managed · read-only' })).toHaveCount(0);
  await app.replaceEditorText(
    `Permission policy: ${copy}`,
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}]}',
  );
  await expect(app.action('s3:PutObject')).toBeVisible();
  await expect(app.tab(NAME)).toBeVisible();
  expect(app.externalRequests).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('the results are walked with the arrow keys, Enter attaches, Esc closes; a reload keeps it read-only', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  let picker = await openPicker(page, 'Add AWS managed policy', 'Add an AWS managed policy');
  const search = picker.getByRole('combobox', { name: 'Search by name' });
  // Before typing, every policy matches and the first 50 are listed.
  await expect(picker.getByRole('status')).toHaveText(
    /^\d,\d{3} policies match; the first 50 are listed/,
  );
  await expect(picker.getByRole('option')).toHaveCount(50);
  await search.fill('readonlyaccess');
  const options = picker.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  // Exact name first: ReadOnlyAccess itself, then the names containing it.
  await expect(options.first()).toContainText(/^ReadOnlyAccess/);
  await search.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = await options.nth(1).getAttribute('id');
  await expect(search).toHaveAttribute('aria-activedescendant', second ?? '');
  await search.press('Escape');
  await expect(picker).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add AWS managed policy' })).toBeFocused();

  picker = await openPicker(page, 'Add AWS managed policy', 'Add an AWS managed policy');
  await picker.getByRole('combobox', { name: 'Search by name' }).fill(NAME);
  await page.keyboard.press('Enter');
  await expect(app.tab(NAME)).toHaveAttribute('aria-selected', 'true');

  // Attaching it again only shows the one already there.
  picker = await openPicker(page, 'Add AWS managed policy', 'Add an AWS managed policy');
  await picker.getByRole('combobox', { name: 'Search by name' }).fill(NAME);
  await expect(picker).toContainText(`already has a permission policy named ${NAME}`);
  await picker.getByRole('button', { name: `Show ${NAME}` }).click();
  await expect(app.tab(NAME)).toHaveCount(1);

  // Two read-only AWS managed policies side by side: switching between them changes neither.
  const lambda = 'AWSLambdaBasicExecutionRole';
  picker = await openPicker(page, 'Add AWS managed policy', 'Add an AWS managed policy');
  await picker.getByRole('combobox', { name: 'Search by name' }).fill(lambda);
  await page.keyboard.press('Enter');
  await expect(app.tab(lambda)).toHaveAttribute('aria-selected', 'true');
  await app.tab(NAME).click();
  await expect.poll(() => app.editorText()).toContain('"s3:Get*"');
  await app.tab(lambda).click();
  await expect.poll(() => app.editorText()).toContain('"logs:PutLogEvents"');
  await app.showActions();
  await expect(app.action('s3:Get*')).toBeVisible();
  await expect(app.action('logs:PutLogEvents')).toBeVisible();
  await expect(app.nodes('principal')).toContainText('ec2.amazonaws.com');

  await page.waitForTimeout(800); // autosave
  await app.goto();
  await app.tab(NAME).click();
  await expect(page.getByRole('note', { name: 'AWS managed · read-only' })).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('in Japanese the picker and the read-only note speak Japanese', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  const picker = await openPicker(page, 'AWS 管理ポリシーを追加', 'AWS 管理ポリシーを追加');
  await expect(picker).toContainText('時点');
  await picker.getByRole('combobox', { name: '名前で検索' }).fill('amazons3readonly');
  await picker.getByRole('button', { name: `${NAME} をアタッチ` }).click();
  await expect(app.editor(`許可ポリシー: ${NAME}`)).toBeAttached();
  const note = page.getByRole('note', { name: 'AWS 管理 · 読み取り専用' });
  await expect(note).toBeVisible();
  await note.getByRole('button', { name: 'インラインポリシーとしてコピー' }).click();
  await expect(app.tab(`${NAME}-inline`)).toHaveAttribute('aria-selected', 'true');
  expect(app.consoleErrors).toEqual([]);
});
