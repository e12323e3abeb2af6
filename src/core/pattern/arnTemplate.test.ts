import { describe, expect, it } from 'vitest';
import { compileArnTemplate, fitArnTemplate, type TemplateSlot } from './arnTemplate';
import { resourceMatches } from './resourcePattern';

// "Can this Resource pattern name a resource of this ARN format?" The pattern is read as the
// engine reads Resource (IAM User Guide, "IAM JSON policy elements: Resource": `*` and `?` within
// a colon-separated segment, a segment-ending `*` across colons); a format's `${Variable}` is one
// or more characters of its kind. Checked against brute force over a small alphabet: a witness
// ARN must be matched by the engine's own matcher and be of the format; "no" must mean no string
// up to the bound is both.

const ANY: TemplateSlot = { accepts: (c) => c !== ':', fill: 'x' };
const SEGMENT: TemplateSlot = { accepts: (c) => c !== ':' && c !== '/', fill: 'x' };

/** Test-side reading of a template: a recogniser built from its pieces (test code may use RegExp). */
function templateRegExp(template: string, slot: (name: string) => TemplateSlot): RegExp {
  let source = '^';
  let pos = 0;
  while (pos < template.length) {
    const start = template.indexOf('${', pos);
    const end = start === -1 ? -1 : template.indexOf('}', start + 2);
    const literal = start === -1 ? template.slice(pos) : template.slice(pos, start);
    source += literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    if (start === -1 || end === -1) break;
    source += slot(template.slice(start + 2, end)) === SEGMENT ? '[^:/]+' : '[^:]+';
    pos = end + 1;
  }
  return new RegExp(`${source}$`);
}

function* strings(alphabet: readonly string[], max: number): Generator<string> {
  let layer = [''];
  yield '';
  for (let n = 1; n <= max; n += 1) {
    const next: string[] = [];
    for (const s of layer) for (const c of alphabet) next.push(s + c);
    yield* next;
    layer = next;
  }
}

/** A deterministic generator (xorshift), so the cases are the same on every run. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) % 1_000_000) / 1_000_000;
  };
}

describe('an ARN pattern against an ARN format', () => {
  const slots = (name: string) => (name === 'Seg' ? SEGMENT : ANY);
  const format = (text: string) => {
    const t = compileArnTemplate(text, slots);
    if (t === undefined) throw new Error('template');
    return t;
  };

  it.each([
    [
      'arn:aws:s3:::octo-artifacts/*',
      'arn:aws:s3:::${Seg}/${Key}',
      'arn:aws:s3:::octo-artifacts/x',
    ],
    ['arn:aws:s3:::octo-artifacts', 'arn:aws:s3:::${Seg}', 'arn:aws:s3:::octo-artifacts'],
    ['arn:aws:s3:::octo-artifacts', 'arn:aws:s3:::${Seg}/${Key}', undefined],
    ['arn:aws:s3:::octo-artifacts/*', 'arn:aws:s3:::${Seg}', undefined],
    ['*', 'arn:aws:s3:::${Seg}/${Key}', 'arn:aws:s3:::x/x'],
    ['arn:aws:s3:::*', 'arn:aws:s3:::${Seg}', 'arn:aws:s3:::x'],
    ['arn:aws:s3:::example-site', 'arn:aws:cloudfront::${Seg}:distribution/${Key}', undefined],
    [
      'arn:aws:logs:*:*:log-group:/aws/*:*',
      'arn:aws:logs:${Seg}:${Seg}:log-group:${Key}',
      // A log group's name holds no colon: `…:*` needs one more segment (a log stream's format).
      undefined,
    ],
    [
      'arn:aws:ssm:*:*:*',
      'arn:aws:ssm:${Seg}:${Seg}:document/${Key}',
      'arn:aws:ssm:x:x:document/x',
    ],
    [
      'arn:aws:ssm:*:*:doc?ment/*',
      'arn:aws:ssm:${Seg}:${Seg}:document/${Key}',
      'arn:aws:ssm:x:x:document/x',
    ],
    ['arn:aws:s3:::${aws:username}/*', 'arn:aws:s3:::${Seg}/${Key}', 'arn:aws:s3:::x/x'],
    ['arn:aws:s3:::a${*}b', 'arn:aws:s3:::${Seg}', 'arn:aws:s3:::a*b'],
  ])('%j fits %j → %j', (pattern, template, witness) => {
    const fit = fitArnTemplate(pattern, format(template));
    expect(fit).toEqual(witness === undefined ? { fits: false } : { fits: true, arn: witness });
  });

  it('agrees with brute force on random patterns and formats over a small alphabet', () => {
    const next = random(20260926);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const alphabet = ['a', '/', ':'];
    const all = [...strings(alphabet, 6)];
    let cases = 0;
    let fitting = 0;
    for (let round = 0; round < 1500; round += 1) {
      const template = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        pick(['a', '/', ':', '${Seg}', '${Key}']),
      ).join('');
      const pattern = Array.from({ length: Math.floor(next() * 5) }, () =>
        pick(['a', '/', ':', '*', '?']),
      ).join('');
      const fit = fitArnTemplate(pattern, format(template));
      const recognise = templateRegExp(template, slots);
      const brute = all.find((s) => recognise.test(s) && resourceMatches(pattern, s));
      const label = `${JSON.stringify(pattern)} vs ${JSON.stringify(template)}`;
      expect(fit.fits, label).not.toBe('undecided');
      if (fit.fits === true) {
        fitting += 1;
        // The witness is of the format and the engine's matcher says the pattern names it.
        expect(recognise.test(fit.arn), `${label} → ${fit.arn}`).toBe(true);
        expect(resourceMatches(pattern, fit.arn), `${label} → ${fit.arn}`).toBe(true);
      } else {
        expect(brute, label).toBeUndefined();
      }
      if (brute !== undefined) expect(fit.fits, `${label}: ${brute}`).toBe(true);
      cases += 1;
    }
    expect(cases).toBe(1500);
    expect(fitting).toBeGreaterThan(150);
  });

  it('stays bounded on hostile patterns: an answer, or "undecided" once its budget is spent', () => {
    const storm = `arn:aws:s3:::${'a*'.repeat(800)}b`;
    const fit = fitArnTemplate(storm, format('arn:aws:s3:::${Seg}/${Key}'), 50_000);
    expect(['undecided', true, false]).toContain(fit.fits);
    expect(fitArnTemplate('x'.repeat(5000), format('${Key}')).fits).toBe('undecided');
  });
});
