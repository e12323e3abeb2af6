import { expect, test, type Page } from '@playwright/test';
import { EDITOR_NAMES, RolemapPage } from './rolemapPage';

// From the keyboard and for screen readers (PRODUCT.md, "Hooks in the page"; issue 8): Tab never
// changes a policy unless Tab-to-indent is chosen, Esc then Tab leaves the editor, nodes show a
// focus ring, Enter does what a click does, arrow keys walk the chain, names are in the UI language.

/** Whether the keyboard focus is inside a Monaco editor. */
function focusInEditor(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);
}

/** The focused graph node: its kind, and its action for an action card. */
function focusedNode(page: Page): Promise<{ kind?: string; action?: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el?.classList.contains('react-flow__node')) return {};
    const inner = el.querySelector<HTMLElement>('[data-kind]');
    return {
      ...(inner?.dataset.kind !== undefined ? { kind: inner.dataset.kind } : {}),
      ...(inner?.dataset.action !== undefined ? { action: inner.dataset.action } : {}),
    };
  });
}

/** The graph node element (React Flow's wrapper, the focusable one) around a card of `kind`. */
function nodeOf(page: Page, kind: string) {
  return page.locator('.react-flow__node').filter({ has: page.locator(`[data-kind="${kind}"]`) });
}

/** Focuses a node from the keyboard: the focus lands on it through an arrow key, as a user's would. */
async function keyboardFocus(page: Page, kind: 'principal') {
  await nodeOf(page, kind).first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => focusedNode(page)).toEqual({ kind });
}

async function focusTrustEditor(app: RolemapPage) {
  await expect(app.editor(EDITOR_NAMES.en.trust)).toBeAttached();
  await expect.poll(() => app.editorText()).toContain('sts:AssumeRole');
  await app.page
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 200, y: 40 } });
  await expect.poll(() => focusInEditor(app.page)).toBe(true);
}

test('Tab and Shift+Tab leave the editor and never change the policy by default; the editor says so', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  await focusTrustEditor(app);
  const before = await app.editorText();
  await page.keyboard.press('Tab');
  expect(await focusInEditor(page)).toBe(false);
  expect(await app.editorText()).toBe(before);

  await focusTrustEditor(app);
  // Said on focus, visibly and to screen readers.
  await expect(app.editor(EDITOR_NAMES.en.trust)).toHaveAccessibleDescription(
    /Tab and Shift\+Tab leave the editor/,
  );
  await expect(page.getByText(/Tab and Shift\+Tab leave the editor/)).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  expect(await focusInEditor(page)).toBe(false);
  expect(await app.editorText()).toBe(before);
  // Autosaved as it was: a reload shows the same text.
  await page.reload();
  await expect(app.editor(EDITOR_NAMES.en.trust)).toBeAttached();
  await expect.poll(() => app.editorText()).toBe(before);
});

test('with Tab-to-indent chosen, Tab indents and Esc then Tab leaves; the choice is remembered', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  const toggle = page.getByRole('checkbox', { name: 'Tab indents' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await focusTrustEditor(app);
  const before = await app.editorText();
  await expect(app.editor(EDITOR_NAMES.en.trust)).toHaveAccessibleDescription(
    /Press Esc, then Tab, to leave the editor/,
  );
  await page.keyboard.press('Tab');
  expect(await focusInEditor(page)).toBe(true);
  const indented = await app.editorText();
  expect(indented).not.toBe(before);
  expect(indented.replace(/\s/g, '')).toBe(before.replace(/\s/g, ''));

  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await focusInEditor(page)).toBe(false);
  expect(await app.editorText()).toBe(indented);

  // Esc is forgotten once the focus is back: Tab indents again.
  await focusTrustEditor(app);
  await page.keyboard.press('Tab');
  expect(await focusInEditor(page)).toBe(true);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Tab indents' })).toBeChecked();
});

for (const theme of ['light', 'dark'] as const) {
  test(`a focused node shows a visible focus ring (${theme})`, async ({ page }) => {
    const app = new RolemapPage(page);
    await app.goto(`/?theme=${theme}`);
    await keyboardFocus(page, 'principal');
    const ring = await page.evaluate(() => {
      const channels = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (c: string) => {
        const [r = 0, g = 0, b = 0] = channels(c).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const focused = document.activeElement as HTMLElement;
      const other = document.querySelectorAll<HTMLElement>('.react-flow__node')[3];
      const style = getComputedStyle(focused);
      const bg = getComputedStyle(document.body).backgroundColor;
      const [l1, l2] = [luminance(style.outlineColor), luminance(bg)].sort((a, b) => b - a);
      // The ring is drawn inside the zoomed viewport: its width on screen is scaled by the zoom.
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      const zoom = new DOMMatrix(viewport ? getComputedStyle(viewport).transform : 'none').a;
      return {
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth) * zoom,
        contrast: ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05),
        unfocused: other ? getComputedStyle(other).outlineStyle : 'missing',
      };
    });
    expect(ring.style).toBe('solid');
    // At least 2 CSS px on screen, whatever the zoom (fit-to-view here).
    expect(ring.width).toBeGreaterThanOrEqual(2);
    // WCAG 2.2 focus appearance: at least 3:1 against the page.
    expect(ring.contrast).toBeGreaterThanOrEqual(3);
    expect(ring.unfocused).toBe('none');
  });
}

test('from the keyboard alone: Tab out of the editor onto the graph, and Enter on a node does what a click does', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  const permissionTab = app.tab('AmazonSSMManagedInstanceCore');
  const selectedCard = page.locator('.rm-node.is-selected');

  await focusTrustEditor(app);
  for (let i = 0; i < 40 && (await focusedNode(page)).kind === undefined; i++)
    await page.keyboard.press('Tab');
  // The first stop on the graph is the start of the story.
  expect(await focusedNode(page)).toEqual({ kind: 'principal' });
  for (let i = 0; i < 30 && (await focusedNode(page)).action !== 'ssm:GetDocument'; i++)
    await page.keyboard.press('ArrowDown');
  expect(await focusedNode(page)).toEqual({ kind: 'action', action: 'ssm:GetDocument' });
  await expect(permissionTab).toHaveAttribute('aria-selected', 'false');
  await expect(selectedCard).toHaveCount(0);
  await page.keyboard.press('Enter');
  // What a click does: selects the card, opens its policy and highlights its text there.
  const asAClickDoes = async () => {
    await expect(permissionTab).toHaveAttribute('aria-selected', 'true');
    await expect(selectedCard).toHaveAttribute('data-action', 'ssm:GetDocument');
    await expect(page.locator('.monaco-editor .rm-reveal-inline').first()).toBeAttached();
  };
  await asAClickDoes();

  // The same with a click, from the same start.
  await app.tab('Trust policy').click();
  await app.clickSettled(nodeOf(page, 'principal').first());
  await expect(permissionTab).toHaveAttribute('aria-selected', 'false');
  await expect(selectedCard).toHaveAttribute('data-kind', 'principal');
  await app.clickSettled(app.action('ssm:GetDocument'));
  await asAClickDoes();
});

test('arrow keys move the focus along the chain, and between the actions of a service', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/');
  await keyboardFocus(page, 'principal');
  const walk = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'ArrowDown' : 'ArrowRight');
    walk.push((await focusedNode(page)).kind);
  }
  expect(walk).toEqual([
    'instance-profile',
    'trust-policy',
    'sts',
    'credentials',
    'role',
    'permission-policy',
    'service',
    'action',
  ]);
  const first = await focusedNode(page);
  expect(first.action).toMatch(/^ssm:/);
  // Down/Up: the next and previous action of the same service.
  await page.keyboard.press('ArrowDown');
  const second = await focusedNode(page);
  expect(second.kind).toBe('action');
  expect(second.action).toMatch(/^ssm:/);
  expect(second.action).not.toBe(first.action);
  await page.keyboard.press('ArrowUp');
  expect(await focusedNode(page)).toEqual(first);
  // Right: on to the resource it acts on; Left: back to an action on it.
  await page.keyboard.press('ArrowRight');
  expect((await focusedNode(page)).kind).toBe('resource');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedNode(page)).toEqual(first);
  // Back up the chain: the service, its policy, the role.
  await page.keyboard.press('ArrowLeft');
  expect((await focusedNode(page)).kind).toBe('service');
  await page.keyboard.press('ArrowUp');
  expect((await focusedNode(page)).kind).toBe('permission-policy');
  await page.keyboard.press('ArrowLeft');
  expect((await focusedNode(page)).kind).toBe('role');
});

/** What is left of a name once AWS's identifiers and the policies' own words are taken out. */
function prose(name: string, own: readonly string[]): string {
  let rest = name;
  for (const text of own) if (text.trim() !== '') rest = rest.split(text.trim()).join(' ');
  return rest
    .replace(/arn:\S+/g, ' ')
    .replace(/\b[\w-]+:[\w*]+/g, ' ') // actions: ssm:GetDocument, sts:AssumeRole
    .replace(/\b[\w.-]+\.amazonaws\.com\b/g, ' ')
    .replace(/\b\w*[a-z][A-Z]\w*\b/g, ' ') // identifiers: AssumeRole, SSMInstanceRole
    .replace(/\b(AWS|Amazon|STS|IAM|Systems Manager|Message Gateway Service)\b/g, ' ')
    .replace(/\b(Message Delivery Service|ssm|ssmmessages|ec2messages)\b/g, ' ')
    .replace(/\b(Enter|Tab|Shift|Esc)\b/g, ' ');
}

test('in Japanese, nodes, edges, editors and React Flow’s texts are named without English prose', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  await expect(app.editor(EDITOR_NAMES.ja.trust)).toBeAttached();
  await expect(page.locator('.react-flow__edge').first()).toBeAttached();
  const named = await page.evaluate(() => {
    const nodes = Array.from(document.querySelectorAll<HTMLElement>('.react-flow__node'));
    return {
      nodes: nodes.map((el) => ({
        name: el.getAttribute('aria-label') ?? '',
        // The policies' own words (comments, AWS's English descriptions) stay as written.
        own: Array.from(el.querySelectorAll('.rm-annotation, [lang="en"]')).map(
          (e) => e.textContent ?? '',
        ),
        description:
          document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
      })),
      edges: Array.from(document.querySelectorAll('.react-flow__edge')).map(
        (el) => el.getAttribute('aria-label') ?? '',
      ),
    };
  });
  expect(named.nodes.length).toBeGreaterThan(10);
  expect(named.edges.length).toBeGreaterThan(5);
  for (const node of named.nodes) {
    expect(node.name).not.toBe('');
    expect(prose(node.name, node.own), node.name).not.toMatch(/[A-Za-z]{2,}/);
    expect(prose(node.description, []), node.description).not.toMatch(/[A-Za-z]{2,}/);
  }
  for (const edge of named.edges) expect(prose(edge, []), edge).not.toMatch(/[A-Za-z]{2,}/);
  expect(named.nodes.map((n) => n.name)).toContain(
    '信頼ポリシー、ステートメント 1: ec2.amazonaws.com に sts:AssumeRole を許可',
  );

  // Monaco's own texts too: its find widget.
  await app.page
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 200, y: 40 } });
  await expect(app.editor(EDITOR_NAMES.ja.trust)).toHaveAccessibleDescription(
    /Tab \/ Shift\+Tab でエディターの外へ移動します/,
  );
  await page.keyboard.press('Control+F');
  await expect(page.locator('.find-widget').getByRole('textbox', { name: '検索' })).toBeVisible();
});
