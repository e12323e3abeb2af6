/** The risk lens: a table of attacker-relevant actions and the analysis of what a role is granted. */
export * from './types';
export { RISKS, RISK_SOURCES, type RiskId, type RiskSourceId } from './data';
export { analyzeRisks, riskActionsMatching, RISK_ACTIONS } from './analyze';
