import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seedScenario, toScenarioFile } from '../src/core';
import { shareHash } from './fixtures/embedHost';
import { RolemapPage } from './rolemapPage';

// axe on the main view, with the simulator open, and on the embed, in English and Japanese:
// no serious or critical violation (PRODUCT.md, "Hooks in the page"; issue 8).

const SIMULATOR = { en: 'Can X do Y?', ja: 'X は Y を実行できるか' } as const;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

/** Waits for the editor, the graph's cards and its edges, so axe sees the whole page. */
async function ready(app: RolemapPage, editor = true) {
  if (editor) await expect(app.page.locator('.monaco-editor').first()).toBeVisible();
  await expect(app.nodes('action').first()).toBeVisible();
  await expect(app.page.locator('.react-flow__edge').first()).toBeAttached();
}

for (const lang of ['en', 'ja'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`main view (${lang}, ${theme}): no serious or critical axe violation`, async ({
      page,
    }) => {
      const app = new RolemapPage(page);
      await app.goto(`/?lang=${lang}&theme=${theme}`);
      await ready(app);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test(`simulator open (${lang}): no serious or critical axe violation`, async ({ page }) => {
    const app = new RolemapPage(page);
    await app.goto(`/?lang=${lang}`);
    await ready(app);
    await page.getByRole('button', { name: SIMULATOR[lang] }).click();
    await expect(page.getByRole('complementary', { name: SIMULATOR[lang] })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`embed (${lang}): no serious or critical axe violation`, async ({ page }) => {
    const app = new RolemapPage(page);
    await app.goto(`/?embed=1&lang=${lang}${shareHash(toScenarioFile(seedScenario()))}`);
    await ready(app, false);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
