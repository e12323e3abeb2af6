import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { Catalog, seedScenario } from '../core';
import { createNodeSource } from '../platform/nodeCatalogSource';
import { renderScenario } from './index';
import { MAX_NODES } from './prepare';
import { bucketScenario, HOSTILE, hostileScenario, scenarioOf } from './testing/scenarios';

const catalog = new Catalog(createNodeSource());
const svg = (
  scenario = seedScenario(),
  lang: 'en' | 'ja' = 'en',
  theme: 'light' | 'dark' = 'light',
) => renderScenario(scenario, catalog, { format: 'svg', lang, theme });

/** Every attribute name and text in the document, read back by an independent XML parser. */
function parsed(doc: string): { attributes: string[]; texts: string[]; tags: string[] } {
  const tree: unknown = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    preserveOrder: true,
  }).parse(doc);
  const out = { attributes: [] as string[], texts: [] as string[], tags: [] as string[] };
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === ':@') out.attributes.push(...Object.keys(child as object));
      else if (key === '#text') out.texts.push(String(child));
      else {
        out.tags.push(key);
        walk(child);
      }
    }
  };
  walk(tree);
  return out;
}

describe('render --format svg', () => {
  it('draws the seed as well-formed SVG with every action, the caption and the IAM data date', async () => {
    const doc = await svg();
    expect(XMLValidator.validate(doc)).toBe(true);
    const { texts } = parsed(doc);
    // AmazonSSMManagedInstanceCore grants ssm:GetDocument and ssmmessages:OpenDataChannel (AWS
    // managed policy reference).
    expect(doc).toContain('data-action="ssm:GetDocument"');
    expect(doc).toContain('data-action="ssmmessages:OpenDataChannel"');
    expect(texts).toContain('GetDocument');
    expect(texts).toContain('EC2 instance → Systems Manager');
    expect(texts.some((t) => /^IAM role SSMInstanceRole · IAM data as of \d/.test(t))).toBe(true);
    expect(texts).toContain('ec2.amazonaws.com');
  });

  it('marks each action with its access level and verdict, and an explicit deny in red with a deny mark (never colour alone)', async () => {
    const doc = await svg(bucketScenario());
    expect(XMLValidator.validate(doc)).toBe(true);
    // Service Authorization Reference for Amazon S3: GetObject is Read, ListBucket is List,
    // DeleteObject is Write.
    const card = (action: string) =>
      doc.slice(doc.indexOf(`data-action="${action}"`)).split('</g>')[0] ?? '';
    expect(card('s3:GetObject')).toContain('>Read<');
    expect(card('s3:GetObject')).toContain('read the reports the job writes');
    expect(card('s3:ListBucket')).toContain('>List<');
    expect(card('s3:DeleteObject')).toContain('data-decision="ExplicitDeny"');
    expect(card('s3:DeleteObject')).toMatch(/<circle [^>]*fill="#c62828"/);
    expect(card('s3:DeleteObject')).toContain('class="ttl mono strike"');
    expect(card('s3:GetObject')).not.toContain('<circle');
    expect(card('s3:GetObject')).toContain('data-decision="Allow"');
    expect(card('s3:GetObject')).toContain('✓');
  });

  it('gives the same file for the same scenario (a docs pipeline diffs it)', async () => {
    const first = await svg(bucketScenario());
    const again = await svg(bucketScenario());
    expect(again).toBe(first);
  });

  it('follows the theme and the language', async () => {
    const light = await svg(seedScenario(), 'en', 'light');
    const dark = await svg(seedScenario(), 'ja', 'dark');
    expect(light).toContain('fill="#f6f7f9"');
    expect(dark).toContain('fill="#0f1419"');
    expect(dark).not.toContain('fill="#f6f7f9"');
    const { texts } = parsed(dark);
    expect(texts).toContain('信頼ポリシー');
    expect(texts).toContain('一時的な認証情報');
    expect(texts.some((t) => t.startsWith('IAM ロール SSMInstanceRole · IAM データ:'))).toBe(true);
    expect(dark).toContain('xml:lang="ja"');
  });

  it('keeps hostile names as text: no script, no event attribute, no external reference', async () => {
    const doc = await svg(hostileScenario());
    expect(XMLValidator.validate(doc)).toBe(true);
    const { attributes, texts, tags } = parsed(doc);
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('img');
    expect(tags).not.toContain('foreignObject');
    expect(attributes.filter((a) => /^@on/i.test(a) || /href$/i.test(a))).toEqual([]);
    expect(doc).not.toContain('<img');
    // XML 1.0 forbids C0 controls even as text (the validator above does not check characters).
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(doc)).toBe(false);
    // The escaped text reads back as the original characters.
    expect(
      texts.some((t) => t.includes('&lt;img src=x onerror=alert(1)&gt;') || t.includes(HOSTILE)),
    ).toBe(true);
    expect(doc).not.toMatch(/url\((?!#rm-arrow)/);
  });

  it('draws broken, deeply nested and empty documents without throwing', async () => {
    const scenario = scenarioOf({
      rolemap: 1,
      role: {
        name: 'Broken',
        trustPolicy: '{"Version": "2012-10-17", "Statement": [',
        permissionPolicies: [
          { name: 'Deep', document: '['.repeat(20_000) },
          { name: 'Empty', document: '' },
        ],
      },
    });
    for (const format of ['svg', 'md'] as const) {
      const out = await renderScenario(scenario, catalog, { format, lang: 'en', theme: 'light' });
      if (format === 'svg') expect(XMLValidator.validate(out)).toBe(true);
      else expect(out).toMatch(/### Error \(\d+\)/);
    }
  });

  it('draws a huge scenario as summary cards and says how many actions it shows', async () => {
    // 6 services × 25 actions (150 cards, more than a picture draws one by one).
    const prefixes = ['s3', 'ec2', 'iam', 'lambda', 'dynamodb', 'sqs'];
    const statements = prefixes.map((p) => ({
      Effect: 'Allow',
      Action: Array.from({ length: 25 }, (_, i) => `${p}:Action${i}`),
      Resource: '*',
    }));
    const scenario = scenarioOf({
      rolemap: 1,
      role: {
        name: 'Big',
        trustPolicy: JSON.stringify({
          Statement: {
            Effect: 'Allow',
            Principal: { Service: 'ec2.amazonaws.com' },
            Action: 'sts:AssumeRole',
          },
        }),
        permissionPolicies: [
          {
            name: 'Many',
            document: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
          },
        ],
      },
    });
    const doc = await svg(scenario);
    expect(XMLValidator.validate(doc)).toBe(true);
    expect(doc.includes('150 actions: each service is summarised by access level.')).toBe(true);
    expect(doc.includes('data-kind="action"')).toBe(false);
    expect((doc.match(/<g data-kind=/g) ?? []).length).toBeLessThanOrEqual(MAX_NODES);
  });
});
