import { expect, test, type Page } from '@playwright/test';
import { storageEn } from '../src/i18n/storage.en';
import { workspacesEn } from '../src/i18n/workspaces.en';
import { pasteText } from '../src/bench/pasteText';
import { RolemapPage } from './rolemapPage';

// Issue 12, "Nothing lost": a large paste survives a reload whole, storage that throws leaves the
// app working with one notice, a crashed panel recovers with the text intact, and two tabs never
// silently overwrite each other.

// The trust policy AWS documents for a Lambda execution role (one line: Monaco re-indents typed
// newlines). https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html
const lambdaTrust =
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", ' +
  '"Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

/** The stored trust policy of the first workspace, wherever it is kept (localStorage or IndexedDB). */
async function storedTrust(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const key = 'rolemap:workspace:v1';
    let raw = window.localStorage.getItem(key);
    if (raw?.startsWith('rolemap-idb:')) {
      raw = await new Promise<string | null>((resolve) => {
        const open = indexedDB.open('rolemap', 1);
        open.onsuccess = () => {
          const get = open.result.transaction('entries').objectStore('entries').get(key);
          get.onsuccess = () => resolve(typeof get.result === 'string' ? get.result : null);
          get.onerror = () => resolve(null);
        };
        open.onerror = () => resolve(null);
      });
    }
    if (raw === null) return undefined;
    const saved = JSON.parse(raw) as { scenario: { role: { trustPolicy: unknown } } };
    const trust = saved.scenario.role.trustPolicy;
    return typeof trust === 'string' ? trust : JSON.stringify(trust);
  });
}

test('a 5 MB paste is autosaved whole, comes back whole after a reload, and is said to be too large to read', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  // 5 MB of comment lines after the policy: more than localStorage holds in one entry.
  const line = '// padding: a long note kept with the trust policy, line ';
  const lines: string[] = [];
  let size = lambdaTrust.length;
  for (let i = 0; size < 5_000_000; i++) {
    const l = `${line}${i.toString().padStart(6, '0')} ${'x'.repeat(40)}`;
    lines.push(l);
    size += l.length + 1;
  }
  const text = `${lambdaTrust}\n${lines.join('\n')}\n// end-of-the-pasted-text`;
  // Pasted, as a user would (the clipboard's paste event that Monaco handles).
  await pasteText(page, text);
  // Past the page's bound (PAGE_MAX_DOC_CHARS) the text is kept but not read: lint says so, and
  // the picture keeps the last trust policy it could read (the seed's EC2 principal).
  const notRead = page.getByText(/Rolemap checks and draws documents of up to 524,288/).first();
  await expect(notRead).toBeVisible({ timeout: 60_000 });
  await expect(app.nodes('principal')).toContainText('ec2.amazonaws.com');
  await expect(app.nodes('principal')).not.toContainText('lambda.amazonaws.com');
  await expect.poll(() => storedTrust(page), { timeout: 60_000 }).toBe(text);

  await page.reload();
  await expect(notRead).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => storedTrust(page)).toBe(text);
  await page
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 200, y: 40 } });
  await page.keyboard.press('Control+End');
  await expect
    .poll(() => app.editorText(), { timeout: 30_000 })
    .toContain('end-of-the-pasted-text');
  // Nothing said that autosave failed.
  await expect(
    page.getByRole('alert').filter({ hasText: workspacesEn['workspaces.saveFailed'] }),
  ).toHaveCount(0);
});

test('storage that throws: the app works and says once that autosave is off', async ({ page }) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
    Storage.prototype.removeItem = refuse;
    IDBFactory.prototype.open = refuse;
  });
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  const notice = page.getByRole('alert').filter({ hasText: workspacesEn['workspaces.saveFailed'] });
  await expect(notice).toHaveCount(1);
  await app.replaceEditorText('Trust policy', lambdaTrust);
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await notice.getByRole('button', { name: workspacesEn['workspaces.saveFailedDismiss'] }).click();
  await expect(notice).toHaveCount(0);
  // More edits, more failed saves: the notice does not come back.
  await page.getByRole('button', { name: 'Add permission policy' }).click();
  await expect(app.tab('NewPolicy1')).toBeVisible();
  await page.waitForTimeout(800);
  await expect(notice).toHaveCount(0);
});

test('a crash in the graph or the editor shows a message with Try again, and keeps the text', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  await app.replaceEditorText('Trust policy', lambdaTrust);
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');

  await page.evaluate(() =>
    window.dispatchEvent(new CustomEvent('rolemap:crash-panel', { detail: 'graph' })),
  );
  const graphCrash = page.getByRole('alert').filter({ hasText: 'The role graph stopped working.' });
  await expect(graphCrash).toBeVisible();
  await expect(app.nodes('principal')).toHaveCount(0);
  // The rest of the page still works: the editor keeps its text.
  expect(await app.editorText()).toContain('lambda.amazonaws.com');
  await graphCrash.getByRole('button', { name: storageEn['boundary.retry'] }).click();
  await expect(graphCrash).toHaveCount(0);
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');

  await page.evaluate(() =>
    window.dispatchEvent(new CustomEvent('rolemap:crash-panel', { detail: 'editor' })),
  );
  const editorCrash = page
    .getByRole('alert')
    .filter({ hasText: 'The policy editor stopped working.' });
  await expect(editorCrash).toBeVisible();
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  // Saved at the crash: a reload gives the text back even if the user never pressed Retry.
  await expect.poll(() => storedTrust(page)).toBe(lambdaTrust);
  await editorCrash.getByRole('button', { name: storageEn['boundary.retry'] }).click();
  await expect(app.editor('Trust policy')).toBeAttached();
  await expect.poll(() => app.editorText()).toContain('lambda.amazonaws.com');
});

test('ja: the crash message and its button are in Japanese', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  await page.evaluate(() =>
    window.dispatchEvent(new CustomEvent('rolemap:crash-panel', { detail: 'graph' })),
  );
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'ロールのグラフでエラーが発生しました。' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: '再試行' }).click();
  await expect(app.nodes('role')).toBeVisible();
});

test('two tabs: one re-saving its theme never erases the other’s edit or rename', async ({
  page,
  context,
}) => {
  const tabA = new RolemapPage(page);
  await tabA.goto('/?lang=en');
  const other = await context.newPage();
  const tabB = new RolemapPage(other);
  await tabB.goto('/?lang=en');

  await tabB.replaceEditorText('Trust policy', lambdaTrust);
  await expect(tabB.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect.poll(() => storedTrust(other)).toBe(lambdaTrust);
  // Tab A, untouched, shows tab B's edit; its theme switch saves, and B's edit stays.
  await expect(tabA.nodes('principal')).toContainText('lambda.amazonaws.com');
  await page.getByRole('button', { name: /Switch to/ }).click();
  await page.waitForTimeout(800);
  expect(await storedTrust(page)).toBe(lambdaTrust);

  // A rename in tab B survives tab A's next save of its list.
  await other.getByRole('banner').getByRole('button', { name: 'Menu' }).click();
  await other.getByRole('button', { name: 'Workspaces' }).click();
  const list = other.getByRole('dialog', { name: 'Workspaces' });
  await list.getByRole('button', { name: 'Rename' }).click();
  await list.getByRole('textbox', { name: 'New name for My workspace' }).fill('Renamed in B');
  await list.getByRole('textbox', { name: 'New name for My workspace' }).press('Enter');
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: /Switch to/ }).click();
  await page.waitForTimeout(800);
  const index = await page.evaluate(() => window.localStorage.getItem('rolemap:workspaces:v1'));
  expect(index).toContain('Renamed in B');
  expect([...tabA.consoleErrors, ...tabB.consoleErrors]).toEqual([]);
});
