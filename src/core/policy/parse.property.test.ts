/** Property-based: the tolerant parser never throws, stays in bounds, and reads plain JSON exactly as JSON.parse does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyInputText, anyJson, PROPERTY_TIMEOUT, RUNS } from '../testing/arbitraries';
import { parsePolicy } from './parse';

const inBounds = (text: string, offset: number) => offset >= 0 && offset <= text.length;

describe('parsePolicy, on any input', { timeout: PROPERTY_TIMEOUT }, () => {
  it('never throws, never hits its safety net, and every range lies inside the text', () => {
    fc.assert(
      fc.property(anyInputText, (text) => {
        const r = parsePolicy(text);
        // `InternalError` is the catch-all: a throw inside the parser.
        expect(r.diagnostics.map((d) => ('syntaxError' in d ? d.syntaxError : ''))).not.toContain(
          'InternalError',
        );
        for (const d of r.diagnostics) {
          expect(inBounds(text, d.range.start.offset) && inBounds(text, d.range.end.offset)).toBe(
            true,
          );
        }
        for (const c of r.comments) expect(inBounds(text, c.range.end.offset)).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('reads any JSON document (hostile keys included) to the same value as JSON.parse', () => {
    fc.assert(
      fc.property(anyJson, fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        const r = parsePolicy(text);
        expect(r.ok).toBe(true);
        expect(JSON.stringify(r.value)).toBe(JSON.stringify(JSON.parse(text)));
      }),
      { numRuns: RUNS },
    );
    // Own `__proto__` keys are data, never the prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
