import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { lambdaScenario } from './fixtures/scenarios';
import { EDITOR_NAMES, RolemapPage } from './rolemapPage';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

/** Opens the app and makes its workspace the visitor's own (a policy added, autosaved). */
async function ownWorkspace(page: Page): Promise<RolemapPage> {
  const app = new RolemapPage(page);
  await app.goto();
  await page.getByRole('button', { name: 'Add permission policy' }).click();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  await page.waitForTimeout(800); // autosave settles
  return app;
}

test('adds, renames and removes a permission policy', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto();
  await page.getByRole('button', { name: 'Add permission policy' }).click();
  await expect(app.tab('NewPolicy1')).toHaveAttribute('aria-selected', 'true');
  await expect(app.editor('Permission policy: NewPolicy1')).toBeAttached();
  await expect(app.nodes('permission-policy')).toHaveCount(2);

  await page.getByRole('button', { name: 'Rename policy' }).click();
  const name = page.getByRole('textbox', { name: 'New name for the policy' });
  await name.fill('AmazonSSMManagedInstanceCore');
  await name.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'already has that name' })).toBeVisible();
  await name.fill('ReadLogs');
  await name.press('Enter');
  await expect(app.tab('ReadLogs')).toBeVisible();
  await expect(app.nodes('permission-policy').filter({ hasText: 'ReadLogs' })).toBeVisible();

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Remove policy' }).click();
  await expect(app.tab('ReadLogs')).toHaveCount(0);
  await expect(app.nodes('permission-policy')).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});

test('a shared link asks where to open, and replaces saved work only when told to', async ({
  page,
}) => {
  // Make the workspace the visitor's own, then open a link carrying another scenario.
  const app = await ownWorkspace(page);
  const scenario = lambdaScenario;
  const hash = `#s=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`;

  await page.goto(`/?lang=en${hash}`);
  const dialog = page.getByRole('dialog', { name: 'Open the shared scenario?' });
  await expect(dialog).toBeVisible();
  // Opening in a new workspace is the default: it has the focus.
  await expect(dialog.getByRole('button', { name: 'Open in a new workspace' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  await expect(app.nodes('principal')).toContainText('ec2.amazonaws.com');

  // Pasting the link again into the same tab changes only the fragment: the app still asks.
  await page.goto(`/?lang=en${hash}`);
  await page.getByRole('button', { name: 'Replace current workspace' }).click();
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await app.showActions();
  await expect(app.action('logs:PutLogEvents')).toBeVisible();
  await expect(app.tab('Logs')).toBeVisible();
  await expect(app.tab('NewPolicy1')).toHaveCount(0);
  // The shared scenario's title comes with it (embeds are covered in embed.spec.ts).
  await expect(page.getByRole('textbox', { name: 'Scenario title' })).toHaveValue(
    'Lambda function role',
  );
  expect(app.externalRequests).toEqual([]);
});

// A link that decodes to garbage, to a non-object or to a scenario of the wrong shape says so
// and leaves the workspace as it was: no question, nothing replaced.
const damagedLinks: Record<string, string> = {
  'not lz-string at all': '#s=%%%not-a-link%%%',
  'a number, not an object': `#s=${LZString.compressToEncodedURIComponent('42')}`,
  'a scenario of the wrong shape': `#s=${LZString.compressToEncodedURIComponent(
    JSON.stringify({ rolemap: 1, role: { name: 5, trustPolicy: [], permissionPolicies: 'x' } }),
  )}`,
};

test('a damaged share link says why, in English and Japanese, and leaves the workspace intact', async ({
  page,
}) => {
  const app = await ownWorkspace(page);
  for (const [what, hash] of Object.entries(damagedLinks)) {
    await page.goto(`/?lang=en${hash}`);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'The shared link could not be opened' });
    await expect(alert, what).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Open the shared scenario?' })).toHaveCount(0);
    await expect(app.tab('NewPolicy1'), what).toBeVisible();
    await expect(app.tab('AmazonSSMManagedInstanceCore'), what).toBeVisible();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
  }
  await page.goto(`/?lang=ja${damagedLinks['a scenario of the wrong shape'] ?? ''}`);
  const alert = page.getByRole('alert').filter({ hasText: '共有リンクを開けませんでした' });
  await expect(alert).toBeVisible();
  // The reason is in Japanese too: no English sentence is left in it.
  expect(await alert.innerText()).not.toMatch(/\b(the|is|not|must|should)\b/i);
  await expect(alert.getByRole('button', { name: '閉じる' })).toBeVisible();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('editing an AWS managed policy makes it an inline copy, and the page says so', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  await app.tab('AmazonSSMManagedInstanceCore').click();
  const toolbar = page.locator('.rm-toolbar');
  await expect(toolbar.locator('.rm-badge')).toHaveText('AWS managed');
  await expect(app.nodes('permission-policy')).toContainText('managed');

  await app.replaceEditorText(
    'Permission policy: AmazonSSMManagedInstanceCore',
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}',
  );
  await expect(app.action('s3:GetObject')).toBeVisible();
  // AWS managed policies cannot be edited: the text is now the user's, so the policy is an inline copy.
  await expect(toolbar.locator('.rm-badge')).toHaveText('Inline');
  await expect(
    page.getByRole('status').filter({ hasText: 'made this an inline copy' }),
  ).toBeVisible();
  await expect(app.nodes('permission-policy')).toContainText('inline');
  await expect(app.nodes('permission-policy')).not.toContainText('managed');

  // Saved that way: a reload still shows an inline policy.
  await page.waitForTimeout(800);
  await app.goto();
  await app.tab('AmazonSSMManagedInstanceCore').click();
  await expect(toolbar.locator('.rm-badge')).toHaveText('Inline');
  await expect(app.nodes('permission-policy')).toContainText('inline');
});

test('the scenario title is editable in the top bar, saved with the scenario, and derived when empty', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  const title = page.getByRole('textbox', { name: 'Scenario title' });
  await expect(title).toHaveValue('EC2 instance → Systems Manager');

  // After the permission policy is replaced, the user can say what the scenario now is.
  await app.tab('AmazonSSMManagedInstanceCore').click();
  await app.replaceEditorText(
    'Permission policy: AmazonSSMManagedInstanceCore',
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "logs:PutLogEvents", "Resource": "*"}]}',
  );
  await expect(app.action('logs:PutLogEvents')).toBeVisible();
  await title.fill('EC2 instance → CloudWatch Logs');
  await title.press('Enter');
  await expect(title).toHaveValue('EC2 instance → CloudWatch Logs');
  await page.waitForTimeout(800);
  await app.goto();
  await expect(title).toHaveValue('EC2 instance → CloudWatch Logs');
  const saved = await page.evaluate(() => window.localStorage.getItem('rolemap:workspace:v1'));
  expect(JSON.parse(saved ?? '{}').scenario.title).toBe('EC2 instance → CloudWatch Logs');

  // Esc drops a draft.
  await title.fill('Something else');
  await title.press('Escape');
  await expect(title).toHaveValue('EC2 instance → CloudWatch Logs');

  // Emptied, the title is derived from the policies, and follows them.
  await title.fill('');
  await title.press('Enter');
  await expect(title).toHaveValue('');
  await expect(title).toHaveAttribute('placeholder', 'ec2.amazonaws.com → logs');
  await app.replaceEditorText(
    'Permission policy: AmazonSSMManagedInstanceCore',
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "sqs:SendMessage"], "Resource": "*"}]}',
  );
  await expect(title).toHaveAttribute('placeholder', 'ec2.amazonaws.com → s3 and sqs');
  await page.waitForTimeout(800);
  const after = await page.evaluate(() => window.localStorage.getItem('rolemap:workspace:v1'));
  expect(JSON.parse(after ?? '{}').scenario).not.toHaveProperty('title');
});

test('?lang=ja switches the UI and <html lang>', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(app.tab('信頼ポリシー')).toBeVisible();
  // The editor's accessible name is in the UI language (PRODUCT.md, "Hooks in the page").
  await expect(app.editor(EDITOR_NAMES.ja.trust)).toBeAttached();
  await expect(app.editor(EDITOR_NAMES.en.trust)).toHaveCount(0);
});

test('a wildcard action is one node that expands on click', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto();
  await app.tab('AmazonSSMManagedInstanceCore').click();
  await app.replaceEditorText(
    'Permission policy: AmazonSSMManagedInstanceCore',
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ssm:GetParameter*", "Resource": "*"}, ' +
      '{"Effect": "Deny", "Action": "ssm:GetParametersByPath", "Resource": "*"}]}',
  );
  const wildcard = app.action('ssm:GetParameter*');
  await expect(wildcard).toBeVisible();
  // ssm:GetParameter, GetParameterHistory, GetParameters, GetParametersByPath (AWS SSM reference).
  await expect(wildcard).toContainText('4');
  await expect(app.action('ssm:GetParametersByPath')).toHaveAttribute('data-effect', 'Deny');
  await wildcard.click();
  await expect(app.action('ssm:GetParameterHistory')).toBeVisible();
  await expect(app.action('ssm:GetParameters')).toBeVisible();
  await wildcard.click();
  await expect(app.action('ssm:GetParameterHistory')).toHaveCount(0);
});
