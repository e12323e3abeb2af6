/** Which resources each statement's actions can act on, so a resource none of them can use is flagged. */
import type { StatementInfo } from './actionItems';
import type { GraphAccumulator } from './GraphAccumulator';
import { shortList, text } from './text';
import type { ResourceNode } from './types';

/** Actions named on one resource's "grants nothing to …". */
const MAX_NAMED = 12;

export class ResourceUse {
  private readonly byStatement = new Map<StatementInfo, Map<string, boolean>>();

  /** Records that a statement's action was (or was not) linked to a resource it names. */
  record(statement: StatementInfo, resourceId: string, linked: boolean): void {
    let uses = this.byStatement.get(statement);
    if (uses === undefined) {
      uses = new Map();
      this.byStatement.set(statement, uses);
    }
    uses.set(resourceId, (uses.get(resourceId) ?? false) || linked);
  }

  /**
   * Marks every resource node that some statement names but none of that statement's actions can
   * act on: the ARN grants nothing to them, and the node says so.
   */
  flag(acc: GraphAccumulator): void {
    for (const [statement, uses] of this.byStatement) {
      for (const [id, linked] of uses) {
        if (linked) continue;
        const node = acc.getNode(id);
        if (node === undefined || node.kind !== 'resource') continue;
        const resource = node as ResourceNode;
        const names = resource.grantsNothingTo ?? [];
        for (const action of statement.actions)
          if (!names.includes(action) && names.length < MAX_NAMED) names.push(action);
        resource.grantsNothingTo = names;
        resource.note = text('grants-nothing-to', { actions: shortList(names) });
      }
    }
  }
}
