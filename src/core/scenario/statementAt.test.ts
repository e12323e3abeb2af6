import { describe, expect, it } from 'vitest';
import { seedScenario, statementAt, withDocText } from './index';
import { s3Policy } from './testing/policies';

describe('the statement behind a graph node', () => {
  it('finds the statement holding a path, with its name and text as written', () => {
    const seed = seedScenario();
    const found = statementAt(seed, 'permission:0', ['Statement', 1, 'Action', 2]);
    expect(found?.doc.id).toBe('permission:0');
    expect(found?.statement).toEqual({ index: 1 });
    expect(found?.text.startsWith('{')).toBe(true);
    expect(found?.text.endsWith('}')).toBe(true);
    expect(found?.text).toContain('"ssmmessages:OpenControlChannel"');
    expect(found?.text).not.toContain('ec2messages');
    // The seed's statements stand eight spaces in.
    expect(found?.indent).toBe(8);
    // Comments stay: the reader sees the statement as its author wrote it.
    expect(statementAt(seed, 'trust', ['Statement', 0, 'Principal'])?.text).toContain(
      '# このロールを使用できるのはEC2インスタンスですよ',
    );
  });

  it('names a statement by its Sid, reads a single-object Statement, and misses cleanly', () => {
    const s = withDocText(seedScenario(), 'permission:0', s3Policy);
    expect(statementAt(s, 'permission:0', ['Statement', 0, 'Action', 1])?.statement).toEqual({
      index: 0,
      sid: 'Read',
    });
    const single = withDocText(
      s,
      'trust',
      '{"Statement": {"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}}',
    );
    expect(statementAt(single, 'trust', ['Statement', 'Principal'])?.statement).toEqual({
      index: 0,
    });
    expect(statementAt(s, 'permission:0', ['Version'])).toBeUndefined();
    expect(statementAt(s, 'permission:9', ['Statement', 0])).toBeUndefined();
    expect(statementAt(s, 'boundary', ['Statement', 0])).toBeUndefined();
  });
});
