import { describe, expect, it } from 'vitest';
import { lintAsync } from './lintRunner';

// Where no Web Worker can run (here, Node), the checks run in the page instead: the same findings.
// ssm:GetDocument is the real action (Service Authorization Reference, AWS Systems Manager).
const typo =
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", ' +
  '"Action": ["ssm:GetDocumnet"], "Resource": "*"}]}';

describe('lintAsync without a worker', () => {
  it('lints in the page, with the catalog loaded, and answers the same array again', async () => {
    const findings = await lintAsync(typo, 'identity');
    const unknown = findings.find((f) => f.code === 'unknown-action');
    expect(unknown).toMatchObject({ path: 'Statement[0].Action[0]' });
    expect(JSON.stringify(unknown)).toContain('ssm:GetDocument');
    expect(await lintAsync(typo, 'identity')).toBe(findings);
  });
});
