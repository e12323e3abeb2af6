/** Reads a parsed policy's statements with the source position and comment of every element. */
import type { JsonPath, ParseResult, SourceNode } from '../core/policy/types';
import { describeConditions } from './conditionText';
import { commentOf, listComments } from './listComments';
import { itemsOf, memberOf, plainValue, treeFromValue } from './sourceTree';
import type { Effect } from './types';

/** One string element (an action, a resource, a principal) and where it is written. */
export interface TextElement {
  text: string;
  path: JsonPath;
  start: number;
  end: number;
  /** The author's comment that applies to this element ('' when none). */
  comment: string;
}

export interface PrincipalElement extends TextElement {
  /** "AWS", "Service", "Federated", "CanonicalUser", or "*" for `"Principal": "*"`. */
  key: string;
}

export interface StatementView {
  /** 0-based position among the policy's statements. */
  index: number;
  path: JsonPath;
  start: number;
  end: number;
  sid?: string;
  /** The Sid, or "Statement N" (1-based) when there is none. */
  name: string;
  effect: Effect;
  actions: TextElement[];
  /** Set when the statement uses NotAction (then `actions` is empty). */
  notActions?: TextElement[];
  /** The Action / NotAction element itself, when present. */
  actionList?: TextElement;
  resources?: TextElement[];
  notResources?: TextElement[];
  principals: PrincipalElement[];
  notPrincipal: boolean;
  /** The Condition block in plain English. */
  conditions: string[];
  /** Comment on the statement object itself ('' when none). */
  comment: string;
}

/** Bound on statements read from one document. */
const MAX_STATEMENTS = 5000;

function strings(
  parsed: Pick<ParseResult, 'attached'>,
  list: SourceNode | undefined,
  parents: readonly (SourceNode | undefined)[] = [],
): TextElement[] | undefined {
  if (list === undefined) return undefined;
  const items = itemsOf(list);
  const comments = listComments(parsed, list, parents);
  const out: TextElement[] = [];
  items.forEach((item, i) => {
    if (item.type !== 'string' || typeof item.value !== 'string') return;
    out.push({
      text: item.value,
      path: item.path,
      start: item.range.start.offset,
      end: item.range.end.offset,
      comment: comments[i] ?? '',
    });
  });
  return out;
}

function principalsOf(
  parsed: Pick<ParseResult, 'attached'>,
  principal: SourceNode | undefined,
): PrincipalElement[] {
  if (principal === undefined) return [];
  if (principal.type === 'string') {
    return (strings(parsed, principal) ?? []).map((e) => ({
      ...e,
      key: e.text === '*' ? '*' : 'AWS',
    }));
  }
  const out: PrincipalElement[] = [];
  for (const member of principal.children ?? []) {
    if (member.key === undefined) continue;
    for (const e of strings(parsed, member, [principal]) ?? []) out.push({ ...e, key: member.key });
  }
  return out;
}

function textOf(node: SourceNode | undefined): TextElement | undefined {
  if (node === undefined) return undefined;
  return {
    text: '',
    path: node.path,
    start: node.range.start.offset,
    end: node.range.end.offset,
    comment: '',
  };
}

function readOne(
  parsed: Pick<ParseResult, 'attached'>,
  node: SourceNode,
  index: number,
): StatementView {
  const sidNode = memberOf(node, 'Sid');
  const sid =
    typeof sidNode?.value === 'string' && sidNode.value !== '' ? sidNode.value : undefined;
  const action = memberOf(node, 'Action');
  const notAction = action === undefined ? memberOf(node, 'NotAction') : undefined;
  const resource = memberOf(node, 'Resource');
  const notResource = resource === undefined ? memberOf(node, 'NotResource') : undefined;
  const principal = memberOf(node, 'Principal');
  const notPrincipal = principal === undefined ? memberOf(node, 'NotPrincipal') : undefined;
  return {
    index,
    path: node.path,
    start: node.range.start.offset,
    end: node.range.end.offset,
    sid,
    name: sid ?? `Statement ${index + 1}`,
    effect: memberOf(node, 'Effect')?.value === 'Deny' ? 'Deny' : 'Allow',
    actions: strings(parsed, action) ?? [],
    notActions: strings(parsed, notAction),
    actionList: textOf(action ?? notAction),
    resources: strings(parsed, resource),
    notResources: strings(parsed, notResource),
    principals: principalsOf(parsed, principal ?? notPrincipal),
    notPrincipal: notPrincipal !== undefined,
    conditions: describeConditions(plainValue(memberOf(node, 'Condition'))),
    comment: commentOf(parsed, node),
  };
}

/**
 * Lists a policy's statements (a single Statement object or an array of them) with every Action,
 * Resource and Principal string, its position and its comment, so graph nodes can point back at
 * the text. Whatever the parser recovered is read; nothing here throws.
 */
export function readStatements(parsed: ParseResult | undefined): StatementView[] {
  if (parsed === undefined) return [];
  const root = parsed.root ?? treeFromValue(parsed.value);
  const statement = memberOf(root, 'Statement');
  const out: StatementView[] = [];
  const nodes = itemsOf(statement);
  for (let i = 0; i < nodes.length && i < MAX_STATEMENTS; i++) {
    const node = nodes[i];
    if (node?.type === 'object') out.push(readOne(parsed, node, i));
  }
  return out;
}
