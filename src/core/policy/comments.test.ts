import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commentsFor, parsePolicy } from './index';

const seed = (name: string): string =>
  readFileSync(new URL(`../scenario/seed/${name}.commented.json`, import.meta.url), 'utf8');

/** 1-based line numbers of the fixture lines matching `re`, read straight from the text. */
const linesMatching = (text: string, re: RegExp): number[] =>
  text
    .split('\n')
    .map((l, i) => (re.test(l) ? i + 1 : 0))
    .filter((n) => n > 0);

const lineText = (text: string, line: number): string => text.split('\n')[line - 1] ?? '';

describe('seed permission policy (AmazonSSMManagedInstanceCore with # comments)', () => {
  const text = seed('seed-permission-policy');
  const r = parsePolicy(text);
  const lines = text.split('\n');

  it('parses cleanly with the 25 actions in three statements', () => {
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toEqual([]);
    const doc = r.value as { Statement: { Action: string[] }[] };
    expect(doc.Statement.map((s) => s.Action.length)).toEqual([15, 4, 6]);
  });

  it('gives each of the 15 ssm actions its own same-line # comment', () => {
    const actionLines = linesMatching(text, /^\s*"ssm:/);
    expect(actionLines).toHaveLength(15);
    actionLines.forEach((line, i) => {
      const expected = (lines[line - 1] ?? '').split(' # ')[1]?.trim();
      const got = commentsFor(r, ['Statement', 0, 'Action', i]);
      expect(got.map((c) => c.text)).toEqual([expected]);
      expect(got[0]?.kind).toBe('hash');
      expect(got[0]?.range.start.line).toBe(line);
    });
  });

  it('attaches the run above the first ssmmessages action to that action only', () => {
    const commentLine = linesMatching(text, /^\s*# Systems Manager.*Session Manager/);
    expect(commentLine).toHaveLength(1);
    const expected = lineText(text, commentLine[0] ?? 0)
      .trim()
      .slice(1)
      .trim();
    expect(commentsFor(r, ['Statement', 1, 'Action', 0]).map((c) => c.text)).toEqual([expected]);
    for (const i of [1, 2, 3]) expect(commentsFor(r, ['Statement', 1, 'Action', i])).toEqual([]);
  });

  it('attaches the two-line run above the first ec2messages action to it, in order', () => {
    const first = linesMatching(text, /^\s*"ec2messages:AcknowledgeMessage"/)[0] ?? 0;
    const expected = [first - 2, first - 1].map((l) => lineText(text, l).trim().slice(1).trim());
    const got = commentsFor(r, ['Statement', 2, 'Action', 0]);
    expect(got.map((c) => c.text)).toEqual(expected);
    expect(got.map((c) => c.range.start.line)).toEqual([first - 2, first - 1]);
    for (const i of [1, 2, 3, 4, 5])
      expect(commentsFor(r, ['Statement', 2, 'Action', i])).toEqual([]);
  });

  it('finds all 18 comments and attaches every one of them', () => {
    expect(r.comments).toHaveLength(linesMatching(text, /#/).length);
    const attached = [...r.attached.values()].flat();
    expect(attached).toHaveLength(r.comments.length);
  });
});

describe('seed trust policy', () => {
  const text = seed('seed-trust-policy');
  const r = parsePolicy(text);

  it('attaches the comment above "Action" to Statement[0].Action', () => {
    const line = linesMatching(text, /^\s*"Action"/)[0] ?? 0;
    const expected = lineText(text, line - 1)
      .trim()
      .slice(1)
      .trim();
    expect(commentsFor(r, ['Statement', 0, 'Action']).map((c) => c.text)).toEqual([expected]);
  });

  it('attaches the comment above "Principal" to Statement[0].Principal', () => {
    const line = linesMatching(text, /^\s*"Principal"/)[0] ?? 0;
    const expected = lineText(text, line - 1)
      .trim()
      .slice(1)
      .trim();
    expect(commentsFor(r, ['Statement', 0, 'Principal']).map((c) => c.text)).toEqual([expected]);
  });

  it('leaves the elements without comments bare', () => {
    expect(commentsFor(r, ['Statement', 0, 'Effect'])).toEqual([]);
    expect(commentsFor(r, ['Statement', 0, 'Action', 0])).toEqual([]);
    expect(r.value).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['sts:AssumeRole'],
          Principal: { Service: ['ec2.amazonaws.com'] },
        },
      ],
    });
  });
});

describe('comment kinds and attachment rules', () => {
  it('reads // and /* */ comments with their markers removed', () => {
    const r = parsePolicy(
      [
        '{',
        '  // the version',
        '  "Version": "2012-10-17", /* fixed */',
        '  "Statement": []',
        '}',
      ].join('\n'),
    );
    expect(r.ok).toBe(true);
    expect(r.comments.map((c) => [c.kind, c.text])).toEqual([
      ['line', 'the version'],
      ['block', 'fixed'],
    ]);
    expect(commentsFor(r, ['Version']).map((c) => c.text)).toEqual(['the version', 'fixed']);
  });

  it('keeps a blank line between a comment and an element from attaching it', () => {
    const r = parsePolicy('[\n  # lonely\n\n  "a"\n]');
    expect(commentsFor(r, [0])).toEqual([]);
    expect(r.comments).toHaveLength(1);
  });

  it('attaches a same-line comment to the element before it, not the next one', () => {
    const r = parsePolicy('[\n  "a", # about a\n  "b"\n]');
    expect(commentsFor(r, [0]).map((c) => c.text)).toEqual(['about a']);
    expect(commentsFor(r, [1])).toEqual([]);
  });

  it('attaches to the last element on a line holding several', () => {
    const r = parsePolicy('["a", "b", "c"] // list');
    // The comment follows the whole array (the root), not an element of it.
    expect(commentsFor(r, [2])).toEqual([]);
    const r2 = parsePolicy('[\n  "a", "b", // about b\n  "c"\n]');
    expect(commentsFor(r2, [1]).map((c) => c.text)).toEqual(['about b']);
    expect(commentsFor(r2, [0])).toEqual([]);
  });

  it('attaches a comment after a closing bracket to the member that holds the array', () => {
    const r = parsePolicy('{\n  "Action": ["s3:GetObject"], # reads\n  "Effect": "Allow"\n}');
    expect(commentsFor(r, ['Action']).map((c) => c.text)).toEqual(['reads']);
    expect(commentsFor(r, ['Action', 0])).toEqual([]);
  });

  it('attaches a comment right after an opening bracket to that container', () => {
    const r = parsePolicy('{\n  "Action": [ # readers\n    "s3:GetObject"\n  ]\n}');
    expect(commentsFor(r, ['Action']).map((c) => c.text)).toEqual(['readers']);
    expect(commentsFor(r, ['Action', 0])).toEqual([]);
  });

  it('does not take a comment from a line that also holds code', () => {
    const r = parsePolicy('{\n  "a": 1, # one\n  "b": 2\n}');
    expect(commentsFor(r, ['a']).map((c) => c.text)).toEqual(['one']);
    expect(commentsFor(r, ['b'])).toEqual([]);
  });

  it('only attaches a run above an element that starts its line', () => {
    const r = parsePolicy('{\n  # above\n  "a": 1, "b": 2\n}');
    expect(commentsFor(r, ['a']).map((c) => c.text)).toEqual(['above']);
    expect(commentsFor(r, ['b'])).toEqual([]);
  });

  it('attaches a multi-line block comment above an element', () => {
    const r = parsePolicy('[\n  /* first line\n     second line */\n  "a"\n]');
    expect(commentsFor(r, [0]).map((c) => c.text)).toEqual(['first line\n     second line']);
  });

  it('keeps source order when an element has comments above and after it', () => {
    const r = parsePolicy('[\n  // one\n  # two\n  "a" /* three */ # four\n]');
    expect(commentsFor(r, [0]).map((c) => c.text)).toEqual(['one', 'two', 'three', 'four']);
  });

  it('works with CRLF line endings', () => {
    const r = parsePolicy('[\r\n  # above\r\n  "a", # after\r\n  "b"\r\n]');
    expect(r.ok).toBe(true);
    expect(commentsFor(r, [0]).map((c) => c.text)).toEqual(['above', 'after']);
    expect(r.comments.map((c) => c.range.start.line)).toEqual([2, 3]);
  });

  it('attaches a header comment above the document to the root', () => {
    const r = parsePolicy('# my policy\n{"Version": "2012-10-17"}');
    expect(commentsFor(r, []).map((c) => c.text)).toEqual(['my policy']);
  });

  it('returns a fresh array, so callers cannot edit the result', () => {
    const r = parsePolicy('["a" # x\n]');
    commentsFor(r, [0]).pop();
    expect(commentsFor(r, [0])).toHaveLength(1);
  });
});
