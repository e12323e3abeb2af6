import { describe, expect, it } from 'vitest';
import { seedScenario, withTitle } from '../core';
import { translate } from '../i18n';
import { isSeed, seedIn, seedRetitled } from './seedIn';

describe('the example in the UI language', () => {
  it('is the seed scenario with a title in that language', () => {
    expect(seedIn('ja')).toEqual({ ...seedScenario(), title: translate('ja', 'app.seedTitle') });
    expect(seedIn('ja').title).toBe('EC2 インスタンス → Systems Manager');
    expect(seedIn('en').title).toBe(seedScenario().title);
  });

  it('is recognised in either language, and not once edited', () => {
    expect(isSeed(seedIn('en'))).toBe(true);
    expect(isSeed(seedIn('ja'))).toBe(true);
    expect(isSeed(withTitle(seedIn('ja'), 'My role'))).toBe(false);
    const edited = seedIn('en');
    edited.role = { ...edited.role, name: 'OtherRole' };
    expect(isSeed(edited)).toBe(false);
  });

  it('is retitled for a new language only while untouched', () => {
    expect(seedRetitled(seedIn('en'), 'ja')).toBe('EC2 インスタンス → Systems Manager');
    expect(seedRetitled(seedIn('ja'), 'ja')).toBeUndefined();
    expect(seedRetitled(withTitle(seedIn('en'), 'Mine'), 'ja')).toBeUndefined();
  });
});
