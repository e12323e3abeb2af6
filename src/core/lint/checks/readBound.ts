import type { JsonPath, StringListElement } from '../../policy';
import type { Check, LintContext } from '../types';

/** Names a list by its place: `Action`, `Principal.AWS`, `Condition.StringLike.s3:prefix`. */
function elementName(path: JsonPath): string {
  return path.filter((seg) => typeof seg === 'string' && seg !== 'Statement').join('.');
}

function checkList(ctx: LintContext, list: StringListElement | undefined): void {
  if (list === undefined) return;
  const read = list.values.length + list.invalid.length;
  if (list.total <= read) return;
  const params = { element: elementName(list.path), checked: read, total: list.total };
  ctx.report('warning', 'not-all-checked', params, list.path);
}

/**
 * The reader's own bounds (POLICY_LIMITS: 10,000 statements, 10,000 values per list) are said,
 * never silent: a list or a Statement array longer than that is checked, drawn and evaluated only
 * in its first part (the evaluator then fails closed), and this finding says where and how much.
 * AWS's size quotas allow far less, so only a generated or hostile document meets it.
 */
export const readBound: Check = {
  codes: ['not-all-checked'],
  run(ctx) {
    const model = ctx.model;
    const readStatements = model.statements.length + model.invalidStatements.length;
    if (model.statementTotal > readStatements) {
      const params = { element: 'Statement', checked: readStatements, total: model.statementTotal };
      ctx.report('warning', 'not-all-checked', params, ['Statement']);
    }
    for (const st of model.statements) {
      for (const list of [st.action, st.notAction, st.resource, st.notResource])
        checkList(ctx, list);
      for (const principal of [st.principal, st.notPrincipal])
        if (principal?.kind === 'map')
          for (const list of principal.types.values()) checkList(ctx, list);
      for (const op of st.condition?.operators ?? [])
        for (const key of op.keys) checkList(ctx, key);
    }
  },
};
