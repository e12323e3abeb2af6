/** ARN parsing: `arn:partition:service:region:account:resource`, the resource keeping its colons. */

export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Splits an ARN into its six components; undefined when the text is not an ARN. */
export function splitArn(text: string): ArnParts | undefined {
  if (typeof text !== 'string' || !text.startsWith('arn:')) return undefined;
  const parts = splitFirst(text, ':', 5);
  if (parts.length < 6) return undefined;
  const [, partition, service, region, account, resource] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { partition, service, region, account, resource };
}

/** Splits at the first `count` separators; the last piece keeps any further separators. */
export function splitFirst(text: string, separator: string, count: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < count) {
    const at = text.indexOf(separator, start);
    if (at === -1) break;
    out.push(text.slice(start, at));
    start = at + separator.length;
  }
  out.push(text.slice(start));
  return out;
}

/** The account field of an ARN when it has a 12-digit one (S3 bucket ARNs have none). */
export function arnAccount(text: string): string | undefined {
  const arn = splitArn(text);
  return arn !== undefined && /^\d{12}$/.test(arn.account) ? arn.account : undefined;
}
