/**
 * The graph model: plain, serialisable nodes and edges the UI draws and the CLI prints (as Graph
 * JSON, PRODUCT.md, once src/i18n/engine/graph.ts has worded its texts).
 */
import type {
  AccessLevel,
  Decision,
  DocId,
  ExampleCredentials,
  JsonPath,
  StatementName,
} from '../core';
import type { ConditionText, GraphText } from './text';

export type NodeKind =
  | 'principal'
  | 'trust-policy'
  | 'sts'
  | 'credentials'
  | 'role'
  | 'permission-policy'
  | 'service'
  | 'action'
  | 'resource'
  | 'condition'
  | 'boundary'
  | 'scp'
  | 'rcp'
  | 'endpoint-policy'
  | 'instance-profile';

/** Lane order, left to right: where each kind sits in the story. */
export const LANES: Readonly<Record<NodeKind, number>> = {
  principal: 0,
  'instance-profile': 1,
  'trust-policy': 2,
  condition: 2,
  sts: 3,
  credentials: 4,
  role: 5,
  boundary: 5,
  scp: 5,
  rcp: 5,
  'endpoint-policy': 5,
  'permission-policy': 6,
  service: 7,
  action: 8,
  resource: 9,
};

/** Kinds drawn top to bottom in the first column: the story of getting credentials, up to the role. */
export const CHAIN_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'principal',
  'instance-profile',
  'trust-policy',
  'condition',
  'sts',
  'credentials',
]);

/** Where a node's text lives in the editor: which document, and the range within it. */
export interface SourceRef {
  /** The document's stable id ('trust', a permission policy's or an SCP's id, 'boundary', 'session'). */
  doc: DocId;
  path: JsonPath;
  /** 0-based offsets into that document's text. */
  start: number;
  end: number;
}

export type PrincipalType =
  'service' | 'account' | 'user' | 'role' | 'federated' | 'anyone' | 'other';
export type Effect = 'Allow' | 'Deny';

interface BaseNode {
  id: string;
  kind: NodeKind;
  /** The node's title, as a code i18n words. */
  label: GraphText;
  /** A second line, e.g. the principal's kind and raw value, or a policy's statement count. */
  detail?: GraphText;
  source?: SourceRef;
  /** The author's own comment on this element, when it is not already the node's annotation. */
  comment?: string;
}

export interface PrincipalNode extends BaseNode {
  kind: 'principal';
  principalType: PrincipalType;
  /** The Principal entry as written: its key ("Service", "AWS", "Federated", "*") and value. */
  principal?: { key: string; value: string };
  /** True when a trust-policy Deny names this principal. */
  denied?: boolean;
}

export interface TrustPolicyNode extends BaseNode {
  kind: 'trust-policy';
  /** `label` says what the statement admits: "ec2.amazonaws.com may call sts:AssumeRole". */
  /** The conditions of the statement, as codes i18n words in plain language. */
  conditions: ConditionText[];
  /** The statement this node stands for: its Sid, else its position. */
  statement?: StatementName;
  /** Allow: the statement admits principals; Deny: it refuses them. */
  effect?: Effect;
}

export interface StsNode extends BaseNode {
  kind: 'sts';
  /** e.g. ['sts:AssumeRole']. */
  operations: string[];
  sessionDurationSeconds: number;
}

export interface CredentialsNode extends BaseNode {
  kind: 'credentials';
  /** Example values, always marked as examples in the UI. */
  example: ExampleCredentials;
}

export interface RoleNode extends BaseNode {
  kind: 'role';
  arn: string;
  maxSessionDuration: number;
}

export interface PermissionPolicyNode extends BaseNode {
  kind: 'permission-policy';
  managed: boolean;
  statementCount: number;
}

export interface ServiceNode extends BaseNode {
  kind: 'service';
  /**
   * `comment` here is the comment of the statement(s) behind these actions (one heading for the
   * whole Action list), shown once on the box rather than on each action card.
   */
  /** Service prefix, e.g. "ssm". */
  service: string;
  /** Full service name when the catalog knows it. */
  serviceName?: string;
  actionCount: number;
  /** For a collapsed set of services (a policy touching more than 30 services): their prefixes. */
  group?: string[];
  /** Present on service groups: whether a click expands them. */
  expandable?: boolean;
  /** True when the id is in the builder's `expanded` set and its members are drawn. */
  expanded?: boolean;
  /**
   * Set by the view's level of detail (levelOfDetail), never by the builder: `summary` when the
   * service is drawn as one card summarising its actions, `actions` when its action cards are drawn.
   */
  lod?: 'summary' | 'actions';
  /** With `lod: 'summary'`: what its actions add up to. */
  summary?: ServiceSummary;
}

/** A collapsed service's actions, counted: by access level, written denies and unknown actions. */
export interface ServiceSummary {
  /** Ids of the action nodes the card stands for (the cards an expanded box would hold). */
  members: string[];
  /** Cards per access level (wildcards and unknown actions have none). */
  levels: Partial<Record<AccessLevel, number>>;
  /** Cards whose statement denies them, as written. */
  denied: number;
  /** Those cards' ids (a Deny card is drawn as a Deny whatever the layers say). */
  deniedIds: string[];
  /** Cards the catalog does not know (typos): they grant nothing. */
  unknown: number;
  /**
   * Whether some card may be refused once every layer applies (the scenario has a boundary, a
   * session policy or an SCP, or a card acts on none of its resources): the card keeps room to say so.
   */
  mayRevoke: boolean;
}

export interface ActionNode extends BaseNode {
  kind: 'action';
  /** "ssm:GetDocument", or a wildcard such as "ssm:Get*"; for a collapsed group, the service prefix + ":*group". */
  action: string;
  annotation: string;
  /** Where the annotation came from. */
  annotationSource: 'comment' | 'catalog' | 'none';
  accessLevel?: AccessLevel;
  effect: Effect;
  /** For wildcards and NotAction: how many catalog actions match (undefined until the catalog is loaded). */
  matchCount?: number;
  wildcard?: boolean;
  notAction?: boolean;
  /** For a collapsed group: the actions inside. */
  group?: string[];
  /** Present on wildcard/group nodes: whether they can be expanded with a click. */
  expandable?: boolean;
  /** True when the id is in the builder's `expanded` set: the matching actions hang off this node. */
  expanded?: boolean;
  /** The conditions of the statement(s) that grant or deny this action, as codes. */
  conditions?: ConditionText[];
  /**
   * False when the catalog does not have the action (a typo, an unknown service) or the wildcard
   * matches no action: it grants nothing. True when the catalog has it; absent until it can tell.
   */
  known?: boolean;
  /** For an unknown action: the action it most likely meant ("ssm:GetDocument"). */
  suggestion?: string;
  /** The policy both allows and denies this action (in different statements): one card for both. */
  mixed?: true;
  /**
   * The catalog says none of its statements' resources is one this action acts on (so it has no
   * resource link, and grants nothing through this policy).
   */
  noTargets?: true;
  /** What the card says beyond its annotation: "unknown action: grants nothing", as a code. */
  note?: GraphText;
  /**
   * The effective verdict with every layer of the scenario: set by `withDecisions` for Graph JSON
   * (the app draws the same verdicts from `effectiveActions`, with the layers switched on or off).
   */
  decision?: Decision;
  /** With `decision`: allowed on some of its resources (or, for a wildcard, some actions), not all. */
  partial?: true;
  /** With `decision`: the verdict on each resource the action is linked to, and the ARN asked about. */
  decisions?: { resource: string; arn: string; decision: Decision; partial?: boolean }[];
}

export interface ResourceNode extends BaseNode {
  kind: 'resource';
  arn: string;
  /** True for "*" and other unrestricted patterns. */
  unrestricted: boolean;
  notResource?: boolean;
  /** For a collapsed list of resources: every ARN inside. */
  group?: string[];
  /** For NotResource: the ARNs excluded. */
  except?: string[];
  /**
   * Actions of a statement naming this resource that cannot act on it (the catalog's resource
   * types for each): the ARN grants nothing to them.
   */
  grantsNothingTo?: string[];
  /** What the card says about that, as a code. */
  note?: GraphText;
}

export interface OtherNode extends BaseNode {
  kind: 'condition' | 'boundary' | 'scp' | 'rcp' | 'endpoint-policy' | 'instance-profile';
}

export type GraphNode =
  | PrincipalNode
  | TrustPolicyNode
  | StsNode
  | CredentialsNode
  | RoleNode
  | PermissionPolicyNode
  | ServiceNode
  | ActionNode
  | ResourceNode
  | OtherNode;

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** The verb of the story on this edge ("asks sts:AssumeRole", "grants"), as a code. */
  label?: GraphText;
  effect?: Effect;
  /** The edge only holds under a statement's conditions (an action acting on a resource "if …"). */
  conditional?: true;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
