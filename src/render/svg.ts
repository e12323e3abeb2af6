/**
 * The picture as one static SVG document: the app's layout and card content, drawn without a
 * browser, in either theme and language. Safe to publish: no script, no event attribute, no
 * external reference, every text escaped; no font file (system font stacks only).
 */
import type { Graph, GraphNode, NodeBox } from '../graph';
import { translator, type Lang, type Translate } from '../i18n';
import { graphText } from '../i18n/engine/graph';
import { drawnEdges, edgeGeometry } from './edges';
import { nodeContent, type Line, type NodeContent, type Tone } from './nodeContent';
import { FONT, MONO, paletteOf, type Palette, type Theme } from './palette';
import type { Prepared } from './prepare';
import { ellipsize, textWidth, wrap } from './textFit';
import { escapeXml as esc, num } from './xml';

/** How to draw: the language of the labels and the theme's colours. */
export interface SvgOptions {
  lang: Lang;
  theme: Theme;
  /** The IAM data's date as the caption says it; '' leaves it out. */
  asOf: string;
  /** The caption's title (the scenario's title, else its role's name). */
  title: string;
}

const PAD = 24;
const LINE = 16;
const SMALL = 12;

function style(p: Palette): string {
  const tones: Record<Tone, string> = {
    text: p.text,
    muted: p.muted,
    allow: p.allow,
    deny: p.deny,
    warn: p.warn,
    comment: p.comment,
    catalog: p.catalog,
    accent: p.accent,
  };
  const toneRules = Object.entries(tones)
    .map(([k, v]) => `.t-${k}{fill:${v}}`)
    .join('');
  return (
    `text{font-family:${FONT};fill:${p.text}}.mono{font-family:${MONO}}` +
    `.cap{font-size:11px;fill:${p.muted}}.ttl{font-size:14px;font-weight:600}` +
    `.ln{font-size:${SMALL}px}.lbl{font-size:11px;fill:${p.muted}}.strike{text-decoration:line-through}` +
    `.edge{fill:none;stroke:${p.edge};stroke-width:1.5}.edge.deny{stroke:${p.deny}}.edge.cond{stroke-dasharray:5 4}` +
    toneRules
  );
}

function frameColour(p: Palette, frame: NodeContent['frame']): string {
  return frame === 'allow'
    ? p.allow
    : frame === 'deny'
      ? p.deny
      : frame === 'warn'
        ? p.warn
        : p.border;
}

/**
 * The deny mark (a red disc with a white bar, as AWS's console draws a deny), centred on (cx, cy):
 * a shape, not the ⛔ character, so it shows whatever fonts the viewer has.
 */
function denyMark(cx: number, cy: number, colour: string, r = 6): string {
  return (
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${colour}"/>` +
    `<rect x="${num(cx - r * 0.6)}" y="${num(cy - r * 0.18)}" width="${num(r * 1.2)}" height="${num(r * 0.36)}" fill="#ffffff"/>`
  );
}

function textEl(x: number, y: number, value: string, cls: string, extra = ''): string {
  return `<text x="${num(x)}" y="${num(y)}" class="${cls}"${extra}>${esc(value)}</text>`;
}

/** A card's lines from `top`, wrapped to the card's width and stopped at its bottom. */
function linesEl(
  lines: readonly Line[],
  x: number,
  top: number,
  width: number,
  bottom: number,
  lang: Lang,
  p: Palette,
): string {
  let y = top;
  let out = '';
  for (const line of lines) {
    const room = Math.max(1, Math.floor((bottom - y + LINE - 4) / LINE));
    const indent = line.deny ? 16 : 0;
    const parts = wrap(
      line.text,
      width - indent,
      SMALL,
      Math.min(line.wrap ?? 1, room),
      line.mono === true,
    );
    for (const [i, part] of parts.entries()) {
      if (y > bottom) return out;
      if (line.deny && i === 0) out += denyMark(x + 6, y - 4, p.deny, 5.5);
      const english = line.english === true && lang !== 'en' ? ' xml:lang="en"' : '';
      out += textEl(x + indent, y, part, `ln t-${line.tone}${line.mono ? ' mono' : ''}`, english);
      y += LINE;
    }
  }
  return out;
}

function attrsOf(node: GraphNode): string {
  let out = ` data-kind="${esc(node.kind)}"`;
  if (node.kind === 'action') {
    out += ` data-action="${esc(node.action)}" data-effect="${esc(node.effect)}"`;
    if (node.decision !== undefined) out += ` data-decision="${esc(node.decision)}"`;
  }
  return out;
}

function actionCard(node: GraphNode, box: NodeBox, c: NodeContent, p: Palette, lang: Lang): string {
  const { x, y, width: w, height: h } = box;
  const colour = frameColour(p, c.frame);
  let out = `<g${attrsOf(node)}><rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="6" fill="${p.card}" stroke="${colour}"/>`;
  out += `<rect x="${num(x)}" y="${num(y)}" width="4" height="${num(h)}" rx="2" fill="${colour}"/>`;
  if (c.mark === 'deny') out += denyMark(x + 18, y + 15, p.deny);
  else
    out += textEl(
      x + 12,
      y + 20,
      c.mark === 'unknown' ? '?' : '✓',
      `ttl t-${c.mark === 'unknown' ? 'warn' : 'allow'}`,
    );
  let right = x + w - 8;
  if (c.badge !== undefined) {
    const bw = textWidth(c.badge, 11) + 12;
    right -= bw;
    out += `<rect x="${num(right)}" y="${num(y + 7)}" width="${num(bw)}" height="18" rx="9" fill="none" stroke="${p.accent}"/>`;
    out += textEl(right + 6, y + 20, c.badge, 'lbl t-accent');
    right -= 6;
  }
  const name = ellipsize(c.title, right - (x + 34), 14, true);
  out += textEl(x + 30, y + 20, name, `ttl mono${c.strike ? ' strike' : ''}`, ' font-size="13"');
  out += linesEl(c.lines, x + 12, y + 40, w - 22, y + h - 6, lang, p);
  return out + '</g>';
}

function card(
  node: GraphNode,
  box: NodeBox,
  c: NodeContent,
  p: Palette,
  lang: Lang,
  container: boolean,
): string {
  const { x, y, width: w, height: h } = box;
  const fill = container ? p.box : p.card;
  let out = `<g${attrsOf(node)}><rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" rx="8" fill="${fill}" stroke="${frameColour(p, c.frame)}"${c.frame === 'plain' ? '' : ' stroke-width="1.5"'}/>`;
  out += textEl(x + 10, y + 16, ellipsize(c.caption, w - 20, 11), 'cap');
  // Titles are bold: measured a size up so they never run past the card.
  // A trust statement's sentence may take three lines (the layout gives its card room for them).
  const titleLines = wrap(c.title, w - 20, 15, node.kind === 'trust-policy' ? 3 : 2, c.titleMono);
  titleLines.forEach((line, i) => {
    out += textEl(
      x + 10,
      y + 35 + i * 18,
      line,
      `ttl${c.titleMono ? ' mono' : ''}${c.strike ? ' strike' : ''}`,
    );
  });
  const bottom = container ? y + Math.min(h, 96 + 38) - 8 : y + h - 6;
  out += linesEl(c.lines, x + 10, y + 35 + titleLines.length * 18, w - 20, bottom, lang, p);
  return out + '</g>';
}

function edgeLabel(value: string, x: number, y: number, p: Palette, deny: boolean): string {
  const shown = ellipsize(value, 200, 11);
  const icon = deny ? 14 : 0;
  const w = textWidth(shown, 11) + 8 + icon;
  const left = x - w / 2;
  return (
    `<rect x="${num(left)}" y="${num(y - 9)}" width="${num(w)}" height="16" rx="3" fill="${p.bg}" opacity="0.92"/>` +
    (deny ? denyMark(left + 9, y - 1, p.deny, 5) : '') +
    textEl(left + 4 + icon, y + 3, shown, `lbl${deny ? ' t-deny' : ''}`)
  );
}

function graphBody(view: Graph, prepared: Prepared, p: Palette, lang: Lang): string {
  const { layout } = prepared;
  const containers = new Set(
    Object.values(layout).flatMap((b) => (b.container ? [b.container] : [])),
  );
  let boxes = '';
  let cards = '';
  for (const node of view.nodes) {
    const box = layout[node.id];
    if (!box) continue;
    const c = nodeContent(node, lang);
    if (containers.has(node.id)) boxes += card(node, box, c, p, lang, true);
    else if (node.kind === 'action' && box.container !== undefined)
      cards += actionCard(node, box, c, p, lang);
    else cards += card(node, box, c, p, lang, false);
  }
  let paths = '';
  let labels = '';
  for (const edge of drawnEdges(view, layout)) {
    const g = edgeGeometry(view, layout, edge);
    if (!g) continue;
    const deny = edge.effect === 'Deny';
    const cls = `edge${deny ? ' deny' : ''}${edge.conditional ? ' cond' : ''}`;
    paths += `<path d="${g.path}" class="${cls}" marker-end="url(#${deny ? 'rm-arrow-deny' : 'rm-arrow'})"/>`;
    if (edge.label) labels += edgeLabel(graphText(lang, edge.label), g.mid.x, g.mid.y, p, deny);
  }
  return boxes + paths + cards + labels;
}

/** What the marks and colours mean, on one line under the caption (the app's legend, in short). */
function legend(t: Translate, p: Palette, x: number, y: number): string {
  const items: [string, Tone, boolean][] = [
    [`✓ ${t('graph.legend.allow')}`, 'allow', false],
    [t('graph.legend.deny'), 'deny', true],
    [t('graph.legend.comment'), 'comment', false],
    [t('graph.legend.catalog'), 'catalog', false],
  ];
  let out = '';
  let at = x;
  for (const [label, tone, deny] of items) {
    if (deny) {
      out += denyMark(at + 6, y - 4, p.deny, 5.5);
      at += 16;
    }
    out += textEl(at, y, label, `ln t-${tone}`);
    at += textWidth(label, SMALL) + 18;
  }
  return out;
}

/**
 * The SVG document of a prepared scenario: a caption (title, role, IAM data date), a note when the
 * picture had to summarise or stop, then the graph as the app lays it out.
 */
export function svgOf(prepared: Prepared, options: SvgOptions): string {
  const { lang } = options;
  const t = translator(lang);
  const p = paletteOf(options.theme);
  const boxes = Object.values(prepared.layout);
  const graphW = Math.max(0, ...boxes.map((b) => b.x + b.width)) + PAD;
  const graphH = Math.max(0, ...boxes.map((b) => b.y + b.height)) + PAD;
  const role = prepared.scenario.role.name;
  const sub = [
    t('export.render.role', { name: role }),
    ...(options.asOf ? [t('app.catalogAsOf', { date: options.asOf })] : []),
    t('export.render.drawnBy'),
  ].join(' · ');
  const notes: string[] = [];
  const { cards } = prepared;
  if (cards.shown === 0 && cards.total > 0)
    notes.push(t('export.render.summarised', { total: cards.total }));
  else if (cards.shown < cards.total) notes.push(t('export.render.cardsCut', cards));
  if (prepared.nodes.shown < prepared.nodes.total)
    notes.push(t('export.render.nodesCut', prepared.nodes));
  const width = Math.ceil(Math.max(graphW, 560));
  const title = ellipsize(options.title, width - 2 * PAD, 20);
  let head = textEl(PAD, PAD + 18, title, 'ttl', ' font-size="20"');
  head += textEl(PAD, PAD + 40, ellipsize(sub, width - 2 * PAD, SMALL), 'ln t-muted');
  head += legend(t, p, PAD, PAD + 60);
  notes.forEach((n, i) => {
    head += textEl(PAD, PAD + 80 + i * LINE, ellipsize(n, width - 2 * PAD, SMALL), 'ln t-warn');
  });
  const top = PAD + 72 + notes.length * LINE;
  const height = Math.ceil(top + graphH);
  const label = t('export.render.svgTitle', { name: role });
  const arrow = (id: string, colour: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="rm-title rm-desc" xml:lang="${lang}">` +
    `<title id="rm-title">${esc(label)}</title><desc id="rm-desc">${esc(`${options.title} — ${sub}`)}</desc>` +
    `<defs><style>${style(p)}</style>${arrow('rm-arrow', p.edge)}${arrow('rm-arrow-deny', p.deny)}</defs>` +
    `<rect width="100%" height="100%" fill="${p.bg}"/>${head}` +
    `<g transform="translate(0 ${num(top)})">${graphBody(prepared.view, prepared, p, lang)}</g></svg>\n`
  );
}
