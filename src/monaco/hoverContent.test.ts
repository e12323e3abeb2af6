import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../core';
import { createNodeSource } from '../platform/nodeCatalogSource';
import { translate } from '../i18n';
import { actionHover, conditionKeyHover, escapeMarkdown, operatorHover } from './hoverContent';

const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);
/** Hover Markdown as plain text: what a reader sees. */
const plain = (parts: string[]) => parts.join('\n').replace(/\\(.)/g, '$1');

const catalog = new Catalog(createNodeSource());
beforeAll(async () => {
  await catalog.load(['ssm', 'iam']);
});

describe('actionHover', () => {
  // Service Authorization Reference, AWS Systems Manager: GetDocument is a Read action on the
  // `document` resource type, arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName}.
  it('describes an action from the catalog, with its resource ARN template and reference page', () => {
    const text = plain(actionHover(t, catalog, 'ssm:GetDocument'));
    expect(text).toContain('Access level: Read');
    expect(text).toMatch(/`document` \(required\)/);
    expect(text).toContain('arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName}');
    expect(text).toContain('Actions, resources, and condition keys for AWS Systems Manager');
  });

  it('is case-insensitive like IAM and shows AWS casing', () => {
    expect(plain(actionHover(t, catalog, 'SSM:getdocument'))).toContain('ssm:GetDocument');
  });

  it('lists what a wildcard matches', () => {
    const text = plain(actionHover(t, catalog, 'ssm:GetDocument*'));
    expect(text).toMatch(/Matches \d+ actions of AWS Systems Manager/);
    expect(text).toContain('ssm:GetDocument');
  });

  it('names an unknown service prefix, and leaves unknown actions to the linter marker', () => {
    expect(plain(actionHover(t, catalog, 'nosuchsvc:Get'))).toContain(
      '"nosuchsvc" is not a known service prefix',
    );
    expect(actionHover(t, catalog, 'ssm:GetDocumnet')).toEqual([]);
  });
});

describe('operatorHover', () => {
  // IAM JSON policy elements: Condition operators.
  it('explains qualifiers, IfExists and the value type', () => {
    const text = plain(operatorHover(t, 'ForAnyValue:StringLikeIfExists'));
    expect(text).toContain('ForAnyValue:');
    expect(text).toContain('IfExists:');
    expect(text).toContain('Value type: String');
  });
  it('marks negated operators and reads IP operators', () => {
    expect(plain(operatorHover(t, 'StringNotEquals'))).toContain('Negated operator');
    expect(plain(operatorHover(t, 'NotIpAddress'))).toContain('IP address or CIDR range');
  });
  it('says when a name is not an operator (Null cannot take IfExists)', () => {
    expect(plain(operatorHover(t, 'StringEqual'))).toContain('is not a condition operator');
    expect(plain(operatorHover(t, 'NullIfExists'))).toContain('is not a condition operator');
  });
});

describe('conditionKeyHover', () => {
  // AWS global condition context keys: aws:SourceIp is an IP address key.
  it('gives a global key its description and type', () => {
    const text = plain(conditionKeyHover(t, catalog, 'aws:SourceIp'));
    expect(text).toContain('aws:SourceIp');
    expect(text).toMatch(/Value type: IP ?Address/i);
  });
  it('says when a key is unknown', () => {
    expect(plain(conditionKeyHover(t, catalog, 'aws:NoSuchKey'))).toContain('Not a condition key');
  });
});

describe('escapeMarkdown', () => {
  it('keeps catalog text literal', () => {
    expect(escapeMarkdown('a*b_[c](d)')).toBe('a\\*b\\_\\[c\\]\\(d\\)');
  });
});
