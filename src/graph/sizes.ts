/** The size each node kind is drawn at; layout and the React Flow node components share this table. */
import { FAR_CAP_PX } from './readability';
import type { GraphNode, NodeKind } from './types';

export interface NodeSize {
  width: number;
  height: number;
}

/**
 * Width and height in CSS pixels per kind, for the type sizes of src/features/graph/view.css
 * (captions 12px, details 13px, titles 15px): small enough that the seed fits a laptop's canvas at a
 * scale where the smallest of them still reads at 11px. Action cards hold a name, an access-level
 * badge and a two-line annotation; credentials list four example values.
 */
export const NODE_SIZES: Readonly<Record<NodeKind, NodeSize>> = {
  principal: { width: 204, height: 88 },
  'instance-profile': { width: 204, height: 50 },
  'trust-policy': { width: 204, height: 102 },
  condition: { width: 204, height: 72 },
  sts: { width: 204, height: 68 },
  credentials: { width: 204, height: 156 },
  role: { width: 204, height: 104 },
  boundary: { width: 204, height: 72 },
  scp: { width: 204, height: 72 },
  rcp: { width: 204, height: 72 },
  'endpoint-policy': { width: 204, height: 72 },
  'permission-policy': { width: 168, height: 128 },
  service: { width: 236, height: 96 },
  action: { width: 300, height: 76 },
  resource: { width: 150, height: 96 },
};

/** One line of a node's 13px detail text, and of a 12.5px comment. */
const LINE = 18;
/** One row of the summary card's chips, and the gap between rows. */
const CHIP_ROW = 19;
const CHIP_GAP = 4;
/** Room inside a summary card for text (its width less padding and border). */
const CARD_TEXT = NODE_SIZES.service.width - 26;

/**
 * Widths of a summary card's chips, the wider of English and Japanese (the layout does not know the
 * UI language): "15 actions", one per access level, the ⛔/? counts and a spare for revocations.
 */
const CHIP: Record<string, number> = {
  List: 66,
  Read: 78,
  Write: 78,
  'Permissions management': 172,
  Tagging: 74,
  denied: 92,
  unknown: 96,
  revoked: 120,
};

/** Rows a run of chips takes when wrapped into the card's width. */
function chipRows(widths: readonly number[]): number {
  let rows = 1;
  let x = 0;
  for (const w of widths) {
    if (x > 0 && x + w > CARD_TEXT) {
      rows++;
      x = 0;
    }
    x += w + 5;
  }
  return rows;
}

/**
 * A summary card's height in the far view at its largest type: padding, the kind (1.15 lines),
 * the prefix beside its + button (1.4, and 1.15 for each line more it wraps to), the count (1.15), a row per denied/unknown chip (1.5) and
 * the gaps between them (0.15 each).
 */
function farSummaryHeight(chipRows: number, prefixLines = 1): number {
  const rows = 3 + chipRows;
  const prefix = 1.4 + 1.15 * (prefixLines - 1);
  return Math.ceil(8 + FAR_CAP_PX * (1.15 + prefix + 1.15 + 1.5 * chipRows + 0.15 * (rows - 1)));
}

/**
 * Lines a service prefix takes far out, in bold type at FAR_CAP_PX beside the + button (about
 * 190px of the card: 18 characters of 10.5px).
 */
function farPrefixLines(chars: number): number {
  return Math.max(1, Math.ceil((chars * 10.5) / 190));
}

/** The count after a summary card's service name: "· 15 actions", up to 115px in Japanese. */
const COUNT_WIDTH = 115;
/** A wrapped line of words holds less than the card's width: a word that does not fit moves on. */
const WRAPPED_LINE = CARD_TEXT * 0.85;

/**
 * Lines a summary card's full service name and its count take, wrapped into the card: one when
 * both fit; else the name's wrapped lines, and one more when the count does not fit after them
 * ("AWS Identity and Access Management (IAM) · アクション 3 個" takes three).
 */
function nameLines(chars: number): number {
  const width = chars * 7.2;
  if (width + COUNT_WIDTH <= CARD_TEXT) return 1;
  const lines = Math.max(1, Math.ceil(width / WRAPPED_LINE));
  return width - (lines - 1) * WRAPPED_LINE + COUNT_WIDTH > WRAPPED_LINE ? lines + 1 : lines;
}

/** Lines (three at least) a trust statement's sentence takes: "ec2.amazonaws.com may call sts:AssumeRole". */
function sentenceLines(node: GraphNode): number {
  const label = node.label;
  if (label.code !== 'may-assume') return 3;
  const p = label.params as { principals: { params: { text?: string } }[]; operations: string[] };
  const names = p.principals.map((t) => t.params.text?.length ?? 12);
  const chars = names.reduce((n, l) => n + l + 2, 0) + p.operations.join(' / ').length;
  // A name wider than the card (about 18 characters of 14px bold) breaks over two lines by itself.
  return Math.max(...names, 0) > 18 || chars > 34 ? 4 : 3;
}

/**
 * The size one node is drawn at: its kind's size, grown for what it holds (a comment, conditions,
 * a summary card's chips), times `type` (presenter mode's larger type).
 */
export function nodeSize(node: GraphNode, type = 1): NodeSize {
  const base = NODE_SIZES[node.kind];
  let height = base.height;
  if (node.kind === 'service' && node.lod === 'summary' && node.summary) {
    const s = node.summary;
    const chips = [
      ...Object.keys(s.levels).map((l) => CHIP[l] ?? 80),
      ...(s.denied > 0 ? [CHIP.denied ?? 0] : []),
      ...(s.unknown > 0 ? [CHIP.unknown ?? 0] : []),
      ...(s.mayRevoke ? [CHIP.revoked ?? 0] : []),
    ];
    const name = nameLines(node.serviceName?.length ?? 12);
    const rows = chips.length > 0 ? chipRows(chips) : 0;
    height =
      10 + 3 + 16 + 20 + name * LINE + (rows > 0 ? rows * CHIP_ROW + (rows - 1) * CHIP_GAP + 3 : 0);
    // Far out the card keeps its kind, prefix, count and the denied/unknown chips, in type up to
    // FAR_CAP_PX: each of those chips takes a row of its own there (a card with no access-level
    // chips, such as a service the catalog lacks, is shorter near but not far).
    const farChips = (s.denied > 0 ? 1 : 0) + (s.unknown > 0 ? 1 : 0) + (s.mayRevoke ? 1 : 0);
    height = Math.max(height, farSummaryHeight(farChips, farPrefixLines(node.service.length)));
    if (node.comment !== undefined) height += 2 * LINE + 4;
  } else if (node.kind === 'service' && node.comment !== undefined) {
    height += 2 * LINE;
  } else if (node.kind !== 'action' && node.kind !== 'service' && node.comment !== undefined) {
    height += LINE;
  }
  if (node.kind === 'trust-policy' && node.conditions.length > 0) height += 2 * LINE;
  if (node.kind === 'trust-policy') height += (sentenceLines(node) - 3) * LINE;
  if (node.kind === 'principal' && node.principal && node.principal.value.length > 26)
    height += LINE;
  return { width: Math.round(base.width * type), height: Math.round(height * type) };
}
