import type * as Monaco from 'monaco-editor/editor';
import type { Finding, Severity } from '../core';
import type { Range } from '../core';
import type { Lang } from '../i18n';
import { findingMessage } from '../i18n/engine/lint';

/** Marker owners: the linter's findings, and the parser's syntax errors before the first lint. */
export const LINT_OWNER = 'rolemap-lint';
export const PARSE_OWNER = 'rolemap-parse';

/** error and security squiggle red, warnings yellow, suggestions as info (Access Analyzer's order). */
export function markerSeverity(monaco: typeof Monaco, severity: Severity): Monaco.MarkerSeverity {
  switch (severity) {
    case 'error':
    case 'security':
      return monaco.MarkerSeverity.Error;
    case 'warning':
      return monaco.MarkerSeverity.Warning;
    default:
      return monaco.MarkerSeverity.Info;
  }
}

/** A marker's line/column span; an empty range still gets one character, so it can be seen. */
export function markerRange(range: Range) {
  const sameLine = range.end.line === range.start.line;
  return {
    startLineNumber: range.start.line,
    startColumn: range.start.column,
    endLineNumber: range.end.line,
    endColumn:
      sameLine && range.end.column <= range.start.column
        ? range.start.column + 1
        : range.end.column,
  };
}

/** Monaco markers for lint findings: one squiggle under each finding's exact characters, worded in `lang`. */
export function findingMarkers(
  monaco: typeof Monaco,
  findings: readonly Finding[],
  label: (severity: Severity) => string,
  lang: Lang,
): Monaco.editor.IMarkerData[] {
  return findings.map((f) => ({
    ...markerRange(f.range),
    severity: markerSeverity(monaco, f.severity),
    message: findingMessage(lang, f),
    code: f.code,
    source: `Rolemap · ${label(f.severity)}`,
  }));
}

interface ModelFindings {
  versionId: number;
  findings: readonly Finding[];
}

const byModel = new Map<string, ModelFindings>();

/**
 * Remembers which findings (and fixes) belong to a model's current version, so code actions can
 * offer a finding's fix only while its offsets still describe the text.
 */
export function setModelFindings(model: Monaco.editor.ITextModel, findings: readonly Finding[]) {
  byModel.set(model.uri.toString(), { versionId: model.getVersionId(), findings });
}

/** The findings recorded for the model's current version (none once the text has changed). */
export function modelFindings(model: Monaco.editor.ITextModel): readonly Finding[] {
  const entry = byModel.get(model.uri.toString());
  return entry && entry.versionId === model.getVersionId() ? entry.findings : [];
}
