import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for Rolemap: the hooks PRODUCT.md promises (data-kind, data-action, tab roles, editor names). */
export class RolemapPage {
  readonly externalRequests: string[] = [];
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    const origin = 'http://127.0.0.1:4173';
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

  async goto(path = '/') {
    await this.page.goto(path);
    await expect(this.nodes('principal').first()).toBeVisible();
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

  editor(name: string): Locator {
    return this.page.getByRole('textbox', { name, exact: true });
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

/** The seed article's comments per action, read straight from the fixture file (not from our output). */
export function seedComments(): Map<string, string[]> {
  const text = readFileSync(
    new URL('../src/core/scenario/seed/seed-permission-policy.commented.json', import.meta.url),
    'utf8',
  );
  const out = new Map<string, string[]>();
  let run: string[] = [];
  let arrayRun: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('"Action"')) arrayRun = [];
    if (trimmed.startsWith('#')) {
      run.push(trimmed.slice(1).trim());
      continue;
    }
    const m = /"([a-z0-9-]+:[A-Za-z0-9*?]+)"/.exec(trimmed);
    if (!m || !m[1]) continue;
    const hash = trimmed.indexOf('#');
    if (hash !== -1) out.set(m[1], [trimmed.slice(hash + 1).trim()]);
    else {
      // A comment run above the first element of an uncommented list speaks for the whole list.
      if (run.length) arrayRun = run;
      out.set(m[1], arrayRun);
    }
    run = [];
  }
  return out;
}
