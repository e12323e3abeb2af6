/** English wording for jsonc-parser's error names (ParseDiagnostic.syntaxError carries the name). */
export const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
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
};
