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
  'permission-policy': { width: 168, height: 118 },
  service: { width: 236, height: 96 },
  action: { width: 300, height: 76 },
  resource: { width: 150, height: 96 },
};

/** One line of a node's 13px detail text, and of a 12.5px comment. */
const LINE = 18;
/** One row of the summary card's chips. */
const CHIP_ROW = 24;
/** Room inside a summary card for text (its width less padding and border). */
const CARD_TEXT = NODE_SIZES.service.width - 26;

/**
 * Widths of a summary card's chips, the wider of English and Japanese (the layout does not know the
 * UI language): "15 actions", one per access level, the ⛔/? counts and a spare for revocations.
 */
const CHIP: Record<string, number> = {
  count: 112,
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

/** A rough line count for text in a box `width` wide at about `perChar` px a character. */
function lines(text: string | undefined, width: number, perChar = 7.4): number {
  if (!text) return 0;
  return Math.max(1, Math.ceil((text.length * perChar) / width));
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
      CHIP.count ?? 0,
      ...Object.keys(s.levels).map((l) => CHIP[l] ?? 80),
      ...(s.denied > 0 ? [CHIP.denied ?? 0] : []),
      ...(s.unknown > 0 ? [CHIP.unknown ?? 0] : []),
      CHIP.revoked ?? 0,
    ];
    const name = lines(node.serviceName, CARD_TEXT, 7);
    height = 10 + 3 + 16 + 23 + Math.max(1, name) * LINE + chipRows(chips) * CHIP_ROW;
    if (node.comment !== undefined) height += 2 * LINE + 4;
  } else if (node.kind === 'service' && node.comment !== undefined) {
    height += 2 * LINE;
  } else if (node.kind !== 'action' && node.kind !== 'service' && node.comment !== undefined) {
    height += LINE;
  }
  if (node.kind === 'trust-policy' && node.conditions.length > 0) height += 2 * LINE;
  if (node.kind === 'principal' && node.principal && node.principal.value.length > 26)
    height += LINE;
  return { width: Math.round(base.width * type), height: Math.round(height * type) };
}
