/** Public API of the policy evaluation engine. */

export { evaluateRequest, TRUST_POLICY_ACTIONS } from './evaluate';
export {
  readSimulationRequest,
  simulate,
  validateSimulationRequest,
  type ReadRequestResult,
  type SimulateResult,
} from './request';
export { describePrincipal, type PrincipalInfo } from './principalInfo';
export { parseOperator, OPERATOR_NAMES, type ParsedOperator } from './conditions/operators';
export { policyLabel, statementLabel } from './labels';
export * from './types';
