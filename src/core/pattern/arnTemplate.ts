/**
 * Can a Resource pattern (`arn:aws:s3:::octo-artifacts/*`) name a resource of a given type, whose
 * ARN format the service authorization reference writes as a template
 * (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`)? And if so, which concrete ARN stands for
 * it? Both are one walk over pattern × template positions (never a RegExp built from input),
 * with the pattern read as resourcePattern.ts matches it: `*` and `?` stay inside a
 * colon-separated segment, except that a `*` ending a segment may run on across colons.
 * The walk visits each (pattern position, template position) state at most once and stops at a
 * bound, answering "undecided" rather than working on.
 */
import { toChars } from './glob';

/** What a template variable (`${BucketName}`) may hold, and the value a witness gives it. */
export interface TemplateSlot {
  /** Whether one character may appear in the variable's value. */
  accepts(char: string): boolean;
  /** The value a witness ARN uses when the pattern leaves the variable free; every character accepted. */
  fill: string;
}

/** A variable with what the walk asks of it worked out once. */
interface SlotToken {
  kind: 'slot';
  slot: TemplateSlot;
  /** The fill, when the slot accepts all of it. */
  fill?: string;
  /** The fill has a colon: only a segment-ending `*` may cover it. */
  fillColon: boolean;
  /** The first character of the fill the slot accepts that is not a colon, for a `?`. */
  oneChar?: string;
}

type TemplateToken = { kind: 'char'; char: string } | SlotToken;

function slotToken(slot: TemplateSlot): SlotToken {
  const chars = toChars(slot.fill);
  const whole = chars.length > 0 && chars.every((c) => slot.accepts(c));
  const oneChar = chars.find((c) => c !== ':' && slot.accepts(c));
  return {
    kind: 'slot',
    slot,
    ...(whole ? { fill: slot.fill } : {}),
    fillColon: chars.includes(':'),
    ...(oneChar !== undefined ? { oneChar } : {}),
  };
}

/** A compiled ARN template: its text, and its characters and variables in order. */
export interface ArnTemplate {
  readonly text: string;
  readonly tokens: readonly TemplateToken[];
}

/** Templates longer than this are not compiled (the longest in the catalog is under 300). */
const MAX_TEMPLATE = 1024;
/** Patterns longer than this are not walked (IAM policies rarely hold ARNs past a few hundred). */
const MAX_PATTERN = 2048;
/** States one question may visit before it answers "undecided". */
export const ARN_TEMPLATE_BUDGET = 200_000;

/**
 * Compiles `arn:${Partition}:s3:::${BucketName}` into characters and variables; `slotFor` says
 * what each variable may hold. Undefined when the template is too long to walk.
 */
export function compileArnTemplate(
  text: string,
  slotFor: (name: string) => TemplateSlot,
): ArnTemplate | undefined {
  if (typeof text !== 'string' || text.length > MAX_TEMPLATE) return undefined;
  const tokens: TemplateToken[] = [];
  let pos = 0;
  while (pos < text.length) {
    const start = text.indexOf('${', pos);
    const end = start === -1 ? -1 : text.indexOf('}', start + 2);
    const literal = start === -1 || end === -1 ? text.slice(pos) : text.slice(pos, start);
    for (const char of toChars(literal)) tokens.push({ kind: 'char', char });
    if (start === -1 || end === -1) break;
    tokens.push(slotToken(slotFor(text.slice(start + 2, end))));
    pos = end + 1;
  }
  return { text, tokens };
}

const CHAR = 0;
/** `?`: one character, never a colon. */
const ONE = 1;
/** `*` inside a segment: any run without a colon. */
const STAR = 2;
/** `*` that ends a segment (or the pattern): any run, colons included. */
const STAR_ANY = 3;

interface PatternToken {
  kind: number;
  char: string;
}

/** Reads a Resource pattern: `${*}`, `${?}`, `${$}` are literal; any other `${…}` is an unknown value. */
function readPattern(text: string): PatternToken[] {
  const raw: PatternToken[] = [];
  let pos = 0;
  while (pos < text.length) {
    const start = text.indexOf('${', pos);
    const end = start === -1 ? -1 : text.indexOf('}', start + 2);
    const plain = start === -1 || end === -1 ? text.slice(pos) : text.slice(pos, start);
    for (const char of toChars(plain)) {
      raw.push({ kind: char === '*' ? STAR : char === '?' ? ONE : CHAR, char });
    }
    if (start === -1 || end === -1) break;
    const inner = text.slice(start + 2, end).trim();
    if (inner === '*' || inner === '?' || inner === '$') raw.push({ kind: CHAR, char: inner });
    // A policy variable's value is not known here: it may be any run within its segment.
    else raw.push({ kind: STAR, char: '*' });
    pos = end + 1;
  }
  const out: PatternToken[] = [];
  for (const token of raw) {
    const last = out[out.length - 1];
    if (token.kind === STAR && last !== undefined && last.kind === STAR) continue;
    out.push(token);
  }
  for (let i = 0; i < out.length; i += 1) {
    const token = out[i] as PatternToken;
    const next = out[i + 1];
    if (token.kind === STAR && (next === undefined || (next.kind === CHAR && next.char === ':')))
      token.kind = STAR_ANY;
  }
  return out;
}

/** The answer: whether the pattern can name a resource of the template, with one such ARN. */
export type TemplateFit =
  | { fits: true; arn: string }
  | { fits: false }
  /** The bound was reached (or the input is too long): nobody knows. */
  | { fits: 'undecided' };

const UNDECIDED: TemplateFit = { fits: 'undecided' };
const NO: TemplateFit = { fits: false };

/** A move of the walk: the characters it adds to the witness and the state it leads to. */
interface Move {
  emit: string;
  p: number;
  t: number;
  started: boolean;
}

function patternAllows(token: PatternToken, char: string): boolean {
  if (token.kind === CHAR) return token.char === char;
  if (token.kind === STAR_ANY) return true;
  return char !== ':';
}

/**
 * Whether `pattern` (a Resource entry as written) can name a resource whose ARN has the form
 * `template`, and if so one concrete ARN that it names (variables the pattern leaves free take
 * their slot's `fill`). Deterministic; bounded by `budget` visited states.
 */
export function fitArnTemplate(
  pattern: string,
  template: ArnTemplate,
  budget: number = ARN_TEMPLATE_BUDGET,
): TemplateFit {
  if (typeof pattern !== 'string' || pattern.length > MAX_PATTERN) return UNDECIDED;
  const p = readPattern(pattern);
  const t = template.tokens;
  const width = t.length + 1;
  // Each state (pattern position, template position, inside a started variable) is tried once.
  const seen = new Uint8Array((p.length + 1) * width * 2);
  const stateOf = (pi: number, ti: number, started: boolean) =>
    (pi * width + ti) * 2 + (started ? 1 : 0);

  const movesFrom = (pi: number, ti: number, started: boolean): Move[] => {
    const pt = p[pi];
    const tt = t[ti];
    const moves: Move[] = [];
    if (tt !== undefined && tt.kind === 'slot') {
      const { slot } = tt;
      const star = pt !== undefined && (pt.kind === STAR || pt.kind === STAR_ANY);
      const fill =
        star && tt.fill !== undefined && (pt.kind === STAR_ANY || !tt.fillColon)
          ? tt.fill
          : undefined;
      // Under a `*`, the variable takes its whole fill and the `*` is done: a readable witness.
      if (fill !== undefined) moves.push({ emit: fill, p: pi + 1, t: ti, started: true });
      // The pattern's own characters go into the variable while it accepts them.
      if (pt !== undefined && pt.kind === CHAR && slot.accepts(pt.char))
        moves.push({ emit: pt.char, p: pi + 1, t: ti, started: true });
      if (pt !== undefined && pt.kind === ONE && tt.oneChar !== undefined)
        moves.push({ emit: tt.oneChar, p: pi + 1, t: ti, started: true });
      if (started) moves.push({ emit: '', p: pi, t: ti + 1, started: false });
      // The `*` covers the fill and more of the variable.
      if (fill !== undefined && !started) moves.push({ emit: fill, p: pi, t: ti, started: true });
      else if (star && tt.oneChar !== undefined && !started)
        moves.push({ emit: tt.oneChar, p: pi, t: ti, started: true });
    } else if (tt !== undefined && pt !== undefined && patternAllows(pt, tt.char)) {
      const stays = pt.kind === STAR || pt.kind === STAR_ANY;
      moves.push({ emit: tt.char, p: stays ? pi : pi + 1, t: ti + 1, started: false });
    }
    if (pt !== undefined && (pt.kind === STAR || pt.kind === STAR_ANY))
      moves.push({ emit: '', p: pi + 1, t: ti, started });
    return moves;
  };

  // Depth-first over states, with an explicit stack (patterns can be long): the first path to
  // the end of both is the witness, read back from the moves on the stack.
  if (p.length === 0 && t.length === 0) return { fits: true, arn: '' };
  const stack: { moves: Move[]; next: number; via: string }[] = [];
  let visited = 0;
  const enter = (via: string, pi: number, ti: number, started: boolean): void => {
    const id = stateOf(pi, ti, started);
    if (seen[id] === 1) return;
    seen[id] = 1;
    visited += 1;
    stack.push({ moves: movesFrom(pi, ti, started), next: 0, via });
  };
  enter('', 0, 0, false);
  while (stack.length > 0) {
    if (visited > budget) return UNDECIDED;
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const move = top.moves[top.next];
    if (move === undefined) {
      stack.pop();
      continue;
    }
    top.next += 1;
    if (move.p === p.length && move.t === t.length) {
      return { fits: true, arn: stack.map((frame) => frame.via).join('') + move.emit };
    }
    enter(move.emit, move.p, move.t, move.started);
  }
  return NO;
}
