/** The size each node kind is drawn at; layout and the React Flow node components share this table. */
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
    // The full name, then "· 15 actions" (up to 115px in Japanese) on the same wrapped line.
    const name = Math.ceil(((node.serviceName?.length ?? 12) * 7 + 115) / CARD_TEXT);
    const rows = chips.length > 0 ? chipRows(chips) : 0;
    height =
      10 + 3 + 16 + 20 + name * LINE + (rows > 0 ? rows * CHIP_ROW + (rows - 1) * CHIP_GAP + 3 : 0);
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
