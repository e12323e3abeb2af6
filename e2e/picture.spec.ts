import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { RolemapPage } from './rolemapPage';

// Issue 8, "It must never lie" (PRODUCT.md, "The picture"): what the graph draws as granted, the
// simulator allows; an unknown action grants nothing (its own look, the did-you-mean,
// data-known="false"); an action links only to resources it can act on; a statement's comment is
// shown once; the trust statement says who may call what. Each test fails on the build before it.

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

const trust = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
};

const artifacts = {
  Sid: 'Artifacts',
  Effect: 'Allow',
  Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:ListBucket'],
  Resource: ['arn:aws:s3:::octo-artifacts', 'arn:aws:s3:::octo-artifacts/*'],
};

/** Opens Rolemap on a scenario with one permission policy of these statements. */
async function openWith(page: Page, statements: unknown[], query = '') {
  const scenario = {
    rolemap: 1,
    title: 'Picture',
    role: {
      name: 'Deployer',
      account: '111122223333',
      trustPolicy: trust,
      permissionPolicies: [
        { name: 'Deploy', document: { Version: '2012-10-17', Statement: statements } },
      ],
    },
  };
  await page.goto(
    `/${query}#s=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`,
  );
  const app = new RolemapPage(page);
  await app.showActions();
  return app;
}

test('item 1: an Allow on a bucket and its objects is drawn allowed, as the simulator says', async ({
  page,
}) => {
  const app = await openWith(page, [artifacts]);
  for (const action of ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:ListBucket']) {
    const card = app.action(action);
    await expect(card, action).toHaveAttribute('data-decision', 'Allow');
    await expect(card, action).not.toHaveClass(/is-revoked/);
    await expect(card, action).not.toContainText('Not allowed once every layer applies');
  }
  // The simulator agrees for a concrete object.
  await page.getByRole('button', { name: 'Can X do Y?' }).click();
  const panel = page.getByRole('complementary', { name: 'Can X do Y?' });
  await app.clickSettled(app.action('s3:GetObject'));
  await expect(panel.getByLabel('Action')).toHaveValue('s3:GetObject');
  await panel.getByLabel('Resource ARN').fill('arn:aws:s3:::octo-artifacts/build.zip');
  await expect(panel.locator('[data-decision]')).toHaveAttribute('data-decision', 'Allow');
  await expect(app.action('s3:GetObject')).toHaveAttribute('data-decision', 'Allow');
  expect(app.consoleErrors).toEqual([]);
});

test('item 1: a Deny of s3:DeleteObject on …/* draws one DeleteObject card, denied by it', async ({
  page,
}) => {
  const deny = {
    Sid: 'KeepArtifacts',
    Effect: 'Deny',
    Action: 's3:DeleteObject',
    Resource: 'arn:aws:s3:::octo-artifacts/*',
  };
  const app = await openWith(page, [artifacts, deny]);
  const card = app.action('s3:DeleteObject');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-decision', 'ExplicitDeny');
  await expect(card).toContainText("Denied by Statement 'KeepArtifacts'");
  await expect(app.action('s3:GetObject')).toHaveAttribute('data-decision', 'Allow');
});

test('item 1: allowed on one resource and denied on another says so', async ({ page }) => {
  const app = await openWith(page, [
    {
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: ['arn:aws:s3:::b/public/*', 'arn:aws:s3:::b/secret/*'],
    },
    { Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/secret/*' },
  ]);
  const card = app.action('s3:GetObject');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-decision', 'Allow');
  await expect(card).toHaveAttribute('data-partial', 'true');
  await expect(card).toContainText(
    'Allowed on arn:aws:s3:::b/public/*; not on arn:aws:s3:::b/secret/*',
  );
});

test('item 2: a typo is drawn as an unknown action that grants nothing, with the did-you-mean', async ({
  page,
}) => {
  const app = await openWith(page, [
    { Effect: 'Allow', Action: ['ssm:GetDocumnet', 'ssm:GetDocument'], Resource: '*' },
  ]);
  const typo = app.action('ssm:GetDocumnet');
  await expect(typo).toHaveAttribute('data-known', 'false');
  await expect(typo).toHaveClass(/is-unknown/);
  await expect(typo).toContainText('Unknown action: grants nothing');
  await expect(typo).toContainText('Did you mean ssm:GetDocument?');
  await expect(typo).not.toHaveAttribute('data-decision', 'Allow');
  // No green ✓ on it: the mark is the unknown one.
  await expect(typo.locator('.rm-effect--allow')).toHaveCount(0);
  await expect(typo.locator('.rm-effect--unknown')).toBeVisible();
  // The real action next to it is known and allowed.
  await expect(app.action('ssm:GetDocument')).not.toHaveAttribute('data-known', 'false');
  await expect(app.action('ssm:GetDocument')).toHaveAttribute('data-decision', 'Allow');
});

test('item 2: in Japanese the unknown action is worded in Japanese', async ({ page }) => {
  const app = await openWith(
    page,
    [{ Effect: 'Allow', Action: 'ssm:GetDocumnet', Resource: '*' }],
    '?lang=ja',
  );
  const typo = app.action('ssm:GetDocumnet');
  await expect(typo).toHaveAttribute('data-known', 'false');
  await expect(typo).toContainText('不明なアクション: 何も許可しません');
  await expect(typo).toContainText('ssm:GetDocument の誤りではありませんか?');
});

test('item 3: an action is linked only to resources it acts on; an ARN none can use is flagged', async ({
  page,
}) => {
  const app = await openWith(page, [
    artifacts,
    {
      Sid: 'Site',
      Effect: 'Allow',
      Action: 'cloudfront:CreateInvalidation',
      Resource: 'arn:aws:s3:::example-site',
    },
  ]);
  const edgeTo = (arn: string) =>
    page.locator(`.react-flow__edge[data-testid$=">resource:${arn}"]`);
  // An arrow's label is drawn over the picture, beside its arrow's path.
  const labelOf = (arn: string) => page.locator(`.rm-edge-label[data-edge$=">resource:${arn}"]`);
  // From the s3 box: the bucket only for ListBucket, the objects for the object actions.
  await expect(edgeTo('arn:aws:s3:::octo-artifacts')).toHaveCount(1);
  await expect(labelOf('arn:aws:s3:::octo-artifacts')).toHaveText('only ListBucket');
  await expect(labelOf('arn:aws:s3:::octo-artifacts/*')).toHaveText(
    'only GetObject, PutObject and 1 more',
  );
  // CloudFront's invalidation does not act on a bucket: no arrow, and both say so.
  await expect(edgeTo('arn:aws:s3:::example-site')).toHaveCount(0);
  const site = app.nodes('resource').filter({ hasText: 'arn:aws:s3:::example-site' });
  await expect(site).toHaveAttribute('data-grants-nothing', 'true');
  await expect(site).toContainText('This ARN grants nothing to cloudfront:CreateInvalidation');
  const invalidation = app.action('cloudfront:CreateInvalidation');
  await expect(invalidation).toContainText('Acts on none of the resources its statement names');
  await expect(invalidation).not.toHaveAttribute('data-decision', 'Allow');
});

test('item 4: the seed’s ec2messages comment is shown once, on its service box', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  const heading = 'このエンドポイントはコマンドの送受信をするために必要になります';
  const box = app.nodes('service').filter({ hasText: 'ec2messages' });
  await expect(box.locator('.rm-box-comment')).toContainText(heading);
  const cards = page.locator('.react-flow__node [data-action^="ec2messages:"]');
  await expect(cards).toHaveCount(6);
  for (const card of await cards.all()) await expect(card).not.toContainText(heading);
  // Said once in the whole picture.
  await expect(page.locator('.react-flow__node').filter({ hasText: heading })).toHaveCount(1);
  // The cards keep AWS's own description instead.
  await expect(app.action('ec2messages:GetMessages')).toContainText('Grants permission');
});

test('item 5: the trust statement says who may call what, with its conditions in plain words', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  const node = app.nodes('trust-policy');
  await expect(node).toContainText('ec2.amazonaws.com may call sts:AssumeRole');
  await expect(node).toContainText('Statement 1');

  const scenario = {
    rolemap: 1,
    role: {
      name: 'Deployer',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } },
          },
        ],
      },
      permissionPolicies: [],
    },
  };
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(
    `/?lang=ja#s=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`,
  );
  const ja = new RolemapPage(page).nodes('trust-policy');
  await expect(ja).toContainText('ec2.amazonaws.com に sts:AssumeRole を許可');
  await expect(ja).toContainText('ステートメント 1');
  await expect(ja).toContainText('aws:SourceAccount が 111122223333 と等しい');
});

test('while a policy is half-typed (not yet JSON), the picture keeps its last version and that version’s verdicts', async ({
  page,
}) => {
  const app = await openWith(page, [
    { Effect: 'Allow', Action: ['ssm:GetDocument'], Resource: '*' },
  ]);
  const card = app.action('ssm:GetDocument');
  await expect(card).toHaveAttribute('data-decision', 'Allow');
  await app.tab('Deploy').click();
  await app.replaceEditorText(
    'Permission policy: Deploy',
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow" "Action": "s3:GetObject"}]}',
  );
  await expect(
    page.getByRole('region', { name: 'Problems' }).locator('[data-code="json-syntax"]'),
  ).not.toHaveCount(0);
  // The card drawn is the last version that parsed: it is still allowed, as that version says.
  await expect(card).toBeVisible();
  await expect(card).toHaveAttribute('data-decision', 'Allow');
});

// A policy over more than 30 services is one card "N services" until opened (src/graph/permissionTree.ts).
const SERVICES = [
  's3',
  'ec2',
  'iam',
  'lambda',
  'dynamodb',
  'sqs',
  'sns',
  'kms',
  'logs',
  'cloudwatch',
  'ssm',
  'ecr',
  'ecs',
  'eks',
  'rds',
  'route53',
  'cloudfront',
  'apigateway',
  'events',
  'states',
  'glue',
  'athena',
  'kinesis',
  'firehose',
  'secretsmanager',
  'acm',
  'elasticloadbalancing',
  'autoscaling',
  'cloudformation',
  'codebuild',
  'codepipeline',
  'sts',
  'organizations',
];

test('a policy over more than 30 services is one card named by its count, and a click opens it into its services', async ({
  page,
}) => {
  const scenario = {
    rolemap: 1,
    title: 'Wide reader',
    role: {
      name: 'WideReader',
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
          name: 'WideRead',
          document: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: SERVICES.map((s) => `${s}:Describe*`), Resource: '*' },
            ],
          },
        },
      ],
    },
  };
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  await page.goto(`/#s=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`);
  const group = page.locator('.react-flow__node', { has: page.locator('[data-kind="service"]') });
  await expect(group).toHaveCount(1);
  await expect(group.locator('.rm-node__title').first()).toHaveText(`${SERVICES.length} services`);
  // Its count is said once ("N actions", not "N actions · N actions").
  const detail = group.locator('.rm-service__name').first();
  await expect(detail).toHaveText(/^\d+ actions$/);
  // No internal id leaks into what is shown or named.
  await expect(page.locator('.react-flow')).not.toContainText('*group');
  for (const label of await page
    .locator('.react-flow [aria-label]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? '')))
    expect(label).not.toContain('*group');
  await group.first().click({ position: { x: 40, y: 12 } });
  await expect(page.locator('.react-flow__node [data-kind="service"]')).toHaveCount(
    SERVICES.length + 1,
  );
  await expect(
    page.locator('.react-flow__node [data-kind="service"] .rm-node__title', { hasText: /^s3$/ }),
  ).toBeVisible();
});
