/** Every check, in the order they run (findings are sorted by position afterwards). */
import type { Check } from '../types';
import { sizeQuota } from './sizeQuota';
import { emptyValues } from './emptyValues';
import { redundancy } from './redundancy';
import { passRole } from './passRole';
import { fullAccess } from './fullAccess';
import { permissionsManagement } from './permissionsManagement';
import { allowNot } from './allowNot';
import { openTrust } from './openTrust';
import { oidcTrust } from './oidcTrust';
import { crossAccountTrust } from './crossAccountTrust';
import { actionElement } from './actionElement';
import { actions } from './actions';
import { comments } from './comments';
import { arnFormat } from './arnFormat';
import { policyVariables } from './policyVariables';
import { conditionValues } from './conditionValues';
import { conditionKeys } from './conditionKeys';
import { conditionOperators } from './conditionOperators';
import { effect } from './effect';
import { principalElement } from './principalElement';
import { resourceElement } from './resourceElement';
import { sid } from './sid';
import { statementElements } from './statementElements';
import { syntax } from './syntax';
import { readBound } from './readBound';
import { topLevel } from './topLevel';
import { trustActions } from './trustActions';
import { version } from './version';
import { principalValues } from './principalValues';
import { principalActions } from './principalActions';
import { serviceSource } from './serviceSource';
// condition keys, operators and values (issue 10)
import { conditionKeyTypes } from './conditionKeyTypes';
import { conditionKeyActions } from './conditionKeyActions';
import { sourceIp } from './sourceIp';
import { conditionPairs } from './conditionPairs';
import { tagKeySupport } from './tagKeySupport';
import { resourceTypes } from './resourceTypes';

export const ALL_CHECKS: readonly Check[] = [
  syntax,
  readBound,
  comments,
  topLevel,
  version,
  statementElements,
  effect,
  actionElement,
  resourceElement,
  principalElement,
  sid,
  trustActions,
  actions,
  conditionOperators,
  conditionKeys,
  conditionValues,
  policyVariables,
  arnFormat,
  passRole,
  fullAccess,
  permissionsManagement,
  allowNot,
  openTrust,
  oidcTrust,
  crossAccountTrust,
  sizeQuota,
  emptyValues,
  redundancy,
  // principals
  principalValues,
  principalActions,
  serviceSource,
  // condition keys, operators and values (issue 10)
  conditionKeyTypes,
  conditionKeyActions,
  sourceIp,
  conditionPairs,
  tagKeySupport,
  resourceTypes,
];
