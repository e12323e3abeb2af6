import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Frame, type Page } from '@playwright/test';
import { EmbedHost, shareHash } from './fixtures/embedHost';
import { watchCsp, watchDialogs } from './fixtures/guards';
import { RolemapPage } from './rolemapPage';

// Issue 12, "Secure by construction": user text never reaches innerHTML. A scenario carrying the
// classic payloads (OWASP's XSS Filter Evasion Cheat Sheet: `<img src=x onerror=…>`,
// `<svg onload=…>`, `javascript:` URLs) in every text it holds renders as text everywhere. The
// policies follow AWS's IAM JSON policy elements reference (Version, Statement, Sid, Effect,
// Principal, Action, Resource, Condition); only the strings are hostile.

const IMG = '<img src=x onerror=alert(1)>';
const SVG = '<svg onload=alert(2)>';
const JS = 'javascript:alert(3)';

const trust = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      // ${IMG} trust comment ${SVG}
      "Sid": "Trust${IMG}",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::123456789012:role/${SVG}" },
      "Action": "sts:AssumeRole",
      "Condition": { "StringEquals": { "sts:ExternalId": "${JS}${IMG}" } }
    }
  ]
}`;

const permission = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Read${SVG}",
      "Effect": "Allow",
      "Action": [
        "s3:GetObject", // ${IMG} comment on an action ${JS}
        "s3:${IMG}",
        "${JS}"
      ],
      "Resource": ["arn:aws:s3:::${IMG}/*", "${JS}"],
      "Condition": { "StringLike": { "s3:prefix": ["${SVG}", "${JS}"] } }
    }
  ]
}`;

const hostile = {
  rolemap: 1,
  title: `Title ${IMG} ${SVG} ${JS}`,
  role: {
    name: `Role${SVG}`,
    trustPolicy: trust,
    permissionPolicies: [{ name: `Policy${IMG}`, managed: false, document: permission }],
  },
};
const hash = shareHash(hostile);

/** Nothing injected in this document: no element from a payload, no handler attribute, no javascript: link. */
async function nothingInjected(target: Page | Frame) {
  const found = await target.evaluate(() => {
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') bad.push('img[src=x]');
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) bad.push(`${el.tagName}[${attr.name}]`);
        const url = /^(href|xlink:href|src|srcdoc|action|formaction)$/i.test(attr.name);
        if (url && /^\s*javascript:/i.test(attr.value)) {
          bad.push(`${el.tagName}[${attr.name}=${attr.value}]`);
        }
      }
    }
    return bad;
  });
  expect(found).toEqual([]);
}

/** What in an SVG document came from a payload: an img or nested svg element, a handler, a javascript: link. */
async function svgInjections(page: Page, svg: string): Promise<string[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return ['not well formed'];
    const bad: string[] = [];
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      if (/^(img|foreignObject|script|iframe|a)$/i.test(el.localName)) bad.push(el.localName);
      if (el.localName === 'svg' && el !== doc.documentElement) bad.push('nested svg');
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.localName)) bad.push(`${el.localName}[${attr.name}]`);
        if (/href$/i.test(attr.localName) && /^\s*javascript:/i.test(attr.value))
          bad.push(attr.value);
      }
    }
    return bad;
  }, svg);
}

async function downloaded(page: Page, name: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: /Export/ });
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name, exact: true }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

test('the full app shows every hostile text as text: picture, tabs, Problems, simulator and exports', async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  const violations = await watchCsp(page);
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
  const app = new RolemapPage(page);
  await app.goto(`/${hash}`);
  // The payloads are on the page, as text (so the checks below look at something real).
  await expect(page.getByRole('textbox', { name: 'Scenario title' })).toHaveValue(hostile.title);
  await expect(app.tab(`Policy${IMG}`)).toBeVisible();
  await expect(app.nodes('role')).toContainText(`Role${SVG}`);
  await expect(app.nodes('permission-policy')).toContainText(`Policy${IMG}`);
  await expect(app.action(`s3:${IMG}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problems' })).toContainText('<');
  await nothingInjected(page);

  // Each node's click (reveal in the editor) and the Problems rows' own text.
  for (const kind of ['principal', 'trust-policy', 'role', 'permission-policy']) {
    await app.clickSettled(app.nodes(kind).first());
  }
  await nothingInjected(page);

  await page.getByRole('button', { name: 'Can X do Y?' }).click();
  const panel = page.getByRole('complementary', { name: 'Can X do Y?' });
  await panel.getByLabel('Action').fill(`s3:${IMG}`);
  await panel.getByLabel('Resource ARN').fill(JS);
  await expect(panel.locator('[data-decision]')).toBeVisible();
  await expect(panel).toContainText(IMG);
  await nothingInjected(page);

  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const svg = await downloaded(page, 'Download SVG image');
  // The SVG is well formed, holds the payloads as escaped text, and has no element or handler from them.
  expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(await svgInjections(page, svg)).toEqual([]);
  const md = await downloaded(page, 'Download Markdown summary');
  expect(md).toContain(`Role`);
  // Outside code spans (literal in Markdown), no raw `<` and no link target: the text stays text.
  const prose = md.replace(/(`+)[^`]*?\1/g, '');
  expect(prose).not.toMatch(/(^|[^\\])</m);
  expect(prose).not.toMatch(/\]\(\s*javascript:/i);
  await nothingInjected(page);

  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
});

test('the embed and its popovers show every hostile text as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const violations = await watchCsp(page);
  const host = new EmbedHost(page);
  await host.serve();
  await host.open(`/?embed=1${hash}`);
  await host.settled();
  await expect(host.frame.locator('.rm-embed__bar')).toContainText(IMG);
  await host.showActions();
  await host.frame.getByRole('button', { name: 'Fit to view' }).click();
  await host.settled();
  const frame = page.frame({ url: /embed=1/ })!;
  for (const kind of ['trust-policy', 'role', 'permission-policy', 'action']) {
    const node = host.frame.locator('.react-flow__node', {
      has: host.frame.locator(`[data-kind="${kind}"]`),
    });
    await node.first().focus();
    await page.keyboard.press('Enter');
    const popover = host.frame.getByRole('dialog', { name: /^Details of/ });
    await expect(popover).toBeVisible();
    await expect(popover).toContainText('<');
    await nothingInjected(frame);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
  }
  await nothingInjected(frame);
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
});

test('the control: an element injected through innerHTML is found, and the CSP refuses its handler', async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  const violations = await watchCsp(page);
  const app = new RolemapPage(page);
  await app.goto('/', { actions: false });
  await page.evaluate((html) => {
    const probe = document.createElement('div');
    probe.innerHTML = html;
    document.body.append(probe);
  }, IMG);
  await expect.poll(() => violations.some((v) => v.directive === 'script-src-attr')).toBe(true);
  await expect(nothingInjected(page)).rejects.toThrow(/img\[src=x\]/);
  expect(dialogs).toEqual([]);
});
