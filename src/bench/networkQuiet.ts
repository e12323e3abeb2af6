/**
 * Waits until a page has asked for nothing and received nothing for `quietMs` (at most `maxMs`),
 * counted from the requests Playwright sees rather than the page's resource timing buffer, which
 * holds only 250 entries by default: a big picture's catalog (hundreds of services, three chunks
 * each) overflows it, and a count of its entries stops changing while chunks still arrive.
 */
import type { Page } from '@playwright/test';

export async function networkQuiet(page: Page, quietMs = 1500, maxMs = 30_000): Promise<void> {
  let last = Date.now();
  const seen = () => {
    last = Date.now();
  };
  page.on('request', seen);
  page.on('requestfinished', seen);
  page.on('requestfailed', seen);
  try {
    const end = Date.now() + maxMs;
    while (Date.now() < end && Date.now() - last < quietMs) await page.waitForTimeout(100);
  } finally {
    page.off('request', seen);
    page.off('requestfinished', seen);
    page.off('requestfailed', seen);
  }
}
