import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { inlineCopyName } from './inlineName';

describe('inlineCopyName', () => {
  const t = translator('en');
  it('names the copy <Name>-inline, numbering it when that name is taken', () => {
    expect(inlineCopyName(t, 'AmazonS3ReadOnlyAccess', new Set())).toBe(
      'AmazonS3ReadOnlyAccess-inline',
    );
    expect(
      inlineCopyName(
        t,
        'AmazonS3ReadOnlyAccess',
        new Set(['AmazonS3ReadOnlyAccess-inline', 'AmazonS3ReadOnlyAccess-inline-2']),
      ),
    ).toBe('AmazonS3ReadOnlyAccess-inline-3');
  });

  it('keeps the number in the name as digits, never grouped (-inline-1000)', () => {
    const taken = new Set([
      'R-inline',
      ...Array.from({ length: 998 }, (_, i) => `R-inline-${i + 2}`),
    ]);
    expect(inlineCopyName(t, 'R', taken)).toBe('R-inline-1000');
  });
});
