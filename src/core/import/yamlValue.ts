/**
 * YAML to plain data for CloudFormation templates: the short-form intrinsics (`!Ref`, `!Sub`,
 * `!GetAtt`…) become their long forms (`{"Ref": …}`, `{"Fn::Sub": …}`), per the CloudFormation
 * User Guide's "Intrinsic function reference". Objects have no prototype (a `__proto__` key is
 * just a key), and depth and alias expansion are bounded.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { MAX_IMPORT_DEPTH, MAX_IMPORT_VALUES } from './limits';
import type { ImportError } from './types';

/** Short-form tags and the long-form key each stands for. */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ...[
    'Sub',
    'GetAtt',
    'Join',
    'Select',
    'Split',
    'If',
    'Equals',
    'FindInMap',
    'ImportValue',
    'GetAZs',
    'Base64',
    'Cidr',
    'Not',
    'And',
    'Or',
    'Length',
    'ToJsonString',
  ].map((name): [string, string] => [`!${name}`, `Fn::${name}`]),
]);

/** Most alias expansions read (yaml's own `toJS` stops at 100; real templates use a handful). */
export const MAX_YAML_ALIASES = 1000;

interface Walk {
  doc: Document;
  left: number;
  aliases: number;
  anchors: Map<string, unknown>;
}

class Bound extends Error {
  constructor(readonly error: ImportError) {
    super(error.code);
  }
}

export type YamlRead = { ok: true; value: unknown } | { ok: false; error: ImportError };

/** Parses YAML text into plain data with CloudFormation's long forms; never throws. */
export function readYaml(text: string): YamlRead {
  let doc: Document;
  try {
    doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  } catch {
    return { ok: false, error: { code: 'too-deep', params: { limit: MAX_IMPORT_DEPTH } } };
  }
  const first = doc.errors[0];
  if (first !== undefined) {
    const detail = first.message.split('\n')[0] ?? '';
    const line = first.linePos?.[0].line;
    const params = line !== undefined ? { detail, line } : { detail };
    return { ok: false, error: { code: 'not-json-or-yaml', params } };
  }
  // Anchors are looked up once: yaml's Alias.resolve searches the whole document each time.
  const anchors = new Map<string, unknown>();
  visit(doc, (_key, node) => {
    // A document of comments only has null contents, which visit() hands over as a node.
    const anchor = (node as { anchor?: unknown } | null)?.anchor;
    if (typeof anchor === 'string') anchors.set(anchor, node);
  });
  const walk: Walk = { doc, left: MAX_IMPORT_VALUES, aliases: 0, anchors };
  try {
    return { ok: true, value: toValue(walk, doc.contents, 0) };
  } catch (error) {
    if (error instanceof Bound) return { ok: false, error: error.error };
    return { ok: false, error: { code: 'too-deep', params: { limit: MAX_IMPORT_DEPTH } } };
  }
}

function toValue(walk: Walk, node: unknown, depth: number): unknown {
  if (--walk.left < 0)
    throw new Bound({ code: 'too-many-values', params: { limit: MAX_IMPORT_VALUES } });
  if (depth > MAX_IMPORT_DEPTH)
    throw new Bound({ code: 'too-deep', params: { limit: MAX_IMPORT_DEPTH } });
  if (isAlias(node)) {
    if (++walk.aliases > MAX_YAML_ALIASES)
      throw new Bound({ code: 'too-many-aliases', params: { limit: MAX_YAML_ALIASES } });
    return toValue(walk, walk.anchors.get(node.source), depth + 1);
  }
  const plain = plainValue(walk, node, depth);
  const tag = (node as Node | null)?.tag;
  const long = tag !== undefined ? SHORT_FORMS.get(tag) : undefined;
  if (long === undefined) return plain;
  // `!GetAtt Role.Arn` is the scalar form of `["Role", "Arn"]`.
  const arg =
    long === 'Fn::GetAtt' && typeof plain === 'string' && plain.includes('.')
      ? splitAtFirstDot(plain)
      : plain;
  const out = Object.create(null) as Record<string, unknown>;
  out[long] = arg;
  return out;
}

function plainValue(walk: Walk, node: unknown, depth: number): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map((item) => toValue(walk, item, depth + 1));
  if (isMap(node)) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const pair of node.items) {
      const key = toValue(walk, pair.key, depth + 1);
      out[String(key)] = toValue(walk, pair.value, depth + 1);
    }
    return out;
  }
  return null;
}

/** `Role.Arn` → `['Role', 'Arn']`: the short form of GetAtt names the resource and the attribute. */
function splitAtFirstDot(text: string): [string, string] {
  const dot = text.indexOf('.');
  return [text.slice(0, dot), text.slice(dot + 1)];
}
