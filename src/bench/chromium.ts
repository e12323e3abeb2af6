/**
 * The Chromium the tests and the bench launch: Playwright's own browser download does not work on
 * our machines, so Debian's /usr/bin/chromium (or CHROMIUM_PATH), with the flags that keep it off
 * the network and out of the sandbox it cannot have in a container. playwright.config.ts and the
 * load bench (load.ts) both read it from here.
 */
export const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
