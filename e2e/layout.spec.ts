import { expect, test, type Locator, type Page } from '@playwright/test';
import { RolemapPage } from './rolemapPage';

// Issue 8, layout: on a phone the editor, the graph and the simulator are full-screen tabs that
// lose nothing when switched; on a laptop the top bar stays one line in English and Japanese.

const PHONE = { width: 390, height: 844 };
const LONG_TITLE =
  'EC2 build runners in three regions reading artifacts and parameters through Systems Manager, with VPC endpoints';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

/** Nothing is wider than the window (the page never scrolls sideways). */
async function expectNoHorizontalOverflow(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? Infinity,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, what).toBeLessThanOrEqual(innerWidth);
}

/** The panel fills the window's width and everything below the tab strip. */
async function expectFullScreen(page: Page, panel: Locator, tabs: Locator) {
  const box = await panel.boundingBox();
  const strip = await tabs.boundingBox();
  expect(box && strip).toBeTruthy();
  if (!box || !strip) return;
  expect(box.x).toBe(0);
  expect(box.width).toBe(PHONE.width);
  expect(Math.abs(box.y - (strip.y + strip.height))).toBeLessThanOrEqual(1);
  expect(Math.abs(box.y + box.height - PHONE.height)).toBeLessThanOrEqual(1);
}

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: PHONE });

  test('the editor, the graph and the simulator are tabs, each full screen, and nothing is lost switching', async ({
    page,
  }) => {
    const app = new RolemapPage(page);
    await app.goto();
    const tablist = page.getByRole('tablist', { name: 'Views' });
    const tabs = tablist.getByRole('tab');
    await expect(tabs).toHaveText(['Editor', 'Graph', 'Simulator']);
    const editorTab = tablist.getByRole('tab', { name: 'Editor' });
    const graphTab = tablist.getByRole('tab', { name: 'Graph' });
    const simTab = tablist.getByRole('tab', { name: 'Simulator' });
    const panelOf = async (tab: Locator) =>
      page.locator(`[role="tabpanel"]#${await tab.getAttribute('aria-controls')}`);
    const editorPanel = await panelOf(editorTab);
    const graphPanel = await panelOf(graphTab);
    const simPanel = await panelOf(simTab);

    // The graph first: only it is shown, full screen.
    await expect(graphTab).toHaveAttribute('aria-selected', 'true');
    await expect(graphPanel).toBeVisible();
    await expect(editorPanel).toBeHidden();
    await expect(simPanel).toBeHidden();
    await expect(app.nodes('principal')).toBeVisible();
    await expectFullScreen(page, graphPanel, tablist);
    await expectNoHorizontalOverflow(page, 'graph tab');

    // The editor: type at a place, leave, come back: the text and the cursor are where they were.
    await editorTab.click();
    await expect(editorTab).toHaveAttribute('aria-selected', 'true');
    await expect(graphTab).toHaveAttribute('aria-selected', 'false');
    await expect(editorPanel).toBeVisible();
    await expect(graphPanel).toBeHidden();
    await expectFullScreen(page, editorPanel, tablist);
    await expectNoHorizontalOverflow(page, 'editor tab');
    const trust = app.editor('Trust policy');
    await expect(trust).toBeAttached();
    await page.locator('.monaco-editor .view-line').filter({ hasText: '"Version"' }).click();
    await page.keyboard.press('End');
    await page.keyboard.insertText('X');
    await expect.poll(() => app.editorText()).toContain('"2012-10-17",X');

    // The simulator: a question half asked survives a trip to the other tabs.
    await simTab.click();
    await expect(simPanel).toBeVisible();
    await expect(editorPanel).toBeHidden();
    await expectFullScreen(page, simPanel, tablist);
    const sim = page.getByRole('complementary', { name: 'Can X do Y?' });
    await sim.getByLabel('Action').fill('ssm:GetDocument');
    await sim.getByLabel('Resource ARN').fill('arn:aws:ssm:us-east-1:111122223333:document/Run');
    await expect(sim.locator('[data-decision]')).toHaveAttribute('data-decision', 'Allow');
    await expectNoHorizontalOverflow(page, 'simulator tab');

    await graphTab.click();
    await expect(graphPanel).toBeVisible();
    await expect(simPanel).toBeHidden();
    await editorTab.click();
    // Back in the editor, which shows the statement that allowed the simulator's request, the trust
    // policy's cursor is still after the typed X: the next key lands there.
    await expect(app.tab('AmazonSSMManagedInstanceCore')).toHaveAttribute('aria-selected', 'true');
    await app.tab('Trust policy').click();
    await trust.focus();
    await page.keyboard.insertText('Y');
    await expect.poll(() => app.editorText()).toContain('"2012-10-17",XY');
    await simTab.click();
    await expect(sim.getByLabel('Action')).toHaveValue('ssm:GetDocument');
    await expect(sim.getByLabel('Resource ARN')).toHaveValue(
      'arn:aws:ssm:us-east-1:111122223333:document/Run',
    );
    await expect(sim.locator('[data-decision]')).toHaveAttribute('data-decision', 'Allow');

    // The arrow keys move between the tabs (the tablist pattern).
    await simTab.focus();
    await page.keyboard.press('ArrowRight');
    await expect(editorTab).toHaveAttribute('aria-selected', 'true');
    await expect(editorTab).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(simTab).toHaveAttribute('aria-selected', 'true');
    expect(app.consoleErrors).toEqual([]);
  });

  test('the graph fits its tab when shown, even after the policies changed behind it', async ({
    page,
  }) => {
    const app = new RolemapPage(page);
    await app.goto();
    const tablist = page.getByRole('tablist', { name: 'Views' });
    await tablist.getByRole('tab', { name: 'Editor' }).click();
    await app.tab('AmazonSSMManagedInstanceCore').click();
    await app.replaceEditorText(
      'Permission policy: AmazonSSMManagedInstanceCore',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::logs/*' }],
      }),
    );
    await tablist.getByRole('tab', { name: 'Graph' }).click();
    const canvas = page.locator('.react-flow').first();
    await expect(app.nodes('resource')).toContainText('arn:aws:s3:::logs/*');
    await expect(page.locator('.react-flow__node [data-kind="service"]')).toHaveCount(1);
    // Every node lies inside the canvas: the new, smaller picture was fitted to the phone's tab.
    await expect
      .poll(async () => {
        const frame = await canvas.boundingBox();
        if (!frame) return 'no canvas';
        const boxes = await page
          .locator('.react-flow__node')
          .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
        const outside = boxes.filter(
          (b) =>
            b.left < frame.x - 1 ||
            b.top < frame.y - 1 ||
            b.right > frame.x + frame.width + 1 ||
            b.bottom > frame.y + frame.height + 1,
        );
        return boxes.length > 0 && outside.length === 0 ? 'fits' : `${outside.length} outside`;
      })
      .toBe('fits');
  });

  test('a card whose text lives in the editor opens the editor there; the menu reaches every control', async ({
    page,
  }) => {
    const app = new RolemapPage(page);
    await app.goto();
    const tablist = page.getByRole('tablist', { name: 'Views' });
    await app.clickSettled(app.nodes('trust-policy').first());
    await expect(tablist.getByRole('tab', { name: 'Editor' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(app.tab('Trust policy')).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.monaco-editor .rm-reveal-line').first()).toBeVisible();

    // The top bar folds its controls into a menu: the simulator, language, theme, share, workspaces.
    const menuButton = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    const menu = page.locator(`#${await menuButton.getAttribute('aria-controls')}`);
    for (const name of ['Can X do Y?', 'Switch to Dark theme', 'Copy share link']) {
      await expect(menu.getByRole('button', { name })).toBeVisible();
    }
    await expect(
      menu.getByRole('button', { name: 'New workspace from the example' }),
    ).toBeVisible();
    await expect(menu.getByRole('combobox', { name: 'Language' })).toBeVisible();
    await expect(menu).toContainText('IAM data');
    await expectNoHorizontalOverflow(page, 'menu open');
    // Esc closes the menu and gives focus back to its button.
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(menuButton).toBeFocused();

    // "Can X do Y?" goes to the simulator's tab.
    await menuButton.click();
    await menu.getByRole('button', { name: 'Can X do Y?' }).click();
    await expect(tablist.getByRole('tab', { name: 'Simulator' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('complementary', { name: 'Can X do Y?' })).toBeVisible();
    await expect(menu).toBeHidden();
    // Closing the simulator shows the graph again.
    await page.getByRole('button', { name: 'Close the simulator' }).click();
    await expect(tablist.getByRole('tab', { name: 'Graph' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    // The language from the menu: the tabs speak Japanese too, and still nothing overflows.
    await menuButton.click();
    await menu.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.getByRole('tablist', { name: '表示' }).getByRole('tab')).toHaveText([
      'エディター',
      'グラフ',
      'シミュレーター',
    ]);
    await expectNoHorizontalOverflow(page, 'Japanese, menu open');
    await page.keyboard.press('Escape');
    await page
      .getByRole('banner')
      .getByRole('textbox', { name: 'シナリオのタイトル' })
      .fill(LONG_TITLE);
    await page.keyboard.press('Enter');
    await expectNoHorizontalOverflow(page, 'Japanese, long title');
  });
});

/**
 * The top bar is one line: its parts share one row, it is no taller than its tallest part plus its
 * padding, nothing in it is clipped (button and select labels, the role's name) and the page does
 * not scroll sideways.
 */
async function expectOneLineBar(page: Page, what: string) {
  const bar = page.getByRole('banner');
  const m = await bar.evaluate((el) => {
    const style = getComputedStyle(el);
    const pad = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    const border = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    // The leaves of the row: each control and each piece of text the bar shows.
    const parts = Array.from(
      el.querySelectorAll<HTMLElement>(
        '.rm-topbar__brand, input, .rm-topbar__role, .rm-topbar__controls > *',
      ),
    ).filter(visible);
    const rects = parts.map((p) => p.getBoundingClientRect());
    const top = Math.max(...rects.map((r) => r.top));
    const bottom = Math.min(...rects.map((r) => r.bottom));
    const clipped = Array.from(el.querySelectorAll<HTMLElement>('button, select, .rm-topbar__role'))
      .filter(visible)
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent ?? '');
    return {
      height: el.getBoundingClientRect().height,
      tallest: Math.max(...rects.map((r) => r.height)),
      pad: pad + border,
      sharedRow: bottom - top,
      clipped,
      offRight: rects.filter((r) => r.right > window.innerWidth).length,
    };
  });
  expect(m.sharedRow, `${what}: every part of the bar overlaps one row`).toBeGreaterThan(0);
  expect(m.height, `${what}: one line high`).toBeLessThanOrEqual(m.tallest + m.pad + 1);
  expect(m.clipped, `${what}: no clipped label`).toEqual([]);
  expect(m.offRight, `${what}: nothing beyond the right edge`).toBe(0);
  await expectNoHorizontalOverflow(page, what);
}

async function setTitle(page: Page, title: string) {
  const field = page.getByRole('banner').getByRole('textbox').first();
  await field.fill(title);
  await field.press('Enter');
  await expect(field).toHaveValue(title);
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test.describe(`on a ${size.width}×${size.height} laptop`, () => {
    test.use({ viewport: size });

    test('the top bar is one line in English and Japanese, with and without the simulator', async ({
      page,
    }) => {
      const app = new RolemapPage(page);
      await app.goto('/?lang=en');
      const bar = page.getByRole('banner');
      const title = bar.getByRole('textbox').first();
      const language = bar.getByRole('combobox');
      const simButton = (lang: 'en' | 'ja') =>
        bar.getByRole('button', { name: lang === 'en' ? 'Can X do Y?' : 'X は Y を実行できるか' });
      const titleWhole = () => title.evaluate((e) => e.scrollWidth <= e.clientWidth);

      await expectOneLineBar(page, 'en');
      expect(await titleWhole(), 'the seed’s title is shown whole (en)').toBe(true);
      await language.selectOption('ja');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      await expectOneLineBar(page, 'ja');
      expect(await titleWhole(), 'the seed’s title is shown whole (ja)').toBe(true);
      await simButton('ja').click();
      await expect(
        page.getByRole('complementary', { name: 'X は Y を実行できるか' }),
      ).toBeVisible();
      await expectOneLineBar(page, 'ja, simulator open');
      await language.selectOption('en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expectOneLineBar(page, 'en, simulator open');
      expect(await titleWhole(), 'the seed’s title is shown whole (en, simulator open)').toBe(true);

      await setTitle(page, LONG_TITLE);
      await expectOneLineBar(page, 'en, simulator open, long title');
      await language.selectOption('ja');
      await expectOneLineBar(page, 'ja, simulator open, long title');
      await simButton('ja').click();
      await expect(page.getByRole('complementary', { name: 'X は Y を実行できるか' })).toBeHidden();
      await expectOneLineBar(page, 'ja, long title');
      await language.selectOption('en');
      await expectOneLineBar(page, 'en, long title');
    });

    test('a long scenario title ends in an ellipsis, whole on hover and to screen readers', async ({
      page,
    }) => {
      const app = new RolemapPage(page);
      await app.goto();
      await setTitle(page, LONG_TITLE);
      const title = page.getByRole('banner').getByRole('textbox', { name: 'Scenario title' });
      const shown = await title.evaluate((e) => ({
        overflow: getComputedStyle(e).textOverflow,
        cut: e.scrollWidth > e.clientWidth,
        hover: e.getAttribute('title') ?? '',
      }));
      expect(shown.cut).toBe(true);
      expect(shown.overflow).toBe('ellipsis');
      expect(shown.hover.split('\n')[0]).toBe(LONG_TITLE);
      await expect(title).toHaveValue(LONG_TITLE);
      // The rest of the bar keeps its room: the role's name and every control stay whole.
      await expect(page.getByRole('banner')).toContainText('SSMInstanceRole');
      await expectOneLineBar(page, 'long title');
    });
  });
}

test.describe('between a phone and a laptop (1024×768)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the top bar folds into its menu instead of running off the screen', async ({ page }) => {
    const app = new RolemapPage(page);
    await app.goto('/?lang=en');
    await expectOneLineBar(page, '1024 en');
    const menuButton = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    await menuButton.click();
    const menu = page.locator(`#${await menuButton.getAttribute('aria-controls')}`);
    await expect(menu.getByRole('button', { name: 'Copy share link' })).toBeVisible();
    await expect(
      menu.getByRole('button', { name: 'New workspace from the example' }),
    ).toBeVisible();
    await expectNoHorizontalOverflow(page, '1024, menu open');
  });
});
