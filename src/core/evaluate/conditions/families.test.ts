import { describe, expect, it } from 'vitest';
import { ARN_OPERATORS } from './arn';
import { BINARY_OPERATORS, decodeBase64 } from './binary';
import { BOOL_OPERATORS } from './bool';
import { DATE_OPERATORS, parseDate } from './date';
import { IP_OPERATORS, parseRange } from './ipAddress';
import { nullCheck } from './null';
import { NUMERIC_OPERATORS, parseNumber } from './numeric';
import { STRING_OPERATORS } from './string';
import { pv } from './testValue';
import type { OperatorSpec } from './types';

function op(table: Record<string, OperatorSpec>, name: string): OperatorSpec {
  const spec = table[name];
  if (!spec) throw new Error(`no operator ${name}`);
  return spec;
}

// Source for every expectation here: AWS docs, "IAM JSON policy elements: Condition operators".
describe('String operators', () => {
  it('StringEquals is exact and case-sensitive', () => {
    const s = op(STRING_OPERATORS, 'StringEquals');
    expect(s.matches(pv('iamuser-admin'), 'iamuser-admin')).toBe(true);
    expect(s.matches(pv('iamuser-admin'), 'IAMUSER-admin')).toBe(false);
    expect(s.matches(pv('a*'), 'abc')).toBe(false);
  });
  it('IgnoreCase variants fold case', () => {
    expect(op(STRING_OPERATORS, 'StringEqualsIgnoreCase').matches(pv('Finance'), 'FINANCE')).toBe(
      true,
    );
  });
  it('StringLike supports * and ? anywhere', () => {
    const like = op(STRING_OPERATORS, 'StringLike');
    expect(like.matches(pv('home/*'), 'home/alice/')).toBe(true);
    expect(like.matches(pv('t?.micro'), 't2.micro')).toBe(true);
    expect(like.matches(pv('t?.micro'), 't22.micro')).toBe(false);
    expect(like.matches(pv('*admin*'), 'superadminuser')).toBe(true);
  });
  it('negated operators are flagged so the evaluator applies NOR', () => {
    for (const name of ['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike']) {
      expect(op(STRING_OPERATORS, name).negated).toBe(true);
    }
    expect(op(STRING_OPERATORS, 'StringLike').negated).toBe(false);
  });
});

describe('Numeric operators', () => {
  it('compare as numbers (integers and decimals)', () => {
    expect(op(NUMERIC_OPERATORS, 'NumericLessThan').matches(pv('3600'), '300')).toBe(true);
    expect(op(NUMERIC_OPERATORS, 'NumericLessThanEquals').matches(pv('10'), '10')).toBe(true);
    expect(op(NUMERIC_OPERATORS, 'NumericGreaterThan').matches(pv('1.5'), '1.25')).toBe(false);
    expect(op(NUMERIC_OPERATORS, 'NumericGreaterThanEquals').matches(pv('5'), '5')).toBe(true);
    expect(op(NUMERIC_OPERATORS, 'NumericEquals').matches(pv('1.5'), '1.50')).toBe(true);
  });
  it('non-numbers match nothing', () => {
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('0x10')).toBeUndefined();
    expect(parseNumber('ten')).toBeUndefined();
    expect(op(NUMERIC_OPERATORS, 'NumericEquals').matches(pv('abc'), 'abc')).toBe(false);
  });
});

describe('Date operators', () => {
  it('read ISO 8601 and epoch seconds as the same instant', () => {
    expect(parseDate('2020-01-01T00:00:00Z')).toBe(parseDate('1577836800'));
    expect(parseDate('2020-01-01T01:00:00+01:00')).toBe(parseDate('2020-01-01T00:00:00Z'));
    expect(parseDate('2020-01-01')).toBe(Date.UTC(2020, 0, 1));
    expect(parseDate('not a date')).toBeUndefined();
  });
  it('compare request time against the policy time', () => {
    expect(
      op(DATE_OPERATORS, 'DateGreaterThan').matches(
        pv('2020-01-01T00:00:01Z'),
        '2020-06-01T00:00:00Z',
      ),
    ).toBe(true);
    expect(
      op(DATE_OPERATORS, 'DateLessThan').matches(
        pv('2020-01-01T00:00:00Z'),
        '2025-01-01T00:00:00Z',
      ),
    ).toBe(false);
    expect(op(DATE_OPERATORS, 'DateEquals').matches(pv('2020-01-01T00:00:00Z'), '1577836800')).toBe(
      true,
    );
    expect(
      op(DATE_OPERATORS, 'DateLessThanEquals').matches(
        pv('2020-01-01T00:00:00Z'),
        '2020-01-01T00:00:00Z',
      ),
    ).toBe(true);
    expect(
      op(DATE_OPERATORS, 'DateGreaterThanEquals').matches(pv('2020-01-02'), '2020-01-01'),
    ).toBe(false);
  });
});

describe('Bool', () => {
  it('compares true/false', () => {
    const b = op(BOOL_OPERATORS, 'Bool');
    expect(b.matches(pv('false'), 'false')).toBe(true);
    expect(b.matches(pv('true'), 'false')).toBe(false);
    expect(b.matches(pv('yes'), 'true')).toBe(false);
  });
});

describe('BinaryEquals', () => {
  it('compares decoded bytes of base-64 values', () => {
    const b = op(BINARY_OPERATORS, 'BinaryEquals');
    expect(b.matches(pv('QmluYXJ5VmFsdWVJbkJhc2U2NA=='), 'QmluYXJ5VmFsdWVJbkJhc2U2NA==')).toBe(
      true,
    );
    expect(b.matches(pv('QmluYXJ5VmFsdWVJbkJhc2U2NA=='), 'T3RoZXJWYWx1ZQ==')).toBe(false);
    expect(decodeBase64('QmluYXJ5VmFsdWVJbkJhc2U2NA==')).toBe('BinaryValueInBase64');
    expect(decodeBase64('not base64!')).toBeUndefined();
  });
});

describe('IP address operators', () => {
  const ip = op(IP_OPERATORS, 'IpAddress');
  it('match IPv4 and IPv6 CIDR ranges', () => {
    expect(ip.matches(pv('203.0.113.0/24'), '203.0.113.255')).toBe(true);
    expect(ip.matches(pv('203.0.113.0/24'), '203.0.114.1')).toBe(false);
    expect(ip.matches(pv('2001:DB8:1234:5678::/64'), '2001:db8:1234:5678:abcd::1')).toBe(true);
    expect(ip.matches(pv('2001:DB8:1234:5678::/64'), '203.0.113.1')).toBe(false);
  });
  it('treats a bare address as /32 and ignores junk', () => {
    expect(parseRange('203.0.113.10')?.[1]).toBe(32);
    expect(ip.matches(pv('203.0.113.10'), '203.0.113.10')).toBe(true);
    expect(ip.matches(pv('nonsense'), '203.0.113.10')).toBe(false);
    expect(ip.matches(pv('203.0.113.0/24'), 'nonsense')).toBe(false);
  });
  it('NotIpAddress is the negated form', () => {
    expect(op(IP_OPERATORS, 'NotIpAddress').negated).toBe(true);
  });
});

describe('ARN operators', () => {
  const like = op(ARN_OPERATORS, 'ArnLike');
  it('match the six components separately', () => {
    expect(
      like.matches(
        pv('arn:aws:sns:*:111122223333:topic-*'),
        'arn:aws:sns:us-east-2:111122223333:topic-a',
      ),
    ).toBe(true);
    expect(
      like.matches(
        pv('arn:aws:someservice:*:111122223333:finance/*'),
        'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
      ),
    ).toBe(false);
  });
  it('are case-sensitive and need a full ARN', () => {
    expect(
      like.matches(pv('arn:aws:iam::111122223333:user/Bob'), 'arn:aws:iam::111122223333:user/bob'),
    ).toBe(false);
    expect(like.matches(pv('arn:aws:iam::111122223333:user/Bob'), 'not-an-arn')).toBe(false);
  });
  it('ArnEquals behaves like ArnLike; the Not forms are negated', () => {
    expect(
      op(ARN_OPERATORS, 'ArnEquals').matches(pv('arn:aws:s3:::b*'), 'arn:aws:s3:::bucket'),
    ).toBe(true);
    expect(op(ARN_OPERATORS, 'ArnNotEquals').negated).toBe(true);
    expect(op(ARN_OPERATORS, 'ArnNotLike').negated).toBe(true);
  });
});

describe('Null', () => {
  it('true means absent, false means present', () => {
    expect(nullCheck(pv('true'), false)).toBe(true);
    expect(nullCheck(pv('true'), true)).toBe(false);
    expect(nullCheck(pv('false'), true)).toBe(true);
    expect(nullCheck(pv('maybe'), true)).toBe(false);
  });
});
