/** The scenario: the one unit of state (PRODUCT.md, "Scenario file (rolemap version 1)"). */

export interface PermissionPolicy {
  name: string;
  managed: boolean;
  /** Policy text, kept verbatim so comments and formatting survive. */
  document: string;
}

export interface Role {
  name: string;
  account?: string;
  maxSessionDuration?: number;
  trustPolicy: string;
  permissionPolicies: PermissionPolicy[];
  permissionsBoundary?: string;
}

export interface Scenario {
  rolemap: 1;
  title?: string;
  role: Role;
  sessionPolicy?: string;
  scps?: string[];
  /**
   * A resource-based policy (e.g. a bucket or key policy) to evaluate requests against. An
   * optional extension of scenario version 1 for the simulator's layers.
   */
  resourcePolicy?: string;
}
