/** Markdown that shows user text as text: no HTML, no links, no table breaks from a policy's words. */

/** `value` as plain Markdown text: one line, every Markdown and HTML character escaped. */
export function mdText(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>#!|~]/g, (ch) => `\\${ch}`)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** `value` as a code span that survives a table cell (pipes escaped, fence longer than any backtick run). */
export function mdCode(value: string): string {
  const clean = value.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  if (clean === '') return '';
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A GitHub-flavoured Markdown table. */
export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
