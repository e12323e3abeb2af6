import { expect, test } from '@playwright/test';
import LZString from 'lz-string';
import { RolemapPage } from './rolemapPage';

// Issue 12, "Bounded work fails closed", with its own hostile example: three permission policies
// (Allow s3:*; a Deny whose ForAnyValue:StringLike s3:prefix lists 1,000 a*a*…b patterns; a Deny
// with ForAnyValue:StringEquals s3:prefix "secret") and 1,000 long prefixes plus "secret". PRODUCT.md:
// an unfinished Deny applies, explain says why, and the UI shows the warning beside the decision.
// ForAnyValue semantics: AWS docs, "Single-valued vs. multivalued context keys" —
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html

const patterns = Array.from(
  { length: 1000 },
  (_, i) => `${'a*'.repeat(20 + (i % 40))}${'a'.repeat(20 + Math.floor(i / 40))}b`,
);
const prefixes = [
  ...Array.from({ length: 1000 }, (_, i) => 'a'.repeat(100 + (i % 50))),
  'secret',
].join(',');

const policy = (statement: object) => ({ Version: '2012-10-17', Statement: [statement] });
const scenario = {
  rolemap: 1,
  title: 'Hostile prefixes',
  role: {
    name: 'Reader',
    trustPolicy: policy({
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    }),
    permissionPolicies: [
      {
        name: 'AllowS3',
        document: policy({ Sid: 'AllowS3', Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      },
      {
        name: 'DenyPatterns',
        document: policy({
          Sid: 'DenyPrefixPatterns',
          Effect: 'Deny',
          Action: 's3:*',
          Resource: '*',
          Condition: { 'ForAnyValue:StringLike': { 's3:prefix': patterns } },
        }),
      },
      {
        name: 'DenySecret',
        document: policy({
          Sid: 'DenySecretPrefix',
          Effect: 'Deny',
          Action: 's3:*',
          Resource: '*',
          Condition: { 'ForAnyValue:StringEquals': { 's3:prefix': 'secret' } },
        }),
      },
    ],
  },
};

const LANGS = [
  {
    lang: 'en',
    open: 'Can X do Y?',
    action: 'Action',
    warning: /^\s*Incomplete answer: .*bounds/,
    reason: /^The answer is incomplete \(matching needed more work than the evaluation allows\)/,
  },
  {
    lang: 'ja',
    open: 'X は Y を実行できるか',
    action: 'アクション',
    warning: /^\s*判定は完全ではありません。/,
    reason: /^この判定は完全ではありません \(照合に評価の上限を超える処理が必要でした\)/,
  },
] as const;

for (const l of LANGS) {
  test(`${l.lang}: the hostile prefixes are an explicit deny, with the incomplete warning beside it`, async ({
    page,
  }) => {
    const app = new RolemapPage(page);
    const hash = LZString.compressToEncodedURIComponent(JSON.stringify(scenario));
    await page.goto(`/?lang=${l.lang}#s=${hash}`);
    await expect(app.nodes('role').first()).toBeVisible();
    await page.getByRole('button', { name: l.open }).click();
    const panel = page.getByRole('complementary', { name: l.open });
    await panel.getByRole('combobox', { name: new RegExp(`^${l.action}`) }).fill('s3:ListBucket');
    await panel.getByLabel(/s3:prefix/).fill(prefixes);

    const result = panel.locator('[data-decision]');
    await expect(result).toHaveAttribute('data-decision', 'ExplicitDeny');
    // The warning sits in the same status box as the decision, right under its badge, visibly.
    const warning = result.getByRole('note');
    await expect(warning).toBeVisible();
    await expect(warning).toHaveText(l.warning);
    // Both measured in one frame, until they agree: the form may still be growing (the catalog's
    // condition keys arriving) between two separate measurements.
    await expect
      .poll(() =>
        result.evaluate((box) => {
          const badge = box.querySelector('.rm-result__badge')?.getBoundingClientRect();
          const note = box.querySelector('[role="note"]')?.getBoundingClientRect();
          if (!badge || !note) return 'missing';
          const gap = note.top - badge.bottom;
          return note.top >= badge.top && gap < 40 ? 'under the badge' : `${gap}px away`;
        }),
      )
      .toBe('under the badge');
    // The first reason names the bound; the deciding Deny statements follow.
    const reasons = result.getByRole('listitem');
    await expect(reasons.first()).toHaveText(l.reason);
    await expect(reasons.filter({ hasText: 'DenyPrefixPatterns' })).toHaveCount(1);
    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
}
