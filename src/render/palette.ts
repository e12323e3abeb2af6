/** The picture's colours per theme: the app's own (src/styles.css), so an export looks like the screen. */

export type Theme = 'light' | 'dark';

/** Every colour the SVG uses. */
export interface Palette {
  bg: string;
  card: string;
  box: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  allow: string;
  allowBg: string;
  deny: string;
  denyBg: string;
  comment: string;
  catalog: string;
  warn: string;
  edge: string;
}

const LIGHT: Palette = {
  bg: '#f6f7f9',
  card: '#ffffff',
  box: '#eef1f5',
  text: '#1b1f24',
  muted: '#57606a',
  border: '#d0d7de',
  accent: '#0b5cad',
  allow: '#1a7f37',
  allowBg: '#e8f5ec',
  deny: '#c62828',
  denyBg: '#fdecec',
  comment: '#2f6f33',
  catalog: '#5a4a9c',
  warn: '#9a6700',
  edge: '#8c959f',
};

const DARK: Palette = {
  bg: '#0f1419',
  card: '#1c2128',
  box: '#161b22',
  text: '#e6edf3',
  muted: '#9da7b3',
  border: '#30363d',
  accent: '#58a6ff',
  allow: '#3fb950',
  allowBg: '#12261a',
  deny: '#ff7b72',
  denyBg: '#2d1414',
  comment: '#8fd18f',
  catalog: '#b8a9f0',
  warn: '#d29922',
  edge: '#6e7681',
};

/** The palette of a theme. */
export function paletteOf(theme: Theme): Palette {
  return theme === 'dark' ? DARK : LIGHT;
}

/** The system font stacks (no web font: the picture reads with whatever the viewer has). */
export const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK JP', 'Hiragino Sans', Meiryo, sans-serif";
export const MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace";
