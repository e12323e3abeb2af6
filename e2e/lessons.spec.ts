import { expect, test, type Locator, type Page } from '@playwright/test';
import { LESSONS } from '../src/features/lessons/index';
import { lessonsEn } from '../src/i18n/lessons.en';
import { RolemapPage } from './rolemapPage';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.localStorage.clear());
});

const ANSWER = {
  en: { Allow: 'Allowed', ExplicitDeny: 'Explicitly denied', ImplicitDeny: 'Implicitly denied' },
  ja: { Allow: '許可', ExplicitDeny: '明示的な拒否', ImplicitDeny: '暗黙的な拒否' },
} as const;

function lessonBar(page: Page, lang: 'en' | 'ja' = 'en'): Locator {
  return page.getByRole('region', { name: lang === 'en' ? 'Lesson' : 'レッスン', exact: true });
}

async function openPicker(page: Page, lang: 'en' | 'ja' = 'en'): Promise<Locator> {
  await page
    .getByRole('button', { name: lang === 'en' ? 'Lessons' : 'レッスン', exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: lang === 'en' ? 'Lessons' : 'レッスン' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Adds a permission policy and gives it a name: an edit that is easy to see in the tabs. */
async function addNamedPolicy(app: RolemapPage, name: string) {
  await app.page.getByRole('button', { name: 'Add permission policy' }).click();
  await expect(app.tab('NewPolicy1')).toHaveAttribute('aria-selected', 'true');
  await app.page.getByRole('button', { name: 'Rename policy' }).click();
  const field = app.page.getByRole('textbox', { name: 'New name for the policy' });
  await field.fill(name);
  await field.press('Enter');
  await expect(app.tab(name)).toBeVisible();
}

/**
 * English prose left in a Japanese text: two or more Latin words in a row, one of them in lower
 * case ("opens in", "Back to"). AWS identifiers (with `:`, `.`, `/`, `*`, `-`, digits …), product
 * names ("GitHub Actions", "Systems Manager") and acronyms are not prose.
 */
function englishProse(text: string): string[] {
  const words = text
    .replace(
      /[A-Za-z0-9:./*$_{}@\-=<>"'[\]]*[:./*$_{}@\-=0-9][A-Za-z0-9:./*$_{}@\-=<>"'[\]]*/g,
      ' § ',
    )
    .match(/[A-Za-z][A-Za-z’']*(?: [A-Za-z][A-Za-z’']*)+/g);
  const runs = (words ?? []).filter((run) => run.split(' ').some((w) => /^[a-z]/.test(w)));
  // Single English words too: no piece of this part's English strings ("Lessons", "Allowed").
  const pieces = Object.values(lessonsEn).flatMap((en) =>
    en.split(/\{\w+\}/).map((p) => p.replace(/^[\s.:·“”]+|[\s.:·“”]+$/g, '')),
  );
  return [...runs, ...pieces.filter((p) => p.length >= 4 && text.includes(p))];
}

test('the picker lists the ten lessons in order, and every one opens from it and renders', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  for (const lesson of LESSONS) {
    const dialog = await openPicker(page);
    const items = dialog.getByRole('listitem');
    await expect(items).toHaveCount(10);
    for (const [i, l] of LESSONS.entries()) {
      await expect(items.nth(i)).toContainText(l.title.en);
      await expect(items.nth(i)).toContainText(l.summary.en);
    }
    await dialog.getByRole('button', { name: lesson.title.en }).click();
    await expect(dialog).toBeHidden();
    await expect(lessonBar(page)).toContainText(lesson.title.en);
    await expect(page.getByRole('complementary', { name: lesson.title.en })).toBeVisible();
    await expect(app.nodes('principal').first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]lesson=${lesson.id}(&|$)`));
  }
  expect(app.consoleErrors).toEqual([]);
  expect(app.externalRequests).toEqual([]);
});

test('every lesson opens from ?lesson=<id> and renders; an unknown id stays in the user’s workspace', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  for (const lesson of LESSONS) {
    await app.goto(`/?lang=en&lesson=${lesson.id}`);
    await expect(lessonBar(page)).toContainText(lesson.title.en);
    await expect(page.getByRole('heading', { name: lesson.title.en })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Scenario title' })).toHaveValue(
      lesson.scenario.title.en,
    );
    await expect(app.nodes('principal').first()).toBeVisible();
  }

  await app.goto('/?lang=en&lesson=no-such-lesson');
  await expect(page.getByRole('alert').filter({ hasText: 'There is no lesson' })).toContainText(
    'There is no lesson “no-such-lesson”',
  );
  await expect(lessonBar(page)).toHaveCount(0);
  await expect(app.tab('AmazonSSMManagedInstanceCore')).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('a lesson never touches the user’s workspace, and keeps its own edits', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=en');
  await addNamedPolicy(app, 'MyOwnPolicy');

  // Into a lesson: the user's edit is not there; the learner edits the lesson.
  const lesson = LESSONS.find((l) => l.id === 'lambda-logs')!;
  await (await openPicker(page)).getByRole('button', { name: lesson.title.en }).click();
  await expect(lessonBar(page)).toContainText(lesson.title.en);
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');
  await expect(app.tab('MyOwnPolicy')).toHaveCount(0);
  await addNamedPolicy(app, 'LessonPolicy');

  // One click back: the user's work exactly as left, without the lesson's edit.
  await lessonBar(page).getByRole('button', { name: 'Back to my workspace' }).click();
  await expect(lessonBar(page)).toHaveCount(0);
  await expect(app.tab('MyOwnPolicy')).toBeVisible();
  await expect(app.tab('LessonPolicy')).toHaveCount(0);
  await expect(app.nodes('principal')).toContainText('ec2.amazonaws.com');
  await expect(page).not.toHaveURL(/lesson=/);

  // A reload stays in the user's own workspace.
  await page.reload();
  await expect(app.tab('MyOwnPolicy')).toBeVisible();
  await expect(lessonBar(page)).toHaveCount(0);

  // Reopening the lesson brings its edit back; a reload in a lesson returns to the lesson.
  await (await openPicker(page)).getByRole('button', { name: lesson.title.en }).click();
  await expect(app.tab('LessonPolicy')).toBeVisible();
  await expect(app.tab('MyOwnPolicy')).toHaveCount(0);
  await page.reload();
  await expect(lessonBar(page)).toContainText(lesson.title.en);
  await expect(app.tab('LessonPolicy')).toBeVisible();

  // "Reset lesson" asks first; declined, nothing changes.
  page.once('dialog', (d) => void d.dismiss());
  await lessonBar(page).getByRole('button', { name: 'Reset lesson' }).click();
  await expect(app.tab('LessonPolicy')).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await lessonBar(page).getByRole('button', { name: 'Reset lesson' }).click();
  await expect(app.tab('LessonPolicy')).toHaveCount(0);
  await expect(app.nodes('principal')).toContainText('lambda.amazonaws.com');

  // The menu's reset applies to the lesson too, never to the user's workspace.
  await addNamedPolicy(app, 'LessonPolicy');
  const menuButton = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  await menuButton.click();
  const menu = page.locator(`#${await menuButton.getAttribute('aria-controls')}`);
  await expect(menu.getByRole('button', { name: 'New workspace from the example' })).toHaveCount(0);
  page.once('dialog', (d) => void d.accept());
  await menu.getByRole('button', { name: 'Reset lesson' }).click();
  await expect(app.tab('LessonPolicy')).toHaveCount(0);
  await expect(lessonBar(page)).toContainText(lesson.title.en);

  await lessonBar(page).getByRole('button', { name: 'Back to my workspace' }).click();
  await expect(app.tab('MyOwnPolicy')).toBeVisible();
  await expect(app.nodes('principal')).toContainText('ec2.amazonaws.com');
  expect(app.consoleErrors).toEqual([]);
});

test('a question asks the real engine and says whether the prediction was right, and why', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  const lesson = LESSONS.find((l) => l.id === 'scp-guardrail')!;
  await app.goto(`/?lang=en&lesson=${lesson.id}`);
  for (const q of lesson.questions) {
    const card = page.locator(`[data-question="${q.id}"]`);
    await expect(card).toContainText(q.prompt.en);
    const answers = card.getByRole('group');
    const wrong = (['Allow', 'ExplicitDeny', 'ImplicitDeny'] as const).find(
      (d) => d !== q.expected,
    )!;
    await answers.getByRole('button', { name: ANSWER.en[wrong], exact: true }).click();
    const result = card.getByRole('status');
    await expect(result).toHaveAttribute('data-correct', 'false');
    await expect(result).toContainText(
      `Not quite. Rolemap ran the request: ${ANSWER.en[q.expected]}.`,
    );
    await expect(result).toContainText(q.why.en);

    await answers.getByRole('button', { name: ANSWER.en[q.expected], exact: true }).click();
    await expect(result).toHaveAttribute('data-correct', 'true');
    await expect(result).toContainText(`Right. Rolemap ran the request: ${ANSWER.en[q.expected]}.`);
    await expect(result).toContainText(q.why.en);
  }
  expect(app.consoleErrors).toEqual([]);
});

test('in Japanese, the picker and the lesson panel have no English prose', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  const dialog = await openPicker(page, 'ja');
  const items = dialog.getByRole('listitem');
  await expect(items).toHaveCount(10);
  for (const [i, l] of LESSONS.entries()) await expect(items.nth(i)).toContainText(l.title.ja);
  expect(englishProse(await dialog.innerText())).toEqual([]);

  for (const lesson of LESSONS) {
    await app.goto(`/?lang=ja&lesson=${lesson.id}`);
    const bar = lessonBar(page, 'ja');
    await expect(bar).toContainText(lesson.title.ja);
    await expect(bar.getByRole('button', { name: '自分のワークスペースに戻る' })).toBeVisible();
    const panel = page.getByRole('complementary', { name: lesson.title.ja });
    // Answer every question, so the verdicts and the reasons are checked too.
    for (const q of lesson.questions) {
      const card = panel.locator(`[data-question="${q.id}"]`);
      await card.getByRole('button', { name: ANSWER.ja[q.expected], exact: true }).click();
      await expect(card.getByRole('status')).toContainText('正解です');
      await expect(card.getByRole('status')).toContainText(q.why.ja);
    }
    const text = `${await bar.innerText()}\n${await panel.innerText()}`;
    expect(englishProse(text), lesson.id).toEqual([]);
  }
  expect(app.consoleErrors).toEqual([]);
});

test.describe('where the top bar folds into its menu (1024×768)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('"Lessons" is in the menu and opens the picker', async ({ page }) => {
    const app = new RolemapPage(page);
    await app.goto('/?lang=en');
    const menuButton = page.getByRole('banner').getByRole('button', { name: 'Menu' });
    await menuButton.click();
    const menu = page.locator(`#${await menuButton.getAttribute('aria-controls')}`);
    await menu.getByRole('button', { name: 'Lessons', exact: true }).click();
    await expect(menu).toBeHidden();
    const dialog = page.getByRole('dialog', { name: 'Lessons' });
    await dialog.getByRole('button', { name: LESSONS[1]!.title.en }).click();
    await expect(lessonBar(page)).toContainText(LESSONS[1]!.title.en);
    await expect(app.nodes('principal').first()).toBeVisible();
  });
});
