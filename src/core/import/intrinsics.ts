/**
 * CloudFormation's intrinsic functions in long form (`{"Ref": …}`, `{"Fn::Sub": …}`), resolved where
 * the template alone decides them (`Fn::Join` of known strings, `Fn::Sub` with its own variables,
 * `Fn::FindInMap` into `Mappings`, `Fn::Select`, `Fn::Split`) and otherwise turned into a visible
 * placeholder string: `{{Ref BucketName}}`, `{{GetAtt AppRole.Arn}}`, `{{ImportValue SharedKey}}`.
 * The double braces mean nothing to IAM, so a placeholder never reads as a policy variable.
 */
import { isRecord, own } from '../util/record';

/** What resolving gathered: how many placeholders were left, and the first one to show. */
export interface Placeholders {
  /** Each distinct placeholder left in the output. */
  seen: Set<string>;
  mappings?: Readonly<Record<string, unknown>>;
}

/** The intrinsic a one-key object is, or undefined for ordinary data. */
function intrinsicOf(value: Record<string, unknown>): [string, unknown] | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0] as string;
  const arg = value[key];
  if (key === 'Ref' || key.startsWith('Fn::')) return [key, arg];
  if (key === 'Condition' && typeof arg === 'string') return [key, arg];
  return undefined;
}

function placeholder(ph: Placeholders, text: string): string {
  const shown = `{{${text}}}`;
  ph.seen.add(shown);
  return shown;
}

/** A short readable form of an argument inside a placeholder. */
function brief(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(brief).join(', ');
  return '…';
}

/** Resolves every intrinsic in a value (the value's depth is already bounded by the import). */
export function resolveIntrinsics(value: unknown, ph: Placeholders): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveIntrinsics(v, ph));
  if (!isRecord(value)) return value;
  const fn = intrinsicOf(value);
  if (fn === undefined) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = resolveIntrinsics(v, ph);
    return out;
  }
  const [name, raw] = fn;
  if (name === 'Ref' || name === 'Condition') return placeholder(ph, `${name} ${brief(raw)}`);
  if (name === 'Fn::Sub') return sub(raw, ph);
  const arg = resolveIntrinsics(raw, ph);
  const short = name.slice(4);
  const args = Array.isArray(arg) ? arg : [];
  switch (name) {
    case 'Fn::GetAtt':
      return placeholder(
        ph,
        `GetAtt ${Array.isArray(arg) ? args.map(brief).join('.') : brief(arg)}`,
      );
    case 'Fn::Join': {
      const [sep, list] = args;
      if (
        typeof sep === 'string' &&
        Array.isArray(list) &&
        list.every((s) => typeof s === 'string')
      )
        return list.join(sep);
      break;
    }
    case 'Fn::Select': {
      const [index, list] = args;
      const n = typeof index === 'string' ? Number(index) : index;
      if (
        typeof n === 'number' &&
        Array.isArray(list) &&
        Number.isInteger(n) &&
        n >= 0 &&
        n < list.length
      )
        return list[n];
      break;
    }
    case 'Fn::Split': {
      const [sep, text] = args;
      if (typeof sep === 'string' && sep !== '' && typeof text === 'string') return text.split(sep);
      break;
    }
    case 'Fn::FindInMap': {
      const found = findInMap(ph.mappings, args);
      if (found !== undefined) return found;
      break;
    }
    case 'Fn::If': {
      const [cond, yes, no] = args;
      if (typeof yes === 'string' && typeof no === 'string')
        return placeholder(ph, `If ${brief(cond)} ? ${yes} : ${no}`);
      return placeholder(ph, `If ${brief(cond)}`);
    }
  }
  return placeholder(ph, `${short} ${brief(arg)}`.trim());
}

function findInMap(mappings: Readonly<Record<string, unknown>> | undefined, args: unknown[]) {
  if (!mappings || args.length < 3 || !args.every((a) => typeof a === 'string')) return undefined;
  const [map, top, second] = args as [string, string, string];
  const level1 = own(mappings, map);
  const level2 = isRecord(level1) ? own(level1, top) : undefined;
  return isRecord(level2) ? own(level2, second) : undefined;
}

/** `Fn::Sub`: `${Name}` from its own variable map, else a placeholder; `${!Literal}` is `${Literal}`. */
function sub(raw: unknown, ph: Placeholders): unknown {
  const [template, vars] = Array.isArray(raw) ? raw : [raw, undefined];
  if (typeof template !== 'string') return placeholder(ph, `Sub ${brief(template)}`);
  const values = isRecord(vars)
    ? (resolveIntrinsics(vars, ph) as Record<string, unknown>)
    : undefined;
  return template.replace(/\$\{([^}]*)\}/g, (_m, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    const own_ = values ? own(values, inner) : undefined;
    if (typeof own_ === 'string' || typeof own_ === 'number') return String(own_);
    const dot = inner.indexOf('.');
    return dot > 0 && !inner.startsWith('AWS::')
      ? placeholder(ph, `GetAtt ${inner}`)
      : placeholder(ph, `Ref ${inner}`);
  });
}
