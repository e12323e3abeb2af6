import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { RolemapPage } from './rolemapPage';

// The risk lens (issue 10). Expected answers: Rhino Security Labs' "AWS IAM Privilege Escalation –
// Methods and Mitigation" lists iam:PassRole + ec2:RunInstances as a privilege-escalation method
// (both needed); AWS's "Policy evaluation logic" says an explicit deny in an SCP overrides the
// permission policy's Allow, so with ec2:RunInstances denied the method is no longer open.

const trust = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: 'codebuild.amazonaws.com' },
      Action: 'sts:AssumeRole',
    },
  ],
};
const launch = {
  Sid: 'Launch',
  Effect: 'Allow',
  Action: ['iam:PassRole', 'ec2:RunInstances'],
  Resource: '*',
};
const denyRunInstances = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: '*', Resource: '*' },
    { Sid: 'NoLaunch', Effect: 'Deny', Action: 'ec2:RunInstances', Resource: '*' },
  ],
};

async function open(page: Page, { scps, query = '' }: { scps?: unknown[]; query?: string } = {}) {
  const scenario = {
    rolemap: 1,
    title: 'Launcher',
    role: {
      name: 'Launcher',
      account: '111122223333',
      trustPolicy: trust,
      permissionPolicies: [
        { name: 'Launch', document: { Version: '2012-10-17', Statement: [launch] } },
      ],
    },
    ...(scps ? { scps } : {}),
  };
  await page.goto(
    `/${query}#s=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`,
  );
  const app = new RolemapPage(page);
  await app.showActions();
  return app;
}

/** The React Flow node around a card (the badges sit beside the card's clipped box). */
const around = (page: Page, action: string) =>
  page.locator('.react-flow__node', { has: page.locator(`[data-action="${action}"]`) });
/** The React Flow node of the role. */
const roleNode = (page: Page) =>
  page.locator('.react-flow__node', { has: page.locator('[data-kind="role"]') });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

test('Risks on: PassRole + RunInstances is a privilege-escalation path, on the cards, the role and in Problems', async ({
  page,
}) => {
  const app = await open(page);
  const toggle = page.getByRole('button', { name: 'Risks', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // Off by default: nothing is marked.
  await expect(page.locator('.react-flow__node .rm-risk')).toHaveCount(0);

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  for (const action of ['iam:PassRole', 'ec2:RunInstances']) {
    const badge = around(page, action).getByRole('img', {
      name: 'Privilege escalation',
    });
    await expect(badge, action).toBeVisible();
  }
  const role = roleNode(page);
  await expect(role).toContainText('Privilege-escalation path');
  await expect(role).toHaveAttribute('aria-label', /has a privilege-escalation path/);
  await expect(around(page, 'iam:PassRole')).toHaveAttribute(
    'aria-label',
    /risks: Privilege escalation/,
  );

  // Problems lists it as a security finding of the policy that grants it, with why and AWS's page.
  await app.tab('Launch').click();
  const row = page.locator('[data-code="risk:pass-role-ec2"]');
  await expect(row).toHaveAttribute('data-severity', 'security');
  await expect(row).toContainText('Privilege escalation');
  await expect(row).toContainText('launch an instance with a more powerful role');
  await expect(row).toContainText('Grant a user permissions to pass a role to an AWS service');
  await expect(row).toContainText('iam:PassRole + ec2:RunInstances');
  await expect(row.locator('a')).toHaveCount(0);
  // A click jumps to the statement that grants it.
  await row.getByRole('button').click();
  await expect(page.locator('.monaco-editor.focused')).toHaveCount(1);
  await expect(page.locator('.monaco-editor .selected-text').first()).toBeVisible();
  await expect(around(page, 'iam:PassRole')).toHaveClass(/selected/);

  // Off again: the marks and the rows go.
  await toggle.click();
  await expect(page.locator('.react-flow__node .rm-risk')).toHaveCount(0);
  await expect(page.locator('[data-code^="risk:"]')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('the picture never lies: with an SCP denying RunInstances the escalation badge is gone', async ({
  page,
}) => {
  const app = await open(page, { scps: [denyRunInstances] });
  await page.getByRole('button', { name: 'Risks', exact: true }).click();
  await expect(app.action('ec2:RunInstances')).toHaveAttribute('data-decision', 'ExplicitDeny');
  await expect(app.action('iam:PassRole')).toHaveAttribute('data-decision', 'Allow');
  await expect(page.locator('.react-flow__node [data-risk="privilege-escalation"]')).toHaveCount(0);
  await expect(roleNode(page)).not.toContainText('Privilege-escalation path');
  await app.tab('Launch').click();
  await expect(page.getByRole('region', { name: 'Problems' })).toBeVisible();
  await expect(page.locator('[data-code="risk:pass-role-ec2"]')).toHaveCount(0);
});

test('in Japanese: 「リスク」, 権限昇格 on the cards and the role, and the finding', async ({
  page,
}) => {
  const app = await open(page, { query: '?lang=ja' });
  await page.getByRole('button', { name: 'リスク', exact: true }).click();
  await expect(around(page, 'iam:PassRole').getByRole('img', { name: '権限昇格' })).toBeVisible();
  const role = roleNode(page);
  await expect(role).toContainText('権限昇格の経路あり');
  await expect(role).toHaveAttribute('aria-label', /権限昇格の経路があります/);
  await app.tab('Launch').click();
  const row = page.locator('[data-code="risk:pass-role-ec2"]');
  await expect(row).toContainText('権限昇格');
  await expect(row).toContainText('セキュリティ');
  await expect(row).toContainText('AWS サービスにロールを渡すアクセス許可をユーザーに付与する');
  expect(app.consoleErrors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`Risks on (${theme}): no serious or critical axe violation`, async ({ page }) => {
    const app = await open(page, { query: `?theme=${theme}` });
    await page.getByRole('button', { name: 'Risks', exact: true }).click();
    await app.tab('Launch').click();
    await expect(page.locator('[data-code="risk:pass-role-ec2"]')).toBeVisible();
    await expect(roleNode(page)).toContainText('Privilege-escalation path');
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    expect(serious).toEqual([]);
  });
}

test('?risks=1 opens with the lens on, in the app and in an embed for a docs page', async ({
  page,
}) => {
  await open(page, { query: '?risks=1' });
  await expect(page.getByRole('button', { name: 'Risks', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(
    around(page, 'ec2:RunInstances').locator('[data-risk="privilege-escalation"]'),
  ).toBeVisible();
  await open(page, { query: '?embed=1&risks=1' });
  await expect(
    around(page, 'iam:PassRole').locator('[data-risk="privilege-escalation"]'),
  ).toBeVisible();
  await expect(roleNode(page)).toContainText('Privilege-escalation path');
  // Without the parameter an embed shows no badges.
  await open(page, { query: '?embed=1' });
  await expect(page.locator('.react-flow__node [data-risk]')).toHaveCount(0);
});
