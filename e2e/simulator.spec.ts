import { expect, test, type Page } from '@playwright/test';
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
  // Clicking an action node fills the simulator's action.
  await app.action('ssm:GetDocument').click();
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
