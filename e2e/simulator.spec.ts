import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { RolemapPage } from './rolemapPage';

// Expected decisions for the seed role follow AWS's policy evaluation logic: the trust policy
// admits only ec2.amazonaws.com; the permission policy grants the 25 Systems Manager actions.

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

async function openSimulator(page: Page) {
  const app = new RolemapPage(page);
  await app.goto();
  await page.getByRole('button', { name: 'Can X do Y?' }).click();
  const panel = page.getByRole('complementary', { name: 'Can X do Y?' });
  await expect(panel).toBeVisible();
  return { app, panel };
}

test('EC2 may assume the seed role; the trust statement is highlighted and the path lit', async ({
  page,
}) => {
  const { app, panel } = await openSimulator(page);
  await panel
    .getByLabel('Principal')
    .selectOption({ label: 'ec2.amazonaws.com: assume this role' });
  const result = panel.locator('[data-decision]');
  await expect(result).toHaveAttribute('data-decision', 'Allow');
  await expect(result).toContainText('Allowed');
  // The deciding statement is revealed in the trust policy's editor.
  await expect(app.tab('Trust policy')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.monaco-editor .rm-reveal-line').first()).toBeVisible();
  // The path through the graph is lit, with an icon as well as colour.
  await expect(app.nodes('principal')).toHaveClass(/is-lit--allow/);
  await expect(app.nodes('sts')).toHaveClass(/is-lit--allow/);
  await expect(app.nodes('credentials').locator('.rm-lit-mark')).toBeVisible();
  await expect(panel.getByText('ec2.amazonaws.com', { exact: true })).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('the role session may call ssm:GetDocument but not s3:GetObject', async ({ page }) => {
  const { app, panel } = await openSimulator(page);
  const result = panel.locator('[data-decision]');
  // Every action card drawn beside the simulator is too big to read whole, so the picture opens at
  // its start: fit it to reach the ssm cards. Clicking an action node fills the simulator's action.
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await app.clickSettled(app.action('ssm:GetDocument'));
  await expect(panel.getByLabel('Action')).toHaveValue('ssm:GetDocument');
  await expect(result).toHaveAttribute('data-decision', 'Allow');
  await expect(app.action('ssm:GetDocument')).toHaveClass(/is-lit--allow/);
  await expect(app.tab('AmazonSSMManagedInstanceCore')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.monaco-editor .rm-reveal-line').first()).toBeVisible();

  await panel.getByLabel('Action').fill('s3:GetObject');
  await panel.getByLabel('Resource ARN').fill('arn:aws:s3:::example-bucket/report.csv');
  await expect(result).toHaveAttribute('data-decision', 'ImplicitDeny');
  await expect(result).toContainText('implicit deny');
  await expect(app.nodes('role')).toHaveClass(/is-lit--implicit/);
});

test('lambda.amazonaws.com may not assume the seed role', async ({ page }) => {
  const { panel } = await openSimulator(page);
  await panel
    .getByLabel('Principal')
    .selectOption({ label: 'Another principal: assume this role…' });
  await panel.getByLabel('Principal ARN, account id or service').fill('lambda.amazonaws.com');
  const result = panel.locator('[data-decision]');
  await expect(result).toHaveAttribute('data-decision', 'ImplicitDeny');
});

test('an SCP layer denies an action on the graph, and switching it off restores it', async ({
  page,
}) => {
  const { app, panel } = await openSimulator(page);
  await panel.getByRole('button', { name: 'SCP' }).click();
  await expect(app.tab('SCP 1')).toHaveAttribute('aria-selected', 'true');
  await expect(app.editor('SCP 1')).toBeAttached();
  await expect(page.getByText('an organization guardrail')).toBeVisible();
  const getParameter = app.action('ssm:GetParameter');
  await expect(getParameter).toHaveAttribute('data-decision', 'ExplicitDeny');
  await expect(getParameter).toContainText("Denied by Statement 'DenyParameterReads' in SCP 1");
  await expect(app.action('ssm:GetDocument')).toHaveAttribute('data-decision', 'Allow');
  await panel.getByRole('switch', { name: 'Apply SCP 1' }).uncheck();
  await expect(getParameter).toHaveAttribute('data-decision', 'Allow');
});

test('a Deny the engine could not finish matching fails closed, and the answer says so', async ({
  page,
}) => {
  // PRODUCT.md: bounded work fails closed — a Deny it could not finish counts as applying, and
  // the UI shows that the answer is incomplete. No prefix below ends in "b<n>", so with unbounded
  // work this SCP's Deny would not apply and s3:ListBucket would be allowed.
  const storm = Array.from({ length: 400 }, (_, i) => `${'a*'.repeat(40)}b${i}`);
  const scenario = {
    rolemap: 1,
    title: 'Hostile SCP',
    role: {
      name: 'R',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      permissionPolicies: [
        {
          name: 'S3',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
          },
        },
      ],
    },
    scps: [
      {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: '*' },
          {
            Sid: 'Storm',
            Effect: 'Deny',
            Action: 's3:ListBucket',
            Resource: '*',
            Condition: { 'ForAnyValue:StringLike': { 's3:prefix': storm } },
          },
        ],
      },
    ],
  };
  await page.goto(`/#s=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`);
  const app = new RolemapPage(page);
  await app.showActions();
  await page.getByRole('button', { name: 'Can X do Y?' }).click();
  const panel = page.getByRole('complementary', { name: 'Can X do Y?' });
  await panel.getByLabel('Action').fill('s3:ListBucket');
  const prefixes = Array.from({ length: 400 }, (_, i) => `${'a'.repeat(120)}${i}`).join(',');
  await panel.getByLabel(/s3:prefix/).fill(prefixes);
  const result = panel.locator('[data-decision]');
  await expect(result).toHaveAttribute('data-decision', 'ExplicitDeny');
  await expect(result.getByRole('note')).toContainText('Incomplete answer');
});

test('an RCP and a VPC endpoint policy are layers with their own tabs and cards; the endpoint policy limits the role', async ({
  page,
}) => {
  const { app, panel } = await openSimulator(page);
  await panel.getByRole('button', { name: 'RCP', exact: true }).click();
  await expect(app.tab('RCP 1')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('(a resource control policy)')).toBeVisible();
  await expect(app.nodes('rcp')).toHaveCount(1);
  // RCPs do not apply to Systems Manager: the seed role's actions stay allowed.
  await expect(app.action('ssm:GetDocument')).toHaveAttribute('data-decision', 'Allow');

  await panel.getByRole('button', { name: 'VPC endpoint policy' }).click();
  await expect(app.tab('VPC endpoint policy')).toHaveAttribute('aria-selected', 'true');
  await expect(app.nodes('endpoint-policy')).toHaveCount(1);
  await expect(app.action('ssm:GetDocument')).toHaveAttribute('data-decision', 'Allow');
  await app.replaceEditorText(
    'VPC endpoint policy',
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ssm:GetParameter*', Resource: '*' }],
    }),
  );
  // The endpoint policy now lets only parameter reads through: other actions are implicitly denied.
  await expect(app.action('ssm:GetDocument')).toHaveAttribute('data-decision', 'ImplicitDeny');
  await expect(app.action('ssm:GetParameter')).toHaveAttribute('data-decision', 'Allow');
  await panel.getByRole('switch', { name: 'Apply VPC endpoint policy' }).uncheck();
  await expect(app.action('ssm:GetDocument')).toHaveAttribute('data-decision', 'Allow');
});
