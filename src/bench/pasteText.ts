/**
 * Pastes text over the first editor's whole text as a user would: a click in the editor, Ctrl+A,
 * then the clipboard's paste event that Monaco handles. Shared by the bench (typingPage.ts) and
 * the e2e tests that paste hostile input (e2e/hostile.spec.ts, e2e/storage.spec.ts).
 * Resolves once the paste event has been dispatched and Monaco's (or Rolemap's sliced) paste
 * handler has returned — a sliced paste may still be going in — or, with `later`, once it is due.
 */
import type { Page } from '@playwright/test';

export async function pasteText(
  page: Page,
  text: string,
  { later = false }: { later?: boolean } = {},
): Promise<void> {
  await page
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 200, y: 40 } });
  await page.keyboard.press('Control+A');
  // As a string: tsx (the bench) names inner functions with a helper the page does not have.
  // With `later`, the paste is dispatched in a task of its own after this call has returned, so
  // a caller timing the page's answers times the paste's own work too.
  await page.evaluate(
    `((pasted) => {
      const paste = () => {
        const data = new DataTransfer();
        data.setData('text/plain', pasted);
        (document.activeElement || document.body).dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      };
      if (${later}) setTimeout(paste, 0); else paste();
    })(${JSON.stringify(text)})`,
  );
}
