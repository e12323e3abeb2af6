import { expect, test } from '@playwright/test';
import LZString from 'lz-string';
import { RolemapPage } from './rolemapPage';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

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

test('a shared link asks before replacing saved work, and embeds are read-only', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  // Make the workspace the visitor's own, then open a link carrying another scenario.
  await page.getByRole('button', { name: 'Add permission policy' }).click();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  await page.waitForTimeout(800); // autosave settles
  const scenario = {
    rolemap: 1,
    title: 'Lambda function role',
    role: {
      name: 'LambdaRole',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'lambda.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      permissionPolicies: [
        {
          name: 'Logs',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' }],
          },
        },
      ],
    },
  };
  const hash = `#s=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`;

  await page.goto(`/?lang=en${hash}`);
  const dialog = page.getByRole('dialog', { name: 'Open the shared scenario?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep my workspace' }).click();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  await expect(app.nodes('principal')).toContainText('ec2.amazonaws.com');

  // Pasting the link again into the same tab changes only the fragment: the app still asks.
  await page.goto(`/?lang=en${hash}`);
  await page.getByRole('button', { name: /Open the shared scenario/ }).click();
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect(app.action('logs:PutLogEvents')).toBeVisible();
  await expect(app.tab('Logs')).toBeVisible();

  await page.goto(`/?embed=1${hash}`);
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  expect(app.externalRequests).toEqual([]);
});

test('?lang=ja switches the UI and <html lang>', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(app.tab('信頼ポリシー')).toBeVisible();
  // The editor's accessible name is a contract and stays the same in every language.
  await expect(app.editor('Trust policy')).toBeAttached();
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
