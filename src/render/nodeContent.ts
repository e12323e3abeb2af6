/**
 * What each card of the picture says, in words: the same content the app's node components show
 * (kind caption, title, detail, conditions, an action's mark, access level, annotation and verdict).
 */
import { durationOf, type Decision } from '../core';
import {
  ACCESS_LEVEL_ORDER,
  text,
  type ActionNode,
  type GraphNode,
  type ServiceNode,
} from '../graph';
import { translator, type Lang, type Translate } from '../i18n';
import { conditionText, durationText, graphText } from '../i18n/engine/graph';

/** How a line is coloured. */
export type Tone = 'text' | 'muted' | 'allow' | 'deny' | 'warn' | 'comment' | 'catalog' | 'accent';

/** One line of a card below its title. */
export interface Line {
  text: string;
  tone: Tone;
  mono?: boolean;
  /** Lines a long text may wrap into (1 unless said). */
  wrap?: number;
  /** The text is AWS's English whatever the picture's language (catalog descriptions). */
  english?: boolean;
  /** A deny mark drawn before the text (a shape, so it shows whatever fonts the viewer has). */
  deny?: true;
}

/** A card's words and marks. */
export interface NodeContent {
  caption: string;
  title: string;
  titleMono: boolean;
  /** ✓, a deny mark or ? before the title (actions). */
  mark?: 'allow' | 'deny' | 'unknown';
  /** The access-level badge (actions). */
  badge?: string;
  /** The title is struck through (a denied or refused action). */
  strike?: boolean;
  /** The card's frame colour. */
  frame: 'plain' | 'allow' | 'deny' | 'warn';
  lines: Line[];
}

/** Words for one decision, for cards, tables and names. */
export function decisionText(t: Translate, decision: Decision): string {
  return t(`export.render.decision.${decision}`);
}

function actionContent(n: ActionNode, t: Translate, lang: Lang): NodeContent {
  const gt = (x: Parameters<typeof graphText>[1]) => graphText(lang, x);
  const writtenDeny = n.effect === 'Deny';
  // An unknown action is drawn as unknown (it grants nothing), not as one a layer refuses.
  const refused =
    !writtenDeny && n.known !== false && n.decision !== undefined && n.decision !== 'Allow';
  const lines: Line[] = [];
  if (n.known === false) {
    if (n.note) lines.push({ text: gt(n.note), tone: 'warn' });
    if (n.suggestion)
      lines.push({ text: gt(text('did-you-mean', { action: n.suggestion })), tone: 'warn' });
  } else {
    const english = n.annotationSource === 'catalog';
    const tone: Tone = n.annotationSource === 'comment' ? 'comment' : 'catalog';
    const wrapTo = refused || n.partial === true ? 1 : 2;
    if (n.annotation !== '') lines.push({ text: n.annotation, tone, wrap: wrapTo, english });
    if (refused && n.decision !== undefined)
      lines.push({ text: decisionText(t, n.decision), tone: 'deny', deny: true });
    else if (n.partial === true) lines.push({ text: t('export.render.partial'), tone: 'warn' });
  }
  return {
    caption: t('graph.kind.action'),
    title: gt(n.label),
    titleMono: true,
    mark: n.known === false ? 'unknown' : writtenDeny ? 'deny' : 'allow',
    ...(n.accessLevel !== undefined ? { badge: t(`access.${n.accessLevel}`) } : {}),
    strike: writtenDeny || refused,
    frame: n.known === false ? 'warn' : writtenDeny || refused ? 'deny' : 'allow',
    lines,
  };
}

function serviceLines(n: ServiceNode, t: Translate, lang: Lang): Line[] {
  const lines: Line[] = [];
  if (n.detail) lines.push({ text: graphText(lang, n.detail), tone: 'muted', wrap: 2 });
  const s = n.lod === 'summary' ? n.summary : undefined;
  if (s) {
    const chips = ACCESS_LEVEL_ORDER.flatMap((level) => {
      const count = s.levels[level];
      return count ? [`${t(`access.${level}`)} ${count}`] : [];
    });
    if (chips.length > 0) lines.push({ text: chips.join(' · '), tone: 'accent', wrap: 2 });
    if (s.denied > 0)
      lines.push({ text: t('export.render.denied', { n: s.denied }), tone: 'deny', deny: true });
    if (s.unknown > 0)
      lines.push({ text: `? ${t('export.render.unknown', { n: s.unknown })}`, tone: 'warn' });
  }
  return lines;
}

/** The words of one card in `lang`. */
export function nodeContent(node: GraphNode, lang: Lang): NodeContent {
  const t = translator(lang);
  if (node.kind === 'action') return actionContent(node, t, lang);
  let title = graphText(lang, node.label);
  const lines: Line[] = [];
  let frame: NodeContent['frame'] = 'plain';
  if (node.kind === 'service') lines.push(...serviceLines(node, t, lang));
  else if (node.kind === 'sts') {
    // As the app's card: the operations as the title, the session length below.
    const ops = node.operations.map((o) => o.replace(/^sts:/i, '')).join(', ');
    if (ops !== '') title = ops;
    const duration = durationText(lang, durationOf(node.sessionDurationSeconds));
    lines.push({ text: t('graph.sts.duration', { duration }), tone: 'muted', wrap: 2 });
  } else if (node.kind === 'role') {
    lines.push({ text: node.arn, tone: 'muted', mono: true, wrap: 2 });
    if (node.detail) lines.push({ text: graphText(lang, node.detail), tone: 'muted' });
  } else if (node.kind === 'credentials') {
    // The caption names the card; the example values are its content.
    title = '';
    const e = node.example;
    lines.push(
      { text: `${t('graph.credentials.accessKeyId')} ${e.accessKeyId}`, tone: 'text', mono: true },
      { text: `${t('graph.credentials.secret')} ${e.secretAccessKey}`, tone: 'text', mono: true },
      { text: `${t('graph.credentials.token')} ${e.sessionToken}`, tone: 'text', mono: true },
      { text: `${t('graph.credentials.expiration')} ${e.expiration}`, tone: 'text', mono: true },
      { text: `${t('graph.example')} · ${t('graph.credentials.note')}`, tone: 'warn', wrap: 2 },
    );
  } else if (node.kind === 'principal' && node.denied === true) {
    lines.push({ text: t('graph.principal.denied'), tone: 'deny', deny: true });
    frame = 'deny';
  } else if (node.detail) {
    lines.push({ text: graphText(lang, node.detail), tone: 'muted', wrap: 2 });
  } else if (node.kind === 'principal') {
    lines.push({ text: t(`graph.principal.${node.principalType}`), tone: 'muted' });
  }
  if (node.kind === 'trust-policy') {
    if (node.effect === 'Deny') frame = 'deny';
    if (node.conditions.length > 0)
      lines.push({
        text: node.conditions.map((c) => conditionText(lang, c)).join('; '),
        tone: 'text',
        wrap: 2,
      });
  }
  if (node.kind === 'resource' && node.note)
    lines.push({ text: graphText(lang, node.note), tone: 'warn', wrap: 2 });
  if (node.kind === 'resource' && node.unrestricted) frame = 'warn';
  if (node.comment !== undefined) lines.push({ text: node.comment, tone: 'comment', wrap: 2 });
  return {
    caption: t(`graph.kind.${node.kind}`),
    title,
    titleMono: node.kind === 'resource' || node.kind === 'service',
    frame,
    lines,
  };
}
