import { expect, test } from '@playwright/test';
import { seedScenario, toScenarioFile } from '../src/core';
import { EmbedHost, overlaps, shareHash, spyOnStorage, WORKSPACE_KEY } from './fixtures/embedHost';
import { lambdaScenario } from './fixtures/scenarios';
import { RolemapPage } from './rolemapPage';

// The embed contract (PRODUCT.md, "Share URL" and "Hooks in the page"): `?embed=1` in an iframe of
// someone else's page shows only the linked scenario, read-only, and never the visitor's workspace.

const lambda = lambdaScenario;
const seedHash = shareHash(toScenarioFile(seedScenario()));

test('an embed neither shows, reads nor writes the visitor’s saved workspace, with or without a scenario', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  const host = new EmbedHost(page);
  await host.serve();
  await spyOnStorage(page);

  // The visitor's own private work, saved by the full app on this origin (dark, in Japanese).
  const secret = {
    rolemap: 1,
    title: 'Private audit role',
    role: {
      name: 'PrivateAuditRole',
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::999988887777:user/private-admin' },
            Action: 'sts:AssumeRole',
          },
        ],
      },
      permissionPolicies: [
        {
          name: 'SecretPolicy',
          managed: false,
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:DeleteBucket', Resource: '*' }],
          },
        },
      ],
    },
  };
  const saved = JSON.stringify({ scenario: secret, theme: 'dark', lang: 'ja' });
  // Written from the docs page (same origin), not from the app, which saves its own state on leaving.
  await host.open(undefined);
  await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
    WORKSPACE_KEY,
    saved,
  ] as const);
  const stored = () => page.evaluate((key) => window.localStorage.getItem(key), WORKSPACE_KEY);

  const noSecrets = async () => {
    const body = host.frame.locator('body');
    await expect(body).not.toContainText('private-admin');
    await expect(body).not.toContainText('PrivateAuditRole');
    await expect(body).not.toContainText('DeleteBucket');
  };

  // An embed link with a scenario: that scenario, in the link's (or the browser's) language and theme.
  await host.open(`/?embed=1${shareHash(lambda)}`);
  await expect(host.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect(host.frame.getByRole('figure', { name: 'Lambda function role' })).toBeVisible();
  await expect(host.frame.locator('html')).toHaveAttribute('lang', 'en');
  await expect(host.frame.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(host.frame.getByRole('tablist')).toHaveCount(0);
  await expect(host.frame.getByRole('textbox')).toHaveCount(0);
  await noSecrets();
  await page.waitForTimeout(800); // longer than the full app's autosave delay
  expect(await host.storageCalls()).toEqual([]);
  expect(await stored()).toBe(saved);

  // An embed without a scenario says so, instead of falling back to the workspace.
  await host.open('/?embed=1');
  await expect(host.frame.getByText('This link holds no scenario.')).toBeVisible();
  await expect(host.nodes()).toHaveCount(0);
  await noSecrets();
  await page.waitForTimeout(800);
  expect(await host.storageCalls()).toEqual([]);

  // A damaged link says what is wrong with it, still without touching storage.
  await host.open('/?embed=1#s=not-a-scenario');
  await expect(host.frame.getByText(/The scenario in this link could not be read/)).toBeVisible();
  await expect(host.nodes()).toHaveCount(0);
  await noSecrets();
  expect(await host.storageCalls()).toEqual([]);
  expect(await stored()).toBe(saved);

  // The workspace really was there for the full app to show: the embed chose not to look.
  await app.goto('/');
  await expect(app.nodes('principal')).toContainText('private-admin');
  // …and the storage spy does see the full app read it (so its silence above means something).
  const appCalls = await page.evaluate(
    () => (window as unknown as { __rolemapStorageCalls: string[] }).__rolemapStorageCalls,
  );
  expect(appCalls).toContain(`getItem(${WORKSPACE_KEY})`);
  expect(app.externalRequests).toEqual([]);
});

test('the wheel scrolls the host page; Ctrl+wheel zooms the graph; hovering says so', async ({
  page,
}) => {
  const host = new EmbedHost(page);
  await host.serve();
  await page.setViewportSize({ width: 1000, height: 700 });
  await host.open(`/?embed=1${seedHash}`);
  await host.settled();
  const hint = host.frame.getByText(
    'Drag to move the picture · scrolling moves the page · Ctrl + scroll to zoom',
  );
  await page.mouse.move(5, 5);
  await expect(hint).toBeHidden();

  const center = async () => {
    const box = await page.locator('#rolemap').boundingBox();
    if (!box) throw new Error('no iframe');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const scrollY = () => page.evaluate(() => window.scrollY);
  const before = await host.zoom();
  let at = await center();
  await page.mouse.move(at.x, at.y);
  await expect(hint).toBeVisible();

  await page.mouse.wheel(0, 300);
  await expect.poll(scrollY).toBeGreaterThan(100);
  expect(await host.zoom()).toBe(before);

  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(scrollY).toBe(0);
  at = await center();
  await page.mouse.move(at.x, at.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(() => host.zoom()).toBeGreaterThan(before * 1.2);
  expect(await scrollY()).toBe(0);

  // ⌘ (Meta) works as Ctrl does, for Mac users.
  const zoomed = await host.zoom();
  await page.keyboard.down('Meta');
  await page.mouse.wheel(0, 200);
  await page.keyboard.up('Meta');
  await expect.poll(() => host.zoom()).toBeLessThan(zoomed * 0.8);
  expect(await scrollY()).toBe(0);
});

for (const [width, height] of [
  [800, 450],
  [480, 360],
] as const) {
  test(`in a ${width}×${height} frame the picture opens readable, from the story's start, in either language`, async ({
    page,
  }) => {
    const host = new EmbedHost(page);
    await host.serve();
    for (const lang of ['en', 'ja'] as const) {
      await host.open(`/?embed=1&lang=${lang}${seedHash}`, width, height);
      await host.settled();
      const canvas = await host.frame.locator('.rm-canvas').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, right: r.right, bottom: r.bottom };
      });
      // Every text of a node in view reads at 11px or more on screen, and none is cut off.
      const facts = await host.frame.locator('.react-flow').evaluate((flow, c) => {
        const vp = flow.querySelector('.react-flow__viewport') as HTMLElement;
        const scale = new DOMMatrix(getComputedStyle(vp).transform).a;
        const out: { kind: string; text: string; px: number; clipped: boolean }[] = [];
        for (const node of flow.querySelectorAll<HTMLElement>('.react-flow__node [data-kind]')) {
          const kind = node.dataset.kind ?? '';
          if (kind === 'resource') continue;
          for (const el of node.querySelectorAll<HTMLElement>('*')) {
            const own = [...el.childNodes].some(
              (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
            );
            const r = el.getBoundingClientRect();
            if (!own || el.getClientRects().length === 0) continue;
            if (r.bottom < c.y || r.top > c.bottom || r.right < c.x || r.left > c.right) continue;
            const cs = getComputedStyle(el);
            const box = el.closest('.rm-node')?.getBoundingClientRect();
            out.push({
              kind,
              text: (el.textContent ?? '').trim().slice(0, 30),
              px: parseFloat(cs.fontSize) * scale,
              clipped:
                el.scrollWidth > el.clientWidth + 1 ||
                el.scrollHeight > el.clientHeight + 1 ||
                (box !== undefined && r.bottom > box.bottom + 1),
            });
          }
        }
        return out;
      }, canvas);
      expect(facts.length, lang).toBeGreaterThan(5);
      expect(
        facts.filter((f) => f.px < 11).map((f) => `${f.kind} "${f.text}" ${f.px.toFixed(1)}px`),
        lang,
      ).toEqual([]);
      expect(
        facts.filter((f) => f.clipped).map((f) => `${f.kind} "${f.text}"`),
        lang,
      ).toEqual([]);
      // The story starts in view: the principal's card is inside the canvas.
      const principal = await host.nodes('principal').first().boundingBox();
      const frameBox = await page.locator('#rolemap').boundingBox();
      expect(principal && frameBox).toBeTruthy();
      expect(principal!.x - frameBox!.x).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(principal!.y - frameBox!.y).toBeGreaterThanOrEqual(canvas.y - 1);
      expect(principal!.y + principal!.height - frameBox!.y).toBeLessThanOrEqual(canvas.bottom);
    }
  });

  test(`in a ${width}×${height} frame: a caption, Fit to view shows the whole picture, and the link covers no node`, async ({
    page,
  }) => {
    const host = new EmbedHost(page);
    await host.serve();
    await host.open(`/?embed=1${seedHash}`, width, height);
    await host.settled();
    // Every action card drawn (they start as summary cards), then the whole picture, fitted.
    await host.showActions();
    await host.frame.getByRole('button', { name: 'Fit to view' }).click();
    await host.settled();
    const caption = host.frame.getByRole('figure', { name: 'EC2 instance → Systems Manager' });
    await expect(caption).toBeVisible();
    await expect(host.nodes('service')).toHaveCount(3);

    const canvas = await host.frame.locator('.rm-canvas').boundingBox();
    const link = await host.frame.getByRole('link', { name: 'Open in Rolemap' }).boundingBox();
    const zoomButtons = await host.frame.getByRole('group', { name: 'Role graph' }).boundingBox();
    expect(canvas && link && zoomButtons).toBeTruthy();
    if (!canvas || !link || !zoomButtons) return;
    const boxes = await host.nodes().evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          id: (el as HTMLElement).dataset.id,
          x: r.x,
          y: r.y,
          width: r.width,
          height: r.height,
        };
      }),
    );
    expect(boxes.length).toBeGreaterThan(20);
    const frameBox = await page.locator('#rolemap').boundingBox();
    const offset = { x: frameBox?.x ?? 0, y: frameBox?.y ?? 0 };
    const inFrame = ({
      x,
      y,
      width: w,
      height: h,
    }: {
      x: number;
      y: number;
      width: number;
      height: number;
    }) => ({ x: x - offset.x, y: y - offset.y, width: w, height: h });
    const [canvasBox, linkBox, zoomBox] = [canvas, link, zoomButtons].map(inFrame);
    for (const b of boxes) {
      // The whole picture fits the frame's canvas…
      expect(b.x, b.id).toBeGreaterThanOrEqual(canvasBox!.x - 1);
      expect(b.y, b.id).toBeGreaterThanOrEqual(canvasBox!.y - 1);
      expect(b.x + b.width, b.id).toBeLessThanOrEqual(canvasBox!.x + canvasBox!.width + 1);
      expect(b.y + b.height, b.id).toBeLessThanOrEqual(canvasBox!.y + canvasBox!.height + 1);
      // …and neither the link nor the zoom buttons cover any node.
      expect(overlaps(b, linkBox!), `link over ${b.id}`).toBe(false);
      expect(overlaps(b, zoomBox!), `zoom buttons over ${b.id}`).toBe(false);
    }
  });
}

test('a click (or Enter) on a node shows its details in a popover, closed with Esc', async ({
  page,
}) => {
  const host = new EmbedHost(page);
  await host.serve();
  await host.open(`/?embed=1${seedHash}`);
  await host.settled();
  await host.showActions();
  // The picture opens at a readable zoom from the story's start: fit it to reach the ssm cards.
  await host.frame.getByRole('button', { name: 'Fit to view' }).click();
  await host.settled();
  const action = host.frame.locator('[data-action="ssm:GetDocument"]');
  await action.click();
  const popover = host.frame.getByRole('dialog', { name: 'Details of Action ssm:GetDocument' });
  await expect(popover).toBeVisible();
  // Its annotation (the article's comment), access level, effect and the statement as written.
  await expect(popover).toContainText('指定された SSM ドキュメントの内容を表示する許可を付与');
  await expect(popover).toContainText('Read');
  await expect(popover).toContainText('Allowed');
  await expect(popover).toContainText('Statement #1 in AmazonSSMManagedInstanceCore');
  await expect(popover.locator('pre')).toContainText('"ssm:GetDocument", #');
  // It stays inside the frame.
  const box = await popover.boundingBox();
  const frameBox = await page.locator('#rolemap').boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(frameBox!.x);
  expect(box!.y + box!.height).toBeLessThanOrEqual(frameBox!.y + frameBox!.height);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();

  // From the keyboard: Enter on a focused node opens it, Esc closes it and focus returns to the node.
  const node = host.frame.locator('.react-flow__node', {
    has: host.frame.locator('[data-kind="trust-policy"]'),
  });
  await node.focus();
  await page.keyboard.press('Enter');
  const trust = host.frame.getByRole('dialog', { name: /^Details of Trust policy/ });
  await expect(trust).toBeVisible();
  await expect(trust).toBeFocused();
  await expect(trust.locator('pre')).toContainText('"ec2.amazonaws.com"');
  await page.keyboard.press('Escape');
  await expect(trust).toBeHidden();
  await expect(node).toBeFocused();

  // The close button closes it too.
  await action.click();
  await popover.getByRole('button', { name: 'Close details' }).click();
  await expect(popover).toBeHidden();
});

test('?theme= and ?lang= set the embed’s look and words', async ({ page }) => {
  const host = new EmbedHost(page);
  await host.serve();
  const bar = host.frame.locator('.rm-embed__bar');

  await host.open(`/?embed=1&theme=dark${seedHash}`);
  await host.settled();
  await expect(host.frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(bar).toHaveCSS('background-color', 'rgb(22, 27, 34)');

  await host.open(`/?embed=1&theme=light&lang=ja${seedHash}`);
  await host.settled();
  await expect(host.frame.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(host.frame.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(bar).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(host.frame.getByRole('link', { name: 'Rolemap で開く' })).toBeVisible();
  await host.showActions();
  // With every service's actions drawn, the picture is larger than this 800×450 frame at a
  // readable zoom, and ssm:GetDocument may lie outside it: a pointer could not reach it, so the
  // keyboard does (React Flow pans to a focused node; Enter opens its details as a click does).
  await host.frame
    .locator('.react-flow__node', { has: host.frame.locator('[data-action="ssm:GetDocument"]') })
    .focus();
  await page.keyboard.press('Enter');
  const popover = host.frame.getByRole('dialog', { name: 'アクション「ssm:GetDocument」の詳細' });
  await expect(popover).toContainText('AmazonSSMManagedInstanceCore のステートメント 1');
  await expect(popover).toContainText('読み取り');
});

test('?view=chain and ?view=permissions show one part of the picture, in the embed and the app', async ({
  page,
}) => {
  const host = new EmbedHost(page);
  await host.serve();
  const chainKinds = ['principal', 'trust-policy', 'sts', 'credentials', 'role'];
  const permissionKinds = ['role', 'permission-policy', 'service', 'action', 'resource'];

  await host.open(`/?embed=1&view=chain${seedHash}`);
  await host.settled();
  for (const kind of chainKinds) await expect(host.nodes(kind).first()).toBeVisible();
  for (const kind of ['permission-policy', 'service', 'action', 'resource'])
    await expect(host.nodes(kind)).toHaveCount(0);

  await host.open(`/?embed=1&view=permissions${seedHash}`);
  await host.settled();
  await host.showActions();
  for (const kind of permissionKinds) await expect(host.nodes(kind).first()).toBeVisible();
  for (const kind of ['principal', 'trust-policy', 'sts', 'credentials'])
    await expect(host.nodes(kind)).toHaveCount(0);

  await host.open(`/?embed=1&view=all${seedHash}`);
  await host.settled();
  await host.showActions();
  for (const kind of [...chainKinds, ...permissionKinds])
    await expect(host.nodes(kind).first()).toBeVisible();

  // The full app takes the same parameter (the editor stays).
  const app = new RolemapPage(page);
  await page.evaluate(() => window.localStorage.clear());
  await app.goto('/?view=chain');
  await expect(app.nodes('action')).toHaveCount(0);
  await expect(app.nodes('role')).toBeVisible();
  await expect(app.tab('Trust policy')).toBeVisible();
  await page.goto('/?view=permissions');
  await expect(app.nodes('role')).toBeVisible();
  await app.showActions();
  await expect(app.nodes('action').first()).toBeVisible();
  await expect(app.nodes('principal')).toHaveCount(0);
});
