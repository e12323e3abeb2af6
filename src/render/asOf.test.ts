import { describe, expect, it } from 'vitest';
import { asOfText } from './asOf';

describe('asOfText', () => {
  it('writes the date in each language, the formatter kept per language', () => {
    expect(asOfText('2026-03-26', 'en')).toBe('26 Mar 2026');
    expect(asOfText('2026-03-26', 'ja')).toBe('2026年3月26日');
    // Asked again in turn, each language keeps its own format.
    expect(asOfText('2025-12-01', 'en')).toBe('1 Dec 2025');
    expect(asOfText('2025-12-01', 'ja')).toBe('2025年12月1日');
  });

  it('is the UTC date, wherever the page runs', () => {
    expect(asOfText('2026-03-26T23:30:00Z', 'en')).toBe('26 Mar 2026');
  });

  it('says nothing for no date and gives back what is not a date', () => {
    expect(asOfText('', 'en')).toBe('');
    expect(asOfText('not a date', 'ja')).toBe('not a date');
  });
});
