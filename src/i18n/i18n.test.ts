import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ja } from './ja';
import { simEn } from './simulator.en';
import { simJa } from './simulator.ja';
import { pickLang, translate } from './index';

describe('i18n', () => {
  it('has the same keys in every language and no empty string', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(simJa).sort()).toEqual(Object.keys(simEn).sort());
    for (const key of Object.keys(simEn)) expect(Object.keys(en)).not.toContain(key);
    for (const v of [
      ...Object.values(en),
      ...Object.values(ja),
      ...Object.values(simEn),
      ...Object.values(simJa),
    ])
      expect(v.trim()).not.toBe('');
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'editor.permissionAria', { name: 'P' })).toBe('Permission policy: P');
    expect(translate('ja', 'graph.policy.statements', { n: 3 })).toBe('ステートメント 3 個');
    expect(translate('en', 'editor.errorAt', { line: 1 })).toBe(
      'Line 1, column {column}: {message}',
    );
  });
  it('keeps the accessible editor names in English in every language (PRODUCT.md hooks)', () => {
    expect(ja['editor.trustAria']).toBe('Trust policy');
    expect(ja['editor.permissionAria']).toBe(en['editor.permissionAria']);
  });
  it('picks the language from ?lang=, then the browser', () => {
    expect(pickLang('?lang=ja', ['en-US'])).toBe('ja');
    expect(pickLang('?lang=en', ['ja-JP'])).toBe('en');
    expect(pickLang('', ['ja-JP', 'en'])).toBe('ja');
    expect(pickLang('?lang=xx', ['de'])).toBe('en');
  });
});
