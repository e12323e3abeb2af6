import { expect, type Locator, type Page } from '@playwright/test';
import { expectedSeedComments, seedText } from '../src/graph/testing/graphHelpers';

/** The editors' accessible names in each UI language (PRODUCT.md, "Hooks in the page"). */
export const EDITOR_NAMES = {
  en: { trust: 'Trust policy', permission: (name: string) => `Permission policy: ${name}` },
  ja: { trust: '信頼ポリシー', permission: (name: string) => `許可ポリシー: ${name}` },
} as const;

/** Page object for Rolemap: the hooks PRODUCT.md promises (data-kind, data-action, tab roles, editor names). */
export class RolemapPage {
  readonly externalRequests: string[] = [];
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (!url.startsWith(origin + '/')) this.externalRequests.push(url);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => this.consoleErrors.push(String(err)));
  }

  /**
   * Opens the app; by default then shows every service's action cards (the tests that check the
   * summary cards themselves, e2e/readable.spec.ts, pass `{ actions: false }`).
   */
  async goto(path = '/', { actions = true }: { actions?: boolean } = {}) {
    await this.page.goto(path);
    await expect(this.nodes('principal').or(this.nodes('role')).first()).toBeVisible();
    if (actions && !/view=chain/.test(path)) await this.showActions();
  }

  /**
   * Draws every service's action cards ("Show the actions of every service"), as they stay for the
   * services an edit adds: services start as summary cards when their actions would not read at fit.
   */
  async showActions() {
    await expect(this.nodes('principal').or(this.nodes('role')).first()).toBeVisible();
    await this.page.locator('[data-lod-all="expand"]').click();
    await expect(this.page.locator('.react-flow__node [data-lod="summary"]')).toHaveCount(0);
  }

  nodes(kind: string): Locator {
    return this.page.locator(`.react-flow__node [data-kind="${kind}"]`);
  }

  action(action: string): Locator {
    return this.page.locator(`.react-flow__node [data-action="${action}"]`);
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** An editor by its accessible name, in the UI language (see EDITOR_NAMES). */
  editor(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
  }

  /** Clicks a node once it has stopped moving (opening a panel refits the view with an animation). */
  async clickSettled(target: Locator) {
    let last = '';
    await expect
      .poll(
        async () => {
          const box = await target.boundingBox();
          const now = JSON.stringify(box);
          const settled = box !== null && now === last;
          last = now;
          return settled;
        },
        { intervals: [100] },
      )
      .toBe(true);
    await target.click();
  }

  /** Replaces the active editor's text (Control+A, Delete, insertText: the reliable way with Monaco). */
  async replaceEditorText(name: string, text: string) {
    const box = this.editor(name);
    await expect(box).toBeAttached();
    await this.page
      .locator('.monaco-editor')
      .first()
      .click({ position: { x: 200, y: 40 } });
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
  }

  async editorText(): Promise<string> {
    return this.page.evaluate(() => {
      const lines = Array.from(document.querySelectorAll('.monaco-editor .view-line'));
      return lines.map((l) => l.textContent ?? '').join('\n');
    });
  }
}

/** The seed article's comment per action, read straight from the fixture file (not from our output). */
export function seedComments(): Map<string, string> {
  return expectedSeedComments(seedText('permission'));
}
