/** Public API of the policy evaluation engine. */

export { evaluateRequest, MAX_POLICIES, type EvaluateOptions } from './evaluate';
export {
  readSimulationRequest,
  simulate,
  validateSimulationRequest,
  type ReadRequestResult,
  type SimulateResult,
} from './request';
export { describePrincipal, type PrincipalInfo } from './principalInfo';
export { MAX_CONTEXT_KEYS } from './context';
export { parseOperator, OPERATOR_NAMES, type ParsedOperator } from './conditions/operators';
export { OPERATOR_FAMILIES, type OperatorFamily } from './conditions/types';
export { policyName, statementName } from './labels';
export * from './codes';
export * from './types';
