/** Shapes of the risk lens: what an attacker could do with what a role is granted. */

/** The kinds of risk, in the order the UI lists them. */
export const RISK_CATEGORIES = [
  'privilege-escalation',
  'credentials-exposure',
  'data-exfiltration',
  'resource-exposure',
  'infrastructure-modification',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** The AWS documentation page a risk points the reader to (the UI shows its title, no link). */
export type RiskDocId =
  | 'pass-role'
  | 'iam-best-practices'
  | 'access-levels'
  | 'access-analyzer-resources'
  | 'cloudtrail-best-practices';

/** A public source the table was written from, by its address. */
export interface RiskSource {
  url: string;
}

/**
 * One risk: a set of actions that matter to an attacker once ALL its parts are granted. Each part
 * is a list of alternatives (any one of them fulfils it): `[['iam:PassRole'], ['ec2:RunInstances']]`.
 */
export interface RiskDefinition {
  /** A stable kebab-case code; i18n words its one-sentence "why". */
  id: string;
  category: RiskCategory;
  parts: readonly (readonly string[])[];
  /** Only a risk when granted on every resource (`"Resource": "*"`), e.g. reading every S3 object. */
  allResources?: true;
  doc: RiskDocId;
  /** Keys of RISK_SOURCES the entry was written from. */
  sources: readonly string[];
}

/** One action the role's session is granted once every layer applies, and the cards that grant it. */
export interface RiskGrant {
  action: string;
  /** Ids of the graph nodes that grant it (a card, a wildcard, a group). */
  nodes: readonly string[];
  /** Granted on every resource (a statement with `"Resource": "*"` allows it). */
  allResources: boolean;
}

/** One risk the role has: every part granted, and by which action and cards. */
export interface RiskFinding<Id extends string = string> {
  id: Id;
  category: RiskCategory;
  doc: RiskDocId;
  /** Per part of the definition: its granted alternatives and the nodes granting them. */
  parts: { actions: readonly string[]; nodes: readonly string[] }[];
}

/** Every risk of a role, and what each graph node takes part in. */
export interface RiskReport<Id extends string = string> {
  findings: RiskFinding<Id>[];
  /** Node id → the categories of the findings it takes part in (in RISK_CATEGORIES order). */
  byNode: ReadonlyMap<string, readonly RiskCategory[]>;
  /** The role has at least one privilege-escalation path. */
  escalation: boolean;
}
