import { expect, test } from '@playwright/test';
import { RolemapPage } from './rolemapPage';

// One line: Monaco auto-closes brackets and re-indents typed newlines, which would change the text.
const lambdaTrust =
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", ' +
  '"Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

test('editing the trust policy redraws the principal, and a reload keeps the edit', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  await app.replaceEditorText('Trust policy', lambdaTrust);
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect(app.nodes('principal')).not.toContainText('ec2.amazonaws.com');
  await expect(app.nodes('instance-profile')).toHaveCount(0);
  await page.reload();
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect(app.editor('Trust policy')).toBeAttached();
  expect(await app.editorText()).toContain('lambda.amazonaws.com');
  expect(app.externalRequests).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('invalid JSON shows the error with its position and keeps the last graph', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  await app.replaceEditorText('Trust policy', lambdaTrust);
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  // Without the comma, the error is where "Principal" starts (a comma was expected there).
  const broken = lambdaTrust.replace('"Effect": "Allow",', '"Effect": "Allow"');
  const column = broken.indexOf('"Principal"') + 1;
  await app.replaceEditorText('Trust policy', broken);
  const error = page.getByRole('status').filter({ hasText: `Line 1, column ${column}:` });
  await expect(error).toBeVisible();
  await expect(app.tab('Trust policy')).toHaveClass(/is-invalid/);
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect(page.locator('.react-flow__node [data-action]')).toHaveCount(25);
});

test('clicking an action node reveals its line in the editor', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto();
  await app.action('ec2messages:SendReply').click();
  await expect(app.tab('AmazonSSMManagedInstanceCore')).toHaveAttribute('aria-selected', 'true');
  await expect(app.editor('Permission policy: AmazonSSMManagedInstanceCore')).toBeAttached();
  const line = page.locator('.monaco-editor .view-line', { hasText: 'ec2messages:SendReply' });
  await expect(line).toBeVisible();
  const mark = page.locator('.monaco-editor .rm-reveal-line');
  await expect(mark).toHaveCount(1);
  // The highlight sits on the action's own line, both measured in one frame (Monaco may still be
  // laying the switched tab out when the mark first appears).
  await expect
    .poll(() =>
      page.evaluate(() => {
        const markEl = document.querySelector('.monaco-editor .rm-reveal-line');
        const lineEl = [...document.querySelectorAll('.monaco-editor .view-line')].find((el) =>
          el.textContent?.includes('ec2messages:SendReply'),
        );
        if (!markEl || !lineEl) return Number.POSITIVE_INFINITY;
        return Math.abs(markEl.getBoundingClientRect().y - lineEl.getBoundingClientRect().y);
      }),
    )
    .toBeLessThan(2);
});

test('moving the editor cursor onto an action highlights its node', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto();
  await app.tab('AmazonSSMManagedInstanceCore').click();
  await page
    .locator('.monaco-editor .view-line span', { hasText: /^"ssm:GetDocument"$/ })
    .first()
    .click();
  await expect(app.action('ssm:GetDocument')).toHaveClass(/is-cursor/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the editor's context menu is drawn in the editor's theme, readable over the text (${theme})`, async ({
    page,
  }) => {
    const app = new RolemapPage(page);
    await app.goto(`/?theme=${theme}`);
    const editor = page.locator('.monaco-editor').first();
    await expect(editor.locator('.view-line').first()).toBeVisible();
    await editor.click({ button: 'right', position: { x: 200, y: 40 } });
    // Monaco draws the menu in a shadow root beside .monaco-editor; Playwright's CSS locators pierce it.
    const menu = page.locator('.monaco-menu').first();
    await expect(menu.getByRole('menuitem', { name: /Cut/ })).toBeVisible();
    // The menu's box is its scrollable element, the menu's parent; its colour is the theme's
    // menu background, which Monaco sets as a variable on the editor.
    const look = await menu.evaluate((el) => {
      const style = getComputedStyle(el.parentElement ?? el);
      const probe = document.createElement('div');
      probe.style.color = getComputedStyle(document.querySelector('.monaco-editor') ?? el)
        .getPropertyValue('--vscode-menu-background')
        .trim();
      document.body.append(probe);
      const themed = getComputedStyle(probe).color;
      probe.remove();
      return { background: style.backgroundColor, color: style.color, themed };
    });
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.background).toBe(look.themed);
    expect(look.color).not.toBe(look.background);
  });
}

test('completion offers the actions of the service being typed, from the IAM catalog', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  // Left unfinished on purpose: the cursor stays inside the action string, after "sts:Assume".
  await app.replaceEditorText(
    'Trust policy',
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", ' +
      '"Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:Assume',
  );
  await page.keyboard.press('Control+Space');
  const suggestions = page.locator('.suggest-widget');
  await expect(suggestions).toBeVisible();
  await expect(suggestions).toContainText('AssumeRole');
  await expect(suggestions).toContainText('AssumeRoleWithWebIdentity');
});

test('Japanese typed through an IME lands in the document once, through the editor’s textarea', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto();
  await page
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 200, y: 40 } });
  // Input goes through Monaco's hidden textarea, not EditContext (PolicyEditor.tsx, editContext).
  await expect(page.locator('.monaco-editor textarea.inputarea').first()).toBeFocused();
  const count = (text: string) => text.split('ロール').length - 1;
  const before = count(await app.editorText());
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  const cdp = await page.context().newCDPSession(page);
  for (const text of ['ろ', 'ろー', 'ろーる']) {
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  }
  await cdp.send('Input.insertText', { text: 'ロール' });
  await expect.poll(async () => count(await app.editorText())).toBe(before + 1);
  expect(await app.editorText()).not.toContain('ろ');
});
