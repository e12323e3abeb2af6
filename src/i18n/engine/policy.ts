/** Parse diagnostics in words: the editor's error line and the lint's syntax findings use these. */
import type { ParseDiagnostic, SyntaxError } from '../../core';
import type { Lang } from '../types';
import { formatCount } from '../words';

const SYNTAX: Record<Lang, Record<SyntaxError, string>> = {
  en: {
    InvalidSymbol: 'Unexpected character: this is not valid JSON here.',
    InvalidNumberFormat: 'Invalid number.',
    PropertyNameExpected: 'A property name in double quotes is expected.',
    ValueExpected: 'A value is expected.',
    ColonExpected: 'A colon (:) is expected after the property name.',
    CommaExpected: 'A comma (,) is expected.',
    CloseBraceExpected: 'A closing brace (}) is expected.',
    CloseBracketExpected: 'A closing bracket (]) is expected.',
    EndOfFileExpected: 'Unexpected text after the end of the document.',
    InvalidCommentToken: 'Comments are not allowed here.',
    UnexpectedEndOfComment: 'The block comment is not closed with */.',
    UnexpectedEndOfString: 'The string is not closed with a double quote.',
    UnexpectedEndOfNumber: 'The number is incomplete.',
    InvalidUnicode: 'Invalid \\u escape: four hexadecimal digits are expected.',
    InvalidEscapeCharacter: 'Invalid escape sequence in the string.',
    InvalidCharacter: 'Control characters must be escaped inside strings.',
    InternalError: 'The document could not be parsed.',
  },
  ja: {
    InvalidSymbol: 'ここに JSON として使えない文字があります。',
    InvalidNumberFormat: '数値の形式が正しくありません。',
    PropertyNameExpected: 'ダブルクォートで囲んだプロパティ名が必要です。',
    ValueExpected: '値が必要です。',
    ColonExpected: 'プロパティ名の後にコロン (:) が必要です。',
    CommaExpected: 'カンマ (,) が必要です。',
    CloseBraceExpected: '閉じ波かっこ (}) が必要です。',
    CloseBracketExpected: '閉じ角かっこ (]) が必要です。',
    EndOfFileExpected: 'ドキュメントの終わりの後に余分なテキストがあります。',
    InvalidCommentToken: 'ここにはコメントを書けません。',
    UnexpectedEndOfComment: 'ブロックコメントが */ で閉じられていません。',
    UnexpectedEndOfString: '文字列がダブルクォートで閉じられていません。',
    UnexpectedEndOfNumber: '数値が途中で終わっています。',
    InvalidUnicode: '\\u エスケープが正しくありません (16 進数 4 桁が必要です)。',
    InvalidEscapeCharacter: '文字列内のエスケープシーケンスが正しくありません。',
    InvalidCharacter: '文字列内の制御文字はエスケープする必要があります。',
    InternalError: 'ドキュメントを解析できませんでした。',
  },
};

/** What a jsonc-parser syntax error means, in one sentence. */
export function syntaxErrorText(lang: Lang, name: SyntaxError | undefined): string {
  return SYNTAX[lang][name ?? 'InvalidSymbol'];
}

/** One parse diagnostic as a sentence (the editor shows it under the text). */
export function parseDiagnosticText(
  lang: Lang,
  d: Pick<ParseDiagnostic, 'code' | 'syntaxError' | 'key' | 'maxDepth' | 'maxChars'>,
): string {
  switch (d.code) {
    case 'json-syntax':
      return syntaxErrorText(lang, d.syntaxError);
    case 'empty-document':
      return lang === 'ja'
        ? 'ドキュメントが空です。ポリシーは {"Version": …} のような JSON オブジェクトです。'
        : 'The document is empty: a policy is a JSON object such as {"Version": …}.';
    case 'too-deep':
      return lang === 'ja'
        ? `かっこの入れ子が ${d.maxDepth ?? 256} 段を超えているため、解析しませんでした。`
        : `The document nests brackets more than ${d.maxDepth ?? 256} levels deep; it was not parsed.`;
    case 'too-large':
      return lang === 'ja'
        ? `${formatCount('ja', d.maxChars ?? 0)} 文字を超えるドキュメントは、この画面では読み込みません。`
        : `Documents over ${formatCount('en', d.maxChars ?? 0)} characters are not read here.`;
    case 'duplicate-key':
      return lang === 'ja'
        ? `キー「${d.key ?? ''}」が重複しています。有効なのは最後の 1 つだけです。`
        : `Duplicate key "${d.key ?? ''}": only the last one counts.`;
  }
}
