import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { RolemapPage } from './rolemapPage';

// Each import format (PRODUCT.md, "Import") loads the right role in the app. The files are the
// import cases written from AWS's, CloudFormation's and Terraform's documentation.
const CASES = join(import.meta.dirname, '..', 'src', 'core', 'import', 'cases');
const fixture = (name: string) => join(CASES, name);

interface FormatCase {
  file: string;
  format: string;
  role: string;
  pick?: string;
  principal: string;
  tabs: string[];
}

const FORMATS: FormatCase[] = [
  {
    file: 'aws-get-role.json',
    format: 'AWS CLI: aws iam get-role',
    role: 'Test-Role',
    principal: 'ec2.amazonaws.com',
    tabs: [],
  },
  {
    file: 'aws-get-role-policy.json',
    format: 'AWS CLI: aws iam get-role-policy',
    role: 'Test-Role',
    principal: '',
    tabs: ['ExamplePolicy'],
  },
  {
    file: 'aws-get-policy-version-encoded.json',
    format: 'AWS CLI: aws iam get-policy-version',
    role: 'MyRole',
    principal: '',
    tabs: ['Policy-v1'],
  },
  {
    file: 'aws-list-attached-role-policies.json',
    format: 'AWS CLI: aws iam list-attached-role-policies',
    role: 'MyRole',
    principal: '',
    tabs: ['SecurityAudit', 'DevPolicy'],
  },
  {
    file: 'aws-authorization-details.json',
    format: 'AWS CLI: aws iam get-account-authorization-details',
    role: 'LambdaLogs',
    pick: 'LambdaLogs',
    principal: 'lambda.amazonaws.com',
    tabs: ['ReadConfig', 'LogsWriter'],
  },
  {
    file: 'cloudformation-role.json',
    format: 'CloudFormation template (JSON)',
    role: 'RootRole',
    principal: 'ec2.amazonaws.com',
    tabs: ['root'],
  },
  {
    file: 'cloudformation-lambda.yaml',
    format: 'CloudFormation template (YAML)',
    role: 'app-lambda-role',
    principal: 'lambda.amazonaws.com',
    tabs: ['read-queue', 'AWSLambdaBasicExecutionRole', 'read-app-bucket', 'list-home'],
  },
  {
    file: 'terraform-state.json',
    format: 'Terraform state (terraform show -json)',
    role: 'test_role',
    principal: 'ec2.amazonaws.com',
    tabs: ['test_policy', 'test-policy', 'AmazonS3ReadOnlyAccess'],
  },
  {
    file: 'terraform-plan.json',
    format: 'Terraform plan (terraform show -json)',
    role: 'test_role',
    principal: 'ec2.amazonaws.com',
    tabs: ['test_policy', 'test-policy'],
  },
  {
    file: 'policy-permission.jsonc',
    format: 'IAM policy',
    role: 'MyRole',
    principal: '',
    tabs: ['Policy'],
  },
  {
    file: 'scenario.json',
    format: 'Rolemap scenario',
    role: 'LambdaLogsRole',
    principal: 'lambda.amazonaws.com',
    tabs: ['WriteLogs'],
  },
];

async function freshApp(page: Page): Promise<RolemapPage> {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  const app = new RolemapPage(page);
  await app.goto('/', { actions: false });
  return app;
}

function importDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Import a role' });
}

for (const c of FORMATS) {
  test(`imports ${c.file} (${c.format}) as role ${c.role}`, async ({ page }) => {
    const app = await freshApp(page);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = importDialog(page);
    await expect(dialog).toBeVisible();
    await dialog.locator('input[type="file"]').setInputFiles(fixture(c.file));
    await expect(dialog.getByRole('status')).toContainText(`Detected: ${c.format}`);
    if (c.pick !== undefined) {
      await expect(dialog.getByRole('button', { name: /^Import / })).toHaveCount(0);
      await dialog.getByRole('combobox', { name: 'Role to import' }).selectOption(c.pick);
    }
    await dialog.getByRole('button', { name: `Import ${c.role}`, exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('.rm-topbar__role')).toHaveText(c.role);
    await expect(app.nodes('role')).toContainText(c.role);
    if (c.principal !== '') await expect(app.nodes('principal')).toContainText(c.principal);
    for (const tab of c.tabs) await expect(app.tab(tab)).toBeVisible();
    expect(app.externalRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
}

test('pasted text is detected and imported; a wrong file says what was expected', async ({
  page,
}) => {
  const app = await freshApp(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = importDialog(page);
  const paste = dialog.getByRole('textbox', { name: 'Or paste the text here' });
  await paste.fill(readFileSync(fixture('wrong-package.json'), 'utf8'));
  await expect(dialog.getByRole('status')).toContainText(
    'This cannot be imported: this is not a format Rolemap imports: expected an IAM policy',
  );
  await expect(dialog.getByRole('button', { name: /^Import / })).toHaveCount(0);
  await paste.fill(readFileSync(fixture('cloudformation-two-roles.yaml'), 'utf8'));
  await expect(dialog.getByRole('status')).toContainText('CloudFormation template (YAML)');
  await dialog.getByRole('combobox', { name: 'Role to import' }).selectOption('deployer');
  await expect(dialog.getByRole('region', { name: 'Good to know' })).toContainText(
    '{{Ref AWS::Region}}',
  );
  await dialog.getByRole('button', { name: 'Import deployer' }).click();
  await expect(page.locator('.rm-topbar__role')).toHaveText('deployer');
  await expect(app.nodes('principal')).toContainText('codepipeline.amazonaws.com');
});

test("importing over the user's own work asks first: a new workspace by default, the old one intact", async ({
  page,
}) => {
  const app = await freshApp(page);
  await page.getByRole('button', { name: 'Add permission policy' }).click();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  const importTestRole = async () => {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await importDialog(page)
      .locator('input[type="file"]')
      .setInputFiles(fixture('aws-get-role.json'));
    await importDialog(page).getByRole('button', { name: 'Import Test-Role' }).click();
    const ask = page.getByRole('dialog', { name: 'Open the imported scenario?' });
    await expect(ask).toBeVisible();
    return ask;
  };
  // Cancel: nothing changes.
  await (await importTestRole()).getByRole('button', { name: 'Cancel' }).click();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  await expect(page.locator('.rm-topbar__role')).toHaveText('SSMInstanceRole');

  // The default: a new workspace; the user's own is still in the list, as it was.
  const ask = await importTestRole();
  await expect(ask.getByRole('button', { name: 'Open in a new workspace' })).toBeFocused();
  await ask.getByRole('button', { name: 'Open in a new workspace' }).click();
  await expect(page.locator('.rm-topbar__role')).toHaveText('Test-Role');
  await expect(app.tab('NewPolicy1')).toHaveCount(0);
  const menuButton = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  await menuButton.click();
  const menu = page.locator(`#${await menuButton.getAttribute('aria-controls')}`);
  await menu.getByRole('button', { name: 'Workspaces' }).click();
  const list = page.getByRole('dialog', { name: 'Workspaces' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
});

test('a file dropped anywhere on the page opens the import dialog with it', async ({ page }) => {
  await freshApp(page);
  const text = readFileSync(fixture('terraform-state.json'), 'utf8');
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'state.json', { type: 'application/json' }));
    const target = document.querySelector('.react-flow') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(
        new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
      );
  }, text);
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('File: state.json');
  await expect(dialog.getByRole('status')).toContainText('Terraform state (terraform show -json)');
  await dialog.getByRole('button', { name: 'Import test_role' }).click();
  await expect(page.locator('.rm-topbar__role')).toHaveText('test_role');
});

test('the import dialog speaks Japanese', async ({ page }) => {
  await page.goto('/?lang=ja');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto('/?lang=ja');
  await page.getByRole('button', { name: 'インポート', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'ロールをインポート' });
  await expect(dialog).toBeVisible();
  await dialog
    .locator('input[type="file"]')
    .setInputFiles(fixture('aws-authorization-details.json'));
  await expect(dialog.getByRole('status')).toContainText('判別した形式: AWS CLI の出力');
  await dialog.getByRole('combobox', { name: 'インポートするロール' }).selectOption('EC2role');
  await dialog.getByRole('button', { name: 'EC2role をインポート' }).click();
  await expect(page.locator('.rm-topbar__role')).toHaveText('EC2role');
});

test('on a narrower screen, Import is in the top bar menu', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await freshApp(page);
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Import', exact: true })).toBeHidden();
  await banner.getByRole('button', { name: 'Menu' }).click();
  await banner.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.rm-topbar__role')).toHaveText('SSMInstanceRole');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the import dialog with its role picker and notes has no serious axe violation (${theme})`, async ({
    page,
  }) => {
    await page.goto(`/?theme=${theme}`);
    await page.evaluate(() => window.localStorage.clear());
    await page.goto(`/?theme=${theme}`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = importDialog(page);
    await dialog
      .locator('input[type="file"]')
      .setInputFiles(fixture('cloudformation-two-roles.yaml'));
    await dialog.getByRole('combobox', { name: 'Role to import' }).selectOption('deployer');
    await expect(dialog.getByRole('region', { name: 'Good to know' })).toBeVisible();
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
    expect(serious).toEqual([]);
  });
}

test('a policy without a trust policy can join the open role instead of replacing it', async ({
  page,
}) => {
  const app = await freshApp(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = importDialog(page);
  await dialog.locator('input[type="file"]').setInputFiles(fixture('aws-get-role-policy.json'));
  await expect(dialog).toContainText('add its policies to the open role SSMInstanceRole');
  await dialog.getByRole('button', { name: 'Add to SSMInstanceRole' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.rm-topbar__role')).toHaveText('SSMInstanceRole');
  await expect(app.tab('AmazonSSMManagedInstanceCore')).toBeVisible();
  await expect(app.tab('ExamplePolicy')).toHaveAttribute('aria-selected', 'true');
  await expect(app.nodes('principal')).toContainText('ec2.amazonaws.com');
  await expect(app.nodes('permission-policy').filter({ hasText: 'ExamplePolicy' })).toBeVisible();
});
