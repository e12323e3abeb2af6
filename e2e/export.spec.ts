import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { RolemapPage, seedComments } from './rolemapPage';

// Issue 11, "Export": PNG and SVG downloads are real images of the graph (PNG at least 800 px wide,
// SVG naming the actions), the Markdown summary carries the annotations, the scenario file and the
// AWS-ready policy JSON download, the text ones copy too.

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

/** Opens Export from the top bar's ☰ menu (ja: メニュー → エクスポート). */
async function openExport(page: Page, lang: 'en' | 'ja' = 'en') {
  await page.getByRole('button', { name: lang === 'ja' ? 'メニュー' : 'Menu' }).click();
  await page
    .getByRole('button', { name: lang === 'ja' ? 'エクスポート' : 'Export', exact: true })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

async function text(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

test('PNG and SVG downloads are images of the graph: the PNG is at least 800 px wide, the SVG names the actions', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  const dialog = await openExport(page);
  await expect(dialog.getByRole('heading', { name: 'Export the role' })).toBeVisible();

  const svgFile = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Download SVG image' }).click(),
  );
  expect(svgFile.suggestedFilename()).toBe('SSMInstanceRole.svg');
  const svg = await text(svgFile);
  expect(XMLValidator.validate(svg)).toBe(true);
  // AmazonSSMManagedInstanceCore's actions (AWS managed policy reference), every one a card.
  for (const action of seedComments().keys()) expect(svg).toContain(`data-action="${action}"`);
  expect(svg).toContain('>GetDocument<');
  expect(svg).not.toMatch(/<script|\son[a-z]+=/i);

  const pngFile = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Download PNG image' }).click(),
  );
  expect(pngFile.suggestedFilename()).toBe('SSMInstanceRole.png');
  const png = readFileSync(await pngFile.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(800);
  // Twice the SVG's own size (drawn at 2×).
  expect(width).toBe(2 * Number(/width="(\d+)"/.exec(svg)?.[1]));
  expect(height).toBe(2 * Number(/height="(\d+)"/.exec(svg)?.[1]));
  await expect(dialog.getByRole('status')).toHaveText('Downloaded SSMInstanceRole.png');
  expect(app.externalRequests).toEqual([]);
});

test('the Markdown summary carries each action’s annotation, downloaded or copied', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new RolemapPage(page);
  await app.goto('/');
  const dialog = await openExport(page);
  const md = await text(
    await downloaded(page, () =>
      dialog.getByRole('button', { name: 'Download Markdown summary' }).click(),
    ),
  );
  expect(md).toContain('# IAM role SSMInstanceRole');
  expect(md).toContain('## Who can assume it');
  // The seed article's own comment on each action, read from the fixture file.
  for (const [action, comment] of seedComments()) {
    expect(md, action).toContain(comment.replace(/\s+/g, ' ').trim());
  }
  expect(md).toMatch(/\| `ssm:GetDocument` \| Read \| .+ \| ✓ Allowed \|/);

  await dialog.getByRole('button', { name: 'Copy Markdown summary' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md);
});

test('the scenario file and the active policy as AWS-ready JSON, with its findings listed', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  await app.tab('Trust policy').click();
  const dialog = await openExport(page);

  const scenario = JSON.parse(
    await text(
      await downloaded(page, () =>
        dialog.getByRole('button', { name: 'Download scenario file (.rolemap.json)' }).click(),
      ),
    ),
  );
  expect(scenario.rolemap).toBe(1);
  expect(scenario.role.name).toBe('SSMInstanceRole');
  expect(scenario.role.permissionPolicies[0].name).toBe('AmazonSSMManagedInstanceCore');

  await expect(
    dialog.getByRole('heading', { name: 'AWS-ready JSON of Trust policy' }),
  ).toBeVisible();
  // The seed's trust policy has `#` comments, which AWS rejects; the exported JSON has none, so the
  // checks of what AWS will be given find nothing (the editor still shows the comment error).
  await expect(dialog.locator('.rm-export__clean')).toBeVisible();
  await expect(dialog.getByTestId('export-findings')).toHaveCount(0);
  const policy = await downloaded(page, () =>
    dialog.getByRole('button', { name: 'Download JSON' }).click(),
  );
  const json = JSON.parse(await text(policy));
  // The article's trust policy (the fixture file) with its `#` comment lines taken out by hand.
  const fixture = new URL(
    '../src/core/scenario/seed/seed-trust-policy.commented.json',
    import.meta.url,
  );
  expect(json).toEqual(JSON.parse(readFileSync(fixture, 'utf8').replace(/^\s*#.*$/gm, '')));

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus goes back to the menu the dialog was opened from.
  await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();
});

test('in Japanese and the dark theme the picture is Japanese and dark', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja&theme=dark');
  const dialog = await openExport(page, 'ja');
  await expect(dialog.getByRole('heading', { name: 'ロールのエクスポート' })).toBeVisible();
  await expect(dialog.locator('.rm-export__clean, [data-testid="export-findings"]')).toBeVisible();
  // No English prose in the dialog (two English words in a row; AWS, JSON, PNG, SVG and Markdown
  // stand alone, as in AWS's Japanese console).
  expect((await dialog.innerText()).match(/\b[A-Za-z]{3,}(?:\s+[A-Za-z]{2,}\b)+/g)).toBeNull();
  const svg = await text(
    await downloaded(page, () =>
      dialog.getByRole('button', { name: 'SVG 画像をダウンロード' }).click(),
    ),
  );
  expect(svg).toContain('xml:lang="ja"');
  expect(svg).toContain('>信頼ポリシー<');
  expect(svg).toContain('fill="#0f1419"');
  await expect(dialog.getByRole('status')).toHaveText('SSMInstanceRole.svg をダウンロードしました');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the Export dialog (${theme}): no serious or critical axe violation`, async ({ page }) => {
    const app = new RolemapPage(page);
    await app.goto(`/?theme=${theme}`);
    const dialog = await openExport(page);
    await expect(
      dialog.locator('.rm-export__clean, [data-testid="export-findings"]'),
    ).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.rm-export').analyze();
    const serious = results.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
