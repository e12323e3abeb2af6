import type { PolicyKind } from '../../core/lint';
import type { DocKind } from '../../core/scenario';

/**
 * The linter's policy kind for a scenario document, so each tab is checked by its own grammar
 * (a trust policy needs a Principal, a permission policy must not have one, …).
 */
export function lintKindOf(kind: DocKind): PolicyKind {
  switch (kind) {
    case 'trust':
      return 'trust';
    case 'identity':
      return 'identity';
    case 'boundary':
      return 'boundary';
    case 'session':
      return 'session';
    case 'scp':
      return 'scp';
    case 'resource':
      return 'resource';
    default:
      return 'identity';
  }
}
