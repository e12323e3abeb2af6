import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { seedScenario, toScenarioFile } from '../src/core';
import { EmbedHost, shareHash } from './fixtures/embedHost';
import { watchCsp, type Violation } from './fixtures/guards';
import { RolemapPage } from './rolemapPage';

// Issue 12, "Secure by construction": index.html's Content-Security-Policy allows nothing outside
// the page's own origin, no eval and no inline script, and every part of the app works under it.
// A violation anywhere (page, frame, worker) fails the test.

const IMPORT_CASES = join(import.meta.dirname, '..', 'src', 'core', 'import', 'cases');

async function open(
  page: Page,
  path = '/',
): Promise<{ app: RolemapPage; violations: Violation[] }> {
  const violations = await watchCsp(page);
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  const app = new RolemapPage(page);
  await app.goto(path);
  return { app, violations };
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0] !== '')
      .map(([name, ...values]) => [name!, values]),
  );
}

test('the policy is in force: only the origin, no eval, and an inline script is refused and reported', async ({
  page,
}) => {
  const { app, violations } = await open(page, '/');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const policy = directives(csp ?? '');
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  // No host, scheme-wide http(s) source or eval anywhere in it.
  expect(csp).not.toMatch(/unsafe-eval|https?:|\*|wasm-unsafe/);

  // The control: a script element built by page code is refused, and the watcher sees it.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__rmInlineRan = true';
    document.head.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __rmInlineRan?: boolean }).__rmInlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.some((v) => v.directive === 'script-src-elem')).toBe(true);
  expect(app.externalRequests).toEqual([]);
});

test('editor (Monaco and its worker), graph and typing work with no violation, en and ja', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const { app, violations } = await open(page, '/?lang=ja');
  await app.tab('AmazonSSMManagedInstanceCore').click();
  await app.replaceEditorText(
    '許可ポリシー: AmazonSSMManagedInstanceCore',
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
  );
  await expect(app.action('s3:GetObject')).toBeVisible();
  // Monaco's editor worker came from the page's own origin.
  await expect.poll(() => workers.length).toBeGreaterThan(0);
  await page.goto('/?lang=en');
  await expect(app.editor('Permission policy: AmazonSSMManagedInstanceCore')).toBeAttached();
  await expect(app.nodes('role')).toBeVisible();
  expect(violations).toEqual([]);
  expect(app.externalRequests).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('simulator, walkthrough, glossary and lessons work with no violation', async ({ page }) => {
  const { app, violations } = await open(page);
  await page.getByRole('button', { name: 'Can X do Y?' }).click();
  const panel = page.getByRole('complementary', { name: 'Can X do Y?' });
  await panel.getByLabel('Action').fill('ssm:GetDocument');
  await expect(panel.locator('[data-decision]')).toHaveAttribute('data-decision', 'Allow');

  await page.getByRole('button', { name: 'Walkthrough', exact: true }).click();
  const walk = page.getByRole('region', { name: 'Walkthrough' });
  await walk.getByRole('button', { name: 'Next' }).click();
  await expect(walk).toContainText('2 /');
  await page.keyboard.press('Escape');

  await page.locator('.rm-legend summary').click();
  await page.locator('.rm-legend').getByRole('button', { name: 'Glossary' }).click();
  await expect(page.getByRole('dialog', { name: 'Glossary' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const lessons = page.getByRole('dialog', { name: 'Lessons' });
  await lessons.getByRole('button').filter({ hasText: 'SCP' }).first().click();
  await expect(page).toHaveURL(/[?&]lesson=/);
  await expect(app.nodes('principal').first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(app.externalRequests).toEqual([]);
});

test('import, the managed-policy picker and every export (PNG through a canvas) work with no violation', async ({
  page,
}) => {
  const { app, violations } = await open(page, '/');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a role' });
  await dialog
    .getByRole('textbox', { name: 'Or paste the text here' })
    .fill(readFileSync(join(IMPORT_CASES, 'cloudformation-lambda.yaml'), 'utf8'));
  await dialog.getByRole('button', { name: 'Import app-lambda-role' }).click();
  const ask = page.getByRole('dialog', { name: 'Open the imported scenario?' });
  if (await ask.isVisible().catch(() => false)) {
    await ask.getByRole('button', { name: 'Open in a new workspace' }).click();
  }
  await expect(page.locator('.rm-topbar__role')).toHaveText('app-lambda-role');

  await page.getByRole('button', { name: 'Add AWS managed policy', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Add an AWS managed policy' });
  await picker.getByRole('combobox', { name: 'Search by name' }).fill('AmazonS3ReadOnlyAccess');
  await picker.getByRole('button', { name: 'Attach AmazonS3ReadOnlyAccess' }).click();
  await expect(app.tab('AmazonS3ReadOnlyAccess')).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const exporter = page.getByRole('dialog');
  for (const kind of ['PNG image', 'SVG image', 'Markdown summary']) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      exporter.getByRole('button', { name: `Download ${kind}` }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^app-lambda-role\./);
  }
  await expect(exporter.getByRole('status')).toHaveText('Downloaded app-lambda-role.md');
  expect(violations).toEqual([]);
  expect(app.externalRequests).toEqual([]);
});

test('the embed, in a docs page’s iframe, works with no violation, popover included', async ({
  page,
}) => {
  const violations = await watchCsp(page);
  const host = new EmbedHost(page);
  await host.serve();
  await host.open(`/?embed=1${shareHash(toScenarioFile(seedScenario()))}`);
  await host.settled();
  await host.frame
    .locator('.react-flow__node', { has: host.frame.locator('[data-kind="trust-policy"]') })
    .focus();
  await page.keyboard.press('Enter');
  await expect(host.frame.getByRole('dialog', { name: /^Details of Trust policy/ })).toBeVisible();
  // The frame's document carries the policy (the host page is not the app and has none).
  await expect(host.frame.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  expect(violations).toEqual([]);
});
