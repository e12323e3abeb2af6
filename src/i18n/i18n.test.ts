import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ja } from './ja';
import { PARTS, pickLang, translate } from './index';

describe('i18n', () => {
  it('has the same keys in every language and no empty string', () => {
    const seen = new Set<string>();
    for (const part of PARTS) {
      expect(Object.keys(part.ja).sort(), part.name).toEqual(Object.keys(part.en).sort());
      for (const key of Object.keys(part.en)) {
        expect(seen.has(key), `${key} is in two parts`).toBe(false);
        seen.add(key);
      }
      for (const v of [...Object.values(part.en), ...Object.values(part.ja)] as string[])
        expect(v.trim()).not.toBe('');
    }
    expect(seen.size).toBeGreaterThan(250);
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'editor.permissionAria', { name: 'P' })).toBe('Permission policy: P');
    expect(translate('ja', 'graph.policy.statements', { n: 3 })).toBe('ステートメント数: 3');
    expect(translate('en', 'editor.errorAt', { line: 1 })).toBe(
      'Line 1, column {column}: {message}',
    );
  });
  it('names the editors in the UI language (PRODUCT.md hooks)', () => {
    expect(en['editor.trustAria']).toBe('Trust policy');
    expect(translate('en', 'editor.permissionAria', { name: 'P' })).toBe('Permission policy: P');
    expect(ja['editor.trustAria']).toBe('信頼ポリシー');
    expect(translate('ja', 'editor.permissionAria', { name: 'P' })).toBe('許可ポリシー: P');
  });
  it('picks the language from ?lang=, then the browser', () => {
    expect(pickLang('?lang=ja', ['en-US'])).toBe('ja');
    expect(pickLang('?lang=en', ['ja-JP'])).toBe('en');
    expect(pickLang('', ['ja-JP', 'en'])).toBe('ja');
    expect(pickLang('?lang=xx', ['de'])).toBe('en');
  });
});

describe('numbers in messages', () => {
  it('groups a count by thousands in both languages', () => {
    expect(translate('en', 'graph.service.actions', { n: 10000 })).toBe('10,000 actions');
    expect(translate('ja', 'graph.service.actions', { n: 10000 })).toContain('10,000');
    expect(translate('en', 'graph.service.actions', { n: 999 })).toBe('999 actions');
  });

  it('writes counts either side of a thousand, fractions and negatives as Intl does', () => {
    for (const lang of ['en', 'ja'] as const) {
      const intl = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
        maximumFractionDigits: 20,
      });
      for (const n of [0, 7, 999, 1000, 1001, 123456789, 2.5, 999.5, -3, -1500]) {
        expect(translate(lang, 'graph.service.actions', { n })).toContain(intl.format(n));
      }
    }
  });

  it('writes a number passed as a string (a position, part of a name) as given', () => {
    expect(translate('en', 'problems.position', { line: '1234', column: '5' })).toBe(
      'Ln 1234, Col 5',
    );
    expect(translate('en', 'editor.newPolicyName', { n: '1000' })).toBe('NewPolicy1000');
  });
});
