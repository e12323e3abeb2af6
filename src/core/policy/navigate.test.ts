import { describe, expect, it } from 'vitest';
import {
  nearestNodeAtPath,
  nodeAtOffset,
  nodeAtPath,
  parsePolicy,
  pathAtOffset,
  rangeOfPath,
} from './index';

const text = [
  '{',
  '  "Version": "2012-10-17",',
  '  "Statement": [',
  '    {',
  '      "Effect": "Allow",',
  '      "Action": ["s3:GetObject", "s3:ListBucket"]',
  '    }',
  '  ]',
  '}',
].join('\n');
const parsed = parsePolicy(text);
const at = (needle: string, delta = 0) => text.indexOf(needle) + delta;

describe('the tree is the same whichever way it is reached', () => {
  it('returns the very node objects of result.root', () => {
    const fromRoot = parsed.root?.children?.[1]?.children?.[0]?.children?.[1]?.children?.[0];
    expect(fromRoot?.value).toBe('s3:GetObject');
    expect(nodeAtPath(parsed, ['Statement', 0, 'Action', 0])).toBe(fromRoot);
    expect(nodeAtOffset(parsed, at('s3:GetObject'))).toBe(fromRoot);
  });

  it('keeps node identity when nodes are asked for before the root', () => {
    const r = parsePolicy(text);
    const action = nodeAtPath(r, ['Statement', 0, 'Action']);
    expect(r.root?.children?.[1]?.children?.[0]?.children?.[1]).toBe(action);
    expect(r.root).toBe(r.root);
  });

  it('survives structured cloning (as across a worker boundary) and JSON', () => {
    const copy = structuredClone(parsed);
    expect(copy.root).toEqual(parsed.root);
    expect(copy.attached).toEqual(parsed.attached);
    const json = JSON.parse(JSON.stringify(parsed)) as { root: { children: unknown[] } };
    expect(json.root.children).toHaveLength(2);
  });
});

// The helpers have a fast path for results made by parsePolicy and a plain tree walk for copies.
describe.each([
  ['a parse result', parsed],
  ['a structured clone of it', structuredClone(parsed)],
])('on %s', (_name, r) => {
  describe('nodeAtPath / rangeOfPath', () => {
    it('finds values by path and misses absent paths', () => {
      expect(nodeAtPath(r, ['Statement', 0, 'Action', 1])?.value).toBe('s3:ListBucket');
      expect(nodeAtPath(r, ['Statement', 0, 'Resource'])).toBeUndefined();
      expect(nodeAtPath(r, ['Statement', 5])).toBeUndefined();
      expect(nodeAtPath(r, ['Statement', 'x'])).toBeUndefined();
      expect(nodeAtPath(r, ['Version', 0])).toBeUndefined();
      expect(nodeAtPath({ root: undefined }, [])).toBeUndefined();
    });

    it('gives the value, key or whole member range', () => {
      const slice = (part: 'value' | 'key' | 'member') => {
        const range = rangeOfPath(r, ['Statement', 0, 'Effect'], part);
        return range && text.slice(range.start.offset, range.end.offset);
      };
      expect(slice('value')).toBe('"Allow"');
      expect(slice('key')).toBe('"Effect"');
      expect(slice('member')).toBe('"Effect": "Allow"');
      expect(rangeOfPath(r, ['Statement', 0, 'Effect'])?.start).toEqual({
        offset: at('"Allow"'),
        line: 5,
        column: 17,
      });
      expect(rangeOfPath(r, ['Nope'])).toBeUndefined();
    });

    it('falls back to the deepest existing ancestor with nearestNodeAtPath', () => {
      expect(nearestNodeAtPath(r, ['Statement', 0, 'Resource'])?.path).toEqual(['Statement', 0]);
      expect(nearestNodeAtPath(r, ['Statement', 0, 'Effect'])?.path).toEqual([
        'Statement',
        0,
        'Effect',
      ]);
    });
  });

  describe('pathAtOffset / nodeAtOffset', () => {
    it('returns the deepest node containing the offset', () => {
      expect(pathAtOffset(r, at('s3:ListBucket'))).toEqual(['Statement', 0, 'Action', 1]);
      expect(pathAtOffset(r, at('"s3:GetObject"'))).toEqual(['Statement', 0, 'Action', 0]);
      // Inside a key: the member.
      expect(pathAtOffset(r, at('Effect'))).toEqual(['Statement', 0, 'Effect']);
      // Between the key and its value (the colon): still the member.
      expect(pathAtOffset(r, at('"Effect"', 8))).toEqual(['Statement', 0, 'Effect']);
      // Between elements (the comma and space): the array.
      expect(pathAtOffset(r, at('", "s3:List', 1))).toEqual(['Statement', 0, 'Action']);
      expect(pathAtOffset(r, at('    {', 4))).toEqual(['Statement', 0]);
      expect(nodeAtOffset(r, 0)?.path).toEqual([]);
    });

    it('returns undefined outside the document', () => {
      expect(pathAtOffset(r, text.length)).toBeUndefined();
      expect(pathAtOffset(r, -1)).toBeUndefined();
      expect(pathAtOffset(parsePolicy(''), 0)).toBeUndefined();
    });
  });
});
