import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeScenario, encodeScenario, sameSharedContent } from './codec';
import { expandDocument, minifyDocument } from './compact';
import { seedScenario } from './seed';
import type { Scenario } from './types';

// The EC2 trust policy from AWS's IAM User Guide, "Using an IAM role to grant permissions to
// applications running on Amazon EC2 instances"
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html).
const EC2_TRUST = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": { "Service": "ec2.amazonaws.com" },
            "Action": "sts:AssumeRole"
        }
    ]
}`;

// A condition whose value has blanks inside a string: from the IAM User Guide's
// "IAM JSON policy elements: Condition operators" (aws:PrincipalTag with a space in the value).
const WITH_SPACES = `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": "iam:ListUsers",
    "Resource": "*",
    "Condition": { "StringEquals": { "aws:PrincipalTag/team": "Blue Team \\"A\\"" } }
  }]
}`;

const COMMENTED = `{
  "Version": "2012-10-17", // the current policy language
  "Statement": [
    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*" } # read only
  ]
}`;

function scenarioWith(trust: string, permission: string): Scenario {
  const seed = seedScenario();
  return {
    ...seed,
    role: {
      ...seed.role,
      trustPolicy: trust,
      permissionPolicies: [{ id: 'permission:0', name: 'P', managed: false, document: permission }],
    },
  };
}

describe('minifying documents for a share link', () => {
  it('takes out only the blanks between tokens of a document without comments', () => {
    expect(minifyDocument(EC2_TRUST)).toBe(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
    );
    const small = minifyDocument(WITH_SPACES);
    expect(small).toContain('"Blue Team \\"A\\""');
    expect(JSON.parse(small)).toEqual(JSON.parse(WITH_SPACES));
  });

  it('keeps a document with comments, a syntax error or a trailing comma exactly as written', () => {
    expect(minifyDocument(COMMENTED)).toBe(COMMENTED);
    const broken = '{ "Version": "2012-10-17", "Statement": [ ';
    expect(minifyDocument(broken)).toBe(broken);
    const trailing = '{ "Action": ["s3:GetObject", ] }';
    expect(minifyDocument(trailing)).toBe(trailing);
  });

  it('keeps duplicate keys, key order and number literals (a parse-and-stringify would not)', () => {
    const text = '{ "b": 1.50, "a": 1e3, "b": 2, "10": "x", "2": "y" }';
    expect(minifyDocument(text)).toBe('{"b":1.50,"a":1e3,"b":2,"10":"x","2":"y"}');
  });

  it('indents a one-line document on opening, and that indentation minifies back', () => {
    const opened = expandDocument(minifyDocument(EC2_TRUST));
    expect(opened.split('\n').length).toBeGreaterThan(5);
    expect(JSON.parse(opened)).toEqual(JSON.parse(EC2_TRUST));
    expect(minifyDocument(opened)).toBe(minifyDocument(EC2_TRUST));
    // Text that already has lines, or comments, is the author's layout: left alone.
    expect(expandDocument(EC2_TRUST)).toBe(EC2_TRUST);
    expect(expandDocument('{"a":1} // one line')).toBe('{"a":1} // one line');
  });
});

describe('compact share links', () => {
  it('are still LZString of the scenario file, just with minified text, and shorter', () => {
    const s = scenarioWith(EC2_TRUST, COMMENTED);
    const payload = encodeScenario(s);
    const file: unknown = JSON.parse(LZString.decompressFromEncodedURIComponent(payload));
    expect(file).toMatchObject({
      rolemap: 1,
      role: {
        trustPolicy: minifyDocument(EC2_TRUST),
        permissionPolicies: [{ name: 'P', managed: false, document: COMMENTED }],
      },
    });
    const verbatim = LZString.compressToEncodedURIComponent(
      JSON.stringify({
        ...(file as object),
        role: { ...(file as { role: object }).role, trustPolicy: EC2_TRUST },
      }),
    );
    expect(payload.length).toBeLessThan(verbatim.length);
  });

  it('open with the same content, comments verbatim, and an old (unminified) link still opens', () => {
    const s = scenarioWith(EC2_TRUST, COMMENTED);
    const back = decodeScenario(encodeScenario(s));
    if (!back.ok) throw new Error('unreadable');
    expect(back.scenario.role.permissionPolicies[0]?.document).toBe(COMMENTED);
    expect(JSON.parse(back.scenario.role.trustPolicy)).toEqual(JSON.parse(EC2_TRUST));
    expect(sameSharedContent(back.scenario, s)).toBe(true);

    const old = LZString.compressToEncodedURIComponent(
      JSON.stringify({
        rolemap: 1,
        role: {
          name: 'R',
          trustPolicy: EC2_TRUST,
          permissionPolicies: [{ name: 'P', document: WITH_SPACES }],
        },
      }),
    );
    const oldBack = decodeScenario(old);
    if (!oldBack.ok) throw new Error('unreadable');
    expect(oldBack.scenario.role.trustPolicy).toBe(EC2_TRUST);
    expect(oldBack.scenario.role.permissionPolicies[0]?.document).toBe(WITH_SPACES);
  });

  it('tell apart scenarios that differ in more than whitespace', () => {
    const a = scenarioWith(EC2_TRUST, WITH_SPACES);
    const b = scenarioWith(EC2_TRUST.replace('ec2.', 'lambda.'), WITH_SPACES);
    expect(sameSharedContent(a, b)).toBe(false);
    expect(sameSharedContent(a, scenarioWith(minifyDocument(EC2_TRUST), WITH_SPACES))).toBe(true);
  });
});
