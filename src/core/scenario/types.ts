/**
 * The scenario: the one unit of state. Inside Rolemap every removable document carries a stable
 * id; the file form (PRODUCT.md, "Scenario file (rolemap version 1)") has none and is what
 * share links, exports and the CLI read and write (see file.ts).
 */

/** A permission policy's document id: stable while the policy exists, never a list position. */
export type PermissionDocId = `permission:${string}`;
/** An SCP's document id. */
export type ScpDocId = `scp:${string}`;
/** A resource control policy's document id. */
export type RcpDocId = `rcp:${string}`;
/** Identifies one policy document of a scenario. */
export type DocId =
  | 'trust'
  | 'boundary'
  | 'session'
  | 'resource'
  | 'endpoint'
  | PermissionDocId
  | ScpDocId
  | RcpDocId;

export interface PermissionPolicy {
  id: PermissionDocId;
  name: string;
  managed: boolean;
  /** Policy text, kept verbatim so comments and formatting survive. */
  document: string;
}

export interface ScpDocument {
  id: ScpDocId;
  document: string;
}

export interface RcpDocument {
  id: RcpDocId;
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
  scps?: ScpDocument[];
  /** Resource control policies of the organization the resources belong to. */
  rcps?: RcpDocument[];
  /** The VPC endpoint policy requests pass through. */
  endpointPolicy?: string;
  /**
   * A resource-based policy (e.g. a bucket or key policy) to evaluate requests against. An
   * optional extension of scenario version 1 for the simulator's layers.
   */
  resourcePolicy?: string;
}

/** The scenario file as PRODUCT.md specifies it: no ids, SCPs as a list of texts. */
export interface ScenarioFile {
  rolemap: 1;
  title?: string;
  role: {
    name: string;
    account?: string;
    maxSessionDuration?: number;
    trustPolicy: string;
    permissionPolicies: { name: string; managed: boolean; document: string }[];
    permissionsBoundary?: string;
  };
  sessionPolicy?: string;
  scps?: string[];
  rcps?: string[];
  endpointPolicy?: string;
  resourcePolicy?: string;
}
