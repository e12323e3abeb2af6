/**
 * fast-check arbitraries for the property-based tests: arbitrary text, text made of JSON's own
 * punctuation, arbitrary JSON, and JSON shaped like an IAM policy (the elements of AWS's "IAM JSON
 * policy elements reference": Version, Statement, Sid, Effect, Principal, NotPrincipal, Action,
 * NotAction, Resource, NotResource, Condition), with hostile keys and values mixed in.
 */
import fc from 'fast-check';

/**
 * Runs per property: enough to find shape bugs, small enough that every property file stays fast.
 * `FUZZ_RUNS=5000 npx vitest run src/**\/*.property.test.ts` hunts longer by hand.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150) || 150;

/**
 * Vitest's per-test limit for the properties: far above their usual second or two, so that a busy
 * machine (or FUZZ_RUNS) never fails them for being slow; no test here is about time.
 */
export const PROPERTY_TIMEOUT = 120_000 * Math.max(1, RUNS / 150);

/** Keys that break naive object code (prototype pollution, inherited names). */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Any text, including lone surrogates and control characters. */
export const anyText = fc.string({ unit: 'binary', maxLength: 400 });

/** Text built from JSON(C)'s punctuation and comment marks: mostly almost-JSON, often broken. */
export const jsonishText = fc.string({
  unit: fc.constantFrom(
    ...'{}[]":,/*#\n \\-.0123456789eEtrufalsn'.split(''),
    '"Statement"',
    '"Action"',
    '"s3:*"',
    '//',
    '/*',
    '*/',
    'null',
  ),
  maxLength: 300,
});

/** Any JSON value, hostile keys included. */
export const anyJson = fc.jsonValue({ maxDepth: 5 });

const str = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.constantFrom('*', '', '?', '${aws:username}', '${*}', '<img src=x onerror=alert(1)>'),
);

/** Strings shaped like actions, wildcards and junk: `s3:Get*`, `*`, `:`, `iam:`. */
export const actionish = fc.oneof(
  fc
    .tuple(fc.constantFrom('s3', 'iam', 'ec2', 'sts', 'ssm', 'nope', ''), str)
    .map(([svc, name]) => `${svc}:${name}`),
  str,
);

/** ARN-shaped strings, wildcards and junk. */
export const arnish = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('aws', 'aws-cn', '*', ''),
      fc.constantFrom('s3', 'iam', 'sts', '*'),
      fc.constantFrom('', 'us-east-1', '*'),
      fc.constantFrom('', '111122223333', '*', 'x'),
      str,
    )
    .map((p) => `arn:${p.join(':')}`),
  str,
);

const oneOrMany = <T>(a: fc.Arbitrary<T>) =>
  fc.oneof(a, fc.array(a, { maxLength: 4 }), anyJson as fc.Arbitrary<unknown>);

const principal = fc.oneof(
  fc.constant('*'),
  fc.record(
    {
      AWS: oneOrMany(fc.oneof(arnish, fc.constantFrom('111122223333', '*'))),
      Service: oneOrMany(fc.constantFrom('ec2.amazonaws.com', 'lambda.amazonaws.com', '*')),
      Federated: oneOrMany(str),
    },
    { requiredKeys: [] },
  ),
  anyJson,
);

const operator = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', 'ForAnyValue:', 'ForAllValues:'),
      fc.constantFrom(
        'StringEquals',
        'StringLike',
        'StringNotEquals',
        'ArnLike',
        'NumericLessThan',
        'DateGreaterThan',
        'Bool',
        'IpAddress',
        'Null',
      ),
      fc.constantFrom('', 'IfExists'),
    )
    .map((p) => p.join('')),
  str,
);

const conditionKey = fc.oneof(
  fc.constantFrom('aws:SourceIp', 'aws:username', 's3:prefix', 'sts:ExternalId', 'aws:CurrentTime'),
  str,
);

const condition = fc.oneof(
  fc.dictionary(
    operator,
    fc.oneof(
      fc.dictionary(conditionKey, oneOrMany(fc.oneof(str, fc.integer(), fc.boolean()))),
      anyJson,
    ),
    { maxKeys: 3 },
  ),
  anyJson,
);

const statement = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        Sid: fc.oneof(str, anyJson),
        Effect: fc.oneof(fc.constantFrom('Allow', 'Deny'), str),
        Principal: principal,
        NotPrincipal: principal,
        Action: oneOrMany(actionish),
        NotAction: oneOrMany(actionish),
        Resource: oneOrMany(arnish),
        NotResource: oneOrMany(arnish),
        Condition: condition,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyJson },
);

/** A value shaped like an IAM policy, as often wrong in its details as people write them. */
export const policyShaped: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.record(
      {
        Version: fc.oneof(fc.constantFrom('2012-10-17', '2008-10-17'), str),
        Id: str,
        Statement: fc.oneof(
          { weight: 4, arbitrary: fc.array(statement, { maxLength: 5 }) },
          { weight: 1, arbitrary: statement },
        ),
      },
      { requiredKeys: ['Statement'] },
    ),
    fc.dictionary(fc.constantFrom(...HOSTILE_KEYS), anyJson, { maxKeys: 2 }),
  )
  .map(([policy, extra]) => {
    // Own hostile keys, as JSON.parse would make them (a spread would drop `__proto__`).
    const out: Record<string, unknown> = { ...policy };
    for (const [k, v] of Object.entries(extra))
      Object.defineProperty(out, k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  });

/** Policy text: policy-shaped JSON, indented or not, sometimes with comments or cut short. */
export const policyText: fc.Arbitrary<string> = fc
  .tuple(policyShaped, fc.constantFrom('plain', 'indented', 'comment', 'hash', 'cut'), fc.nat())
  .map(([value, style, n]) => {
    const json = JSON.stringify(value, null, style === 'plain' ? undefined : 2);
    if (style === 'comment') return `// a comment <b>\n${json.replace(/\n/, '\n  /* inside */\n')}`;
    if (style === 'hash') return json.replace(/,\n/, ', # trailing note\n');
    if (style === 'cut') return json.slice(0, n % (json.length + 1));
    return json;
  });

/** Any of the above as text: what a user may paste anywhere. */
export const anyInputText: fc.Arbitrary<string> = fc.oneof(
  anyText,
  jsonishText,
  anyJson.map((v) => JSON.stringify(v)),
  policyText,
);
