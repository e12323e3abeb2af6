import { describe, expect, it } from 'vitest';
import {
  derivedTitle,
  readScenarioValue,
  seedScenario,
  toScenarioFile,
  withDocText,
  withTitle,
} from './index';
import { s3Policy } from './testing/policies';

describe('the scenario title', () => {
  it('is set, normalised and removed by withTitle (a blank title is no title)', () => {
    const seed = seedScenario();
    const titled = withTitle(seed, '  Lambda   → CloudWatch Logs ');
    expect(titled.title).toBe('Lambda → CloudWatch Logs');
    expect(toScenarioFile(titled).title).toBe('Lambda → CloudWatch Logs');
    const untitled = withTitle(titled, '   ');
    expect('title' in untitled).toBe(false);
    expect(toScenarioFile(untitled)).not.toHaveProperty('title');
    expect(withTitle(untitled, '')).toBe(untitled);
    expect(withTitle(titled, 'Lambda → CloudWatch Logs')).toBe(titled);
  });

  it('is derived from who the trust policy admits and which services the role may use', () => {
    expect(derivedTitle(seedScenario())).toEqual({
      principals: ['ec2.amazonaws.com'],
      services: ['ssm', 'ssmmessages', 'ec2messages'],
    });
    const read = readScenarioValue({
      rolemap: 1,
      role: {
        name: 'R',
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: ['111122223333', 'arn:aws:iam::444455556666:root'] },
              Action: 'sts:AssumeRole',
            },
            { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' },
            { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:TagSession' },
          ],
        },
        permissionPolicies: [{ name: 'P', document: s3Policy }],
      },
    });
    if (!read.ok) throw new Error('unreadable');
    // Deny statements grant nothing, so they do not name the role's subject; prefixes are case-insensitive.
    expect(derivedTitle(read.scenario)).toEqual({
      principals: ['111122223333', 'arn:aws:iam::444455556666:root'],
      services: ['s3', 'logs'],
    });
  });

  it('derives nothing from unreadable policies instead of throwing', () => {
    const seed = seedScenario();
    const broken = withDocText(withDocText(seed, 'trust', '{ "Statement": ['), 'permission:0', '');
    expect(derivedTitle(broken)).toEqual({ principals: [], services: [] });
  });
});
