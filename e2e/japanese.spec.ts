import { expect, test, type Page } from '@playwright/test';
import { Catalog, parsePolicy, seedScenario, toScenarioFile } from '../src/core';
import { createNodeSource } from '../src/platform/nodeCatalogSource';
import { seedText } from '../src/graph/testing/graphHelpers';
import { shareHash } from './fixtures/embedHost';
import { RolemapPage } from './rolemapPage';

// In Japanese (`?lang=ja`) no English prose is left anywhere (PRODUCT.md, "Hooks in the page";
// issue 9): text, hovers (title), accessible names (aria-label), placeholders. What stays English
// on purpose is exempt: AWS identifiers (ARNs, actions, JSON keys, API names), the policy text in
// Monaco, the authors' comments, and what the page marks `lang="en"` (AWS's catalog wording).

/**
 * Phrases kept in English in AWS's own Japanese console and documentation: names of AWS services
 * and of Systems Manager's capabilities, never translated there. Short on purpose: every entry has
 * to earn its place (acronyms such as AWS, IAM or SSM, and CamelCase names, are identifiers anyway).
 */
const ALLOWED = [
  'Systems Manager',
  'Session Manager',
  'State Manager',
  'Run Command',
  'Secrets Manager',
];

/** Two or more English words in a row: the dictionary-free sign of English prose. */
const PROSE = /\b[A-Za-z]{3,}(?:\s+[A-Za-z]{2,}\b)+/g;

/** The authors' comments of the seed's policies, as written (shown as written, in any language). */
function seedComments(): string[] {
  return [seedText('trust'), seedText('permission')].flatMap((text) =>
    parsePolicy(text).comments.map((c) => c.text.trim()),
  );
}

const catalog = new Catalog(createNodeSource());

/**
 * AWS's English descriptions of the actions drawn on the page, from the same catalog the app
 * bundles: exempt where a hover or an accessible name quotes one (an attribute cannot carry lang).
 */
async function catalogDescriptions(page: Page): Promise<string[]> {
  const actions = await page
    .locator('[data-action]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-action') ?? ''));
  await catalog.load([...new Set(actions.map((a) => a.split(':')[0] ?? ''))]);
  return actions.flatMap((a) => catalog.getAction(a)?.description ?? []);
}

interface Finding {
  where: string;
  english: string;
  text: string;
}

/**
 * Walks the page's text nodes, its title / aria-label / placeholder / aria-description / alt
 * attributes and its text fields' values, skipping `[lang="en"]` subtrees and Monaco, and reports each run of English words
 * left after the exempt strings and identifiers are taken out.
 */
async function englishProse(page: Page, comments: readonly string[] = []): Promise<Finding[]> {
  const exempt = [...comments, ...(await catalogDescriptions(page))];
  return page.evaluate(
    ({ exempt, allowed, prose }) => {
      const skip = (el: Element) => el.closest('[lang="en"], .monaco-editor, script, style');
      // What the page marks as English is exempt wherever it is quoted (a name, a title).
      const quoted = Array.from(document.querySelectorAll('[lang="en"]'))
        .filter((el) => el !== document.documentElement)
        .map((el) => (el.textContent ?? '').trim());
      const cut = [...exempt, ...quoted, ...allowed]
        .filter((s) => s !== '')
        .sort((a, b) => b.length - a.length);
      const re = new RegExp(prose, 'g');
      /** An identifier: ARNs, actions, keys, paths, numbers, CamelCase API names, acronyms. */
      const identifier = (token: string) => {
        const core = token.replace(/^[(「『"'“‘[]+|[)」』"'”’\],.;:!?、。]+$/g, '');
        return (
          /[:/*_$@{}=<>#0-9\\]/.test(core) ||
          /\w\.\w/.test(core) ||
          /[a-z][A-Z]/.test(core) ||
          /^[A-Z]{2,}s?$/.test(core)
        );
      };
      const runs = (raw: string): string[] => {
        let text = raw;
        for (const s of cut) text = text.split(s).join(' ¦ ');
        // Tokens end at spaces and at any Japanese character or punctuation (「、」 has no space).
        text = text
          .split(/([^\x21-\x7e]+)/)
          .map((t, i) => (i % 2 === 0 && t !== '' && identifier(t) ? '¦' : t))
          .join('');
        return text.match(re) ?? [];
      };
      const out: { where: string; english: string; text: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || skip(el)) continue;
        const text = n.textContent ?? '';
        for (const english of runs(text))
          out.push({
            where: `text in <${el.tagName.toLowerCase()} class="${el.className}">`,
            english,
            text,
          });
      }
      const ATTRS = ['title', 'aria-label', 'placeholder', 'aria-description', 'alt'];
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        if (skip(el)) continue;
        for (const a of ATTRS) {
          const text = el.getAttribute(a);
          if (!text) continue;
          for (const english of runs(text))
            out.push({ where: `${a} of <${el.tagName.toLowerCase()}>`, english, text });
        }
      }
      // What a text field shows is its value (the scenario's title), not an attribute.
      for (const el of Array.from(document.body.querySelectorAll('input'))) {
        if (skip(el) || el.type === 'hidden') continue;
        for (const english of runs(el.value))
          out.push({ where: 'value of <input>', english, text: el.value });
      }
      return out;
    },
    { exempt, allowed: ALLOWED, prose: PROSE.source },
  );
}

// Every test starts from a fresh profile (Playwright gives each its own context): a first visit.

test('the check itself: it flags English prose and lets identifiers, lang="en" and comments be', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.id = 'probe';
    probe.innerHTML = `
      <p>アクション ssm:GetDocument を arn:aws:s3:::example-bucket/* に許可 (AccessKeyId ASIAIOSFODNN7EXAMPLE)</p>
      <p lang="en">Grants permission to view an SSM document</p>
      <p title="Who may assume the role">信頼ポリシー</p>
      <p>このポリシーは does not parse です</p>`;
    document.body.append(probe);
  });
  const found = (await englishProse(page, seedComments())).map((f) => f.english);
  expect(found).toEqual(['does not parse', 'Who may assume the role']);
});

test('main view in Japanese: no English prose (top bar, intro, picture, legend, editor chrome)', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'はじめに' })).toBeVisible();
  await page.locator('.rm-legend summary').click();
  await page.getByRole('button', { name: 'メニュー' }).click();
  await expect(page.getByRole('button', { name: '用語集' }).first()).toBeVisible();
  expect(await englishProse(page, seedComments())).toEqual([]);
});

test('the AWS managed policy picker and an attached policy’s read-only note in Japanese', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  await page.getByRole('button', { name: 'AWS 管理ポリシーを追加' }).click();
  const picker = page.getByRole('dialog', { name: 'AWS 管理ポリシーを追加' });
  await picker.getByRole('combobox', { name: '名前で検索' }).fill('s3read');
  await expect(picker.getByRole('option').first()).toBeVisible();
  expect(await englishProse(page, seedComments())).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('note', { name: 'AWS 管理 · 読み取り専用' })).toBeVisible();
  expect(await englishProse(page, seedComments())).toEqual([]);
  // A keystroke in its read-only editor is refused with why and what to do instead, in Japanese
  // (Monaco's own message says only that the editor is read-only).
  await page
    .locator('.monaco-editor')
    .first()
    .click({ position: { x: 200, y: 40 } });
  await page.keyboard.press('a');
  const refused = page.locator('.monaco-editor-overlaymessage');
  await expect(refused).toContainText('AWS 管理ポリシーは編集できません');
  expect(await englishProse(page, seedComments())).toEqual([]);
});

test('Problems panel in Japanese: findings, fixes and counts read in Japanese', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  // A permission policy with a typo, a wildcard, NotAction and an unknown condition key.
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['s3:GetObjekt', 'iam:*'], Resource: '*' },
      { Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::bucket' },
      {
        Effect: 'Allow',
        Action: 'ec2:StartInstances',
        Resource: '*',
        Condition: { StringEquals: { 'aws:RequestedRegon': 'ap-northeast-1' } },
      },
    ],
  });
  const scenario = {
    rolemap: 1,
    role: {
      name: 'ProblemRole',
      trustPolicy: seedText('trust'),
      permissionPolicies: [{ name: 'Problems', document }],
    },
  };
  await app.goto(`/?lang=ja${shareHash(scenario)}`);
  await app.tab('Problems').click();
  const panel = page.getByRole('region', { name: '問題' });
  await expect(panel.locator('[data-code="unknown-action"]')).toBeVisible();
  await expect(panel.locator('[data-code]')).not.toHaveCount(1);
  expect(await englishProse(page, seedComments())).toEqual([]);
});

test('simulator in Japanese: the form, a decision with its reasons, who may assume the role', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  await page.getByRole('button', { name: 'X は Y を実行できるか' }).click();
  const panel = page.getByRole('complementary', { name: 'X は Y を実行できるか' });
  await expect(panel).toBeVisible();
  const action = panel.getByRole('combobox', { name: /^アクション/ });
  await action.fill('s3:GetObject');
  await panel.getByLabel('リソース ARN').fill('arn:aws:s3:::example-bucket/report.csv');
  await expect(panel.locator('[data-decision]')).toHaveAttribute('data-decision', 'ImplicitDeny');
  expect(await englishProse(page, seedComments())).toEqual([]);
  await action.fill('ssm:GetDocument');
  await expect(panel.locator('[data-decision]')).toHaveAttribute('data-decision', 'Allow');
  expect(await englishProse(page, seedComments())).toEqual([]);
  // The trust policy's answer: EC2 may assume the role.
  await panel
    .getByRole('combobox', { name: 'プリンシパル' })
    .selectOption({ label: 'ec2.amazonaws.com: このロールを引き受ける' });
  await expect(panel.locator('[data-decision]')).toHaveAttribute('data-decision', 'Allow');
  expect(await englishProse(page, seedComments())).toEqual([]);
});

test('a lesson in Japanese: the bar, the explanation, a question answered, the picture', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto('/?lesson=ec2-ssm&lang=ja');
  const bar = page.getByRole('region', { name: 'レッスン', exact: true });
  await expect(bar).toBeVisible();
  const question = page.locator('.rm-lesson-q').first();
  await question.getByRole('button', { name: '許可', exact: true }).click();
  await expect(question.getByRole('status')).toBeVisible();
  // The lesson's own comments are ours, written in Japanese: they are not exempt here.
  expect(await englishProse(page)).toEqual([]);
});

test('a node popover in Japanese (an embed shows a node’s details on a click)', async ({
  page,
}) => {
  const app = new RolemapPage(page);
  await app.goto(`/?embed=1&lang=ja${shareHash(toScenarioFile(seedScenario()))}`);
  await app.clickSettled(app.action('ssm:GetDocument'));
  const popover = page.getByRole('dialog', { name: 'アクション「ssm:GetDocument」の詳細' });
  await expect(popover).toBeVisible();
  expect(await englishProse(page, seedComments())).toEqual([]);
});

test('the glossary in Japanese', async ({ page }) => {
  const app = new RolemapPage(page);
  await app.goto('/?lang=ja');
  await page
    .locator('.react-flow__node')
    .filter({ has: page.locator('[data-kind="trust-policy"]') })
    .getByRole('button', { name: '信頼ポリシーとは' })
    .click();
  await expect(page.getByRole('dialog', { name: '用語集' })).toBeVisible();
  expect(await englishProse(page, seedComments())).toEqual([]);
});
