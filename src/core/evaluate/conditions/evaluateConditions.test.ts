import { describe, expect, it } from 'vitest';
import { WorkBudget } from '../../pattern';
import type { ContextEntry, RequestContext } from '../context';
import { evaluateConditions } from './evaluateConditions';
import { parseOperator } from './operators';

function ctx(values: Record<string, string | string[]>): RequestContext {
  const map = new Map<string, ContextEntry>();
  for (const [key, v] of Object.entries(values)) {
    map.set(key.toLowerCase(), {
      key,
      values: Array.isArray(v) ? v : [v],
      multi: Array.isArray(v),
    });
  }
  return map;
}

const run = (condition: unknown, c: RequestContext, variables = true) =>
  evaluateConditions(condition, c, variables, ['Statement', 0, 'Condition'], new WorkBudget());

// Sources: AWS docs, "IAM JSON policy elements: Condition operators" and
// "Conditions with multiple context keys or values".
describe('parseOperator', () => {
  it('reads qualifiers and IfExists', () => {
    const p = parseOperator('ForAnyValue:StringLikeIfExists');
    expect(p.qualifier).toBe('ForAnyValue');
    expect(p.ifExists).toBe(true);
    expect(p.spec?.name).toBe('StringLike');
  });
  it('rejects unknown operators and NullIfExists', () => {
    expect(parseOperator('StringEqualz').spec).toBeUndefined();
    expect(parseOperator('NullIfExists').spec).toBeUndefined();
  });
});

describe('evaluateConditions', () => {
  it('missing key: false, except negated operators, IfExists, ForAllValues and Null', () => {
    const empty = ctx({});
    expect(run({ StringEquals: { 'aws:x': 'a' } }, empty).matched).toBe(false);
    expect(run({ StringNotEquals: { 'aws:x': 'a' } }, empty).matched).toBe(true);
    expect(run({ StringEqualsIfExists: { 'aws:x': 'a' } }, empty).matched).toBe(true);
    expect(run({ 'ForAllValues:StringEquals': { 'aws:x': 'a' } }, empty).matched).toBe(true);
    expect(run({ 'ForAnyValue:StringEquals': { 'aws:x': 'a' } }, empty).matched).toBe(false);
    expect(run({ Null: { 'aws:x': 'true' } }, empty).matched).toBe(true);
    expect(run({ StringEquals: { 'aws:x': 'a' } }, empty).traces[0]?.reason).toBe('key-missing');
  });
  it('values OR, negated values NOR, keys AND, operators AND', () => {
    const c = ctx({ 'aws:role': 'audit', 'aws:dept': 'finance' });
    expect(run({ StringEquals: { 'aws:role': ['x', 'audit'] } }, c).matched).toBe(true);
    expect(run({ StringNotEquals: { 'aws:role': ['x', 'audit'] } }, c).matched).toBe(false);
    expect(run({ StringNotEquals: { 'aws:role': ['x', 'y'] } }, c).matched).toBe(true);
    expect(run({ StringEquals: { 'aws:role': 'audit', 'aws:dept': 'sales' } }, c).matched).toBe(
      false,
    );
    expect(
      run({ StringEquals: { 'aws:role': 'audit' }, StringLike: { 'aws:dept': 'fin*' } }, c).matched,
    ).toBe(true);
  });
  it('set qualifiers compare every request value', () => {
    const c = ctx({ 'aws:TagKeys': ['env', 'owner'] });
    expect(
      run({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'owner', 'x'] } }, c).matched,
    ).toBe(true);
    expect(run({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } }, c).matched).toBe(false);
    expect(run({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['owner'] } }, c).matched).toBe(true);
    expect(
      run({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'env' } }, ctx({ 'aws:TagKeys': [] }))
        .matched,
    ).toBe(true);
  });
  it('condition key names ignore case', () => {
    expect(
      run({ StringEquals: { 'AWS:ROLE': 'audit' } }, ctx({ 'aws:role': 'audit' })).matched,
    ).toBe(true);
  });
  it('an unknown operator makes the block false and says so', () => {
    const r = run({ StringEqualz: { 'aws:role': 'audit' } }, ctx({ 'aws:role': 'audit' }));
    expect(r.matched).toBe(false);
    expect(r.traces[0]?.reason).toBe('unknown-operator');
    expect(r.traces[0]?.note).toEqual({
      code: 'operator-unknown',
      params: { operator: 'StringEqualz' },
    });
  });
  it('substitutes variables only when enabled, and an unresolved one matches nothing', () => {
    const c = ctx({ 'aws:username': 'david', 's3:prefix': 'home/david/' });
    expect(run({ StringLike: { 's3:prefix': 'home/${aws:username}/' } }, c).matched).toBe(true);
    expect(run({ StringLike: { 's3:prefix': 'home/${aws:username}/' } }, c, false).matched).toBe(
      false,
    );
    const r = run({ StringLike: { 's3:prefix': 'home/${aws:userid}/' } }, c);
    expect(r.matched).toBe(false);
    expect(r.traces[0]?.unresolved).toEqual(['aws:userid']);
  });
  it('does not substitute variables in Numeric values', () => {
    const c = ctx({ 'aws:n': '5', 'aws:limit': '10' });
    expect(run({ NumericLessThan: { 'aws:n': '${aws:limit}' } }, c).matched).toBe(false);
  });
  it('records operator, key, values and request values in the trace', () => {
    const r = run(
      { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      ctx({ 'aws:SourceIp': '203.0.113.7' }),
    );
    expect(r.traces[0]).toMatchObject({
      operator: 'IpAddress',
      key: 'aws:SourceIp',
      values: ['203.0.113.0/24'],
      contextValues: ['203.0.113.7'],
      result: true,
      reason: 'matched',
      path: ['Statement', 0, 'Condition', 'IpAddress', 'aws:SourceIp'],
    });
  });
  it('treats malformed blocks as not matching instead of throwing', () => {
    expect(run('nope', ctx({})).matched).toBe(false);
    expect(run({ StringEquals: 'nope' }, ctx({})).matched).toBe(false);
    expect(run({ StringEquals: { k: { nested: true } } }, ctx({ k: 'v' })).matched).toBe(false);
    const proto = run(JSON.parse('{"__proto__": {"k": "v"}}'), ctx({ k: 'v' }));
    expect(proto.matched).toBe(false);
    expect(proto.traces[0]?.reason).toBe('unknown-operator');
  });
});
