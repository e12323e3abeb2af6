/**
 * Pastes text over the first editor's whole text as a user would: a click in the editor, Ctrl+A,
 * then the clipboard's paste event that Monaco handles. Shared by the bench (typingPage.ts) and
 * the e2e tests that paste hostile input (e2e/hostile.spec.ts, e2e/storage.spec.ts).
 */
import type { Page } from '@playwright/test';

export async function pasteText(page: Page, text: string): Promise<void> {
  await page
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 200, y: 40 } });
  await page.keyboard.press('Control+A');
  // As a string: tsx (the bench) names inner functions with a helper the page does not have.
  await page.evaluate(
    `((pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      (document.activeElement || document.body).dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })(${JSON.stringify(text)})`,
  );
}
