/**
 * The risk table: actions and combinations of actions that matter to an attacker, written for
 * Rolemap from public, documented sources (each entry names its sources; see RISK_SOURCES).
 * Privilege escalation follows the methods Rhino Security Labs published (a combination counts
 * only when every part is granted); the other categories follow AWS's documentation of access
 * levels (Write, Permissions management), of the resource policies IAM Access Analyzer analyses
 * for external access, and of IAM's and CloudTrail's security best practices.
 */
import type { RiskDefinition, RiskSource } from './types';

/**
 * Where the table comes from: public research and AWS documentation pages, by address (the
 * comment names each page; the UI words the titles of the AWS pages in src/i18n/risk.*).
 */
export const RISK_SOURCES = {
  // AWS IAM Privilege Escalation – Methods and Mitigation (Rhino Security Labs)
  rhino: {
    url: 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/',
  },
  // Grant a user permissions to pass a role to an AWS service
  'pass-role': {
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
  },
  // Security best practices in IAM
  'iam-best-practices': {
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  },
  // Access levels in policy summaries
  'access-levels': {
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html',
  },
  // Actions, resources, and condition keys for AWS services
  'service-authorization': {
    url: 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
  },
  // IAM Access Analyzer supported resource types for external and internal access
  'access-analyzer-resources': {
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-resources.html',
  },
  // IAM Access Analyzer policy check reference
  'access-analyzer-checks': {
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
  },
  // Security best practices in AWS CloudTrail
  'cloudtrail-best-practices': {
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html',
  },
} as const satisfies Record<string, RiskSource>;

export type RiskSourceId = keyof typeof RISK_SOURCES;

const PRIVESC = ['rhino', 'iam-best-practices'] as const;
const PASS_ROLE = ['rhino', 'pass-role'] as const;
const CREDENTIALS = ['iam-best-practices', 'service-authorization'] as const;
const DATA = ['access-levels', 'service-authorization'] as const;
const EXPOSURE = ['access-analyzer-resources', 'access-levels', 'access-analyzer-checks'] as const;
const INFRA = ['access-levels', 'service-authorization'] as const;

/** Every risk, grouped by category (the order findings are listed in); one line per entry. */
// prettier-ignore
export const RISKS = [
  // Privilege escalation: Rhino Security Labs' methods, numbered as in their article.
  { id: 'create-policy-version', category: 'privilege-escalation', parts: [['iam:CreatePolicyVersion']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'set-default-policy-version', category: 'privilege-escalation', parts: [['iam:SetDefaultPolicyVersion']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'pass-role-ec2', category: 'privilege-escalation', parts: [['iam:PassRole'], ['ec2:RunInstances']], doc: 'pass-role', sources: PASS_ROLE },
  { id: 'create-access-key', category: 'privilege-escalation', parts: [['iam:CreateAccessKey']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'create-login-profile', category: 'privilege-escalation', parts: [['iam:CreateLoginProfile']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'update-login-profile', category: 'privilege-escalation', parts: [['iam:UpdateLoginProfile']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'attach-user-policy', category: 'privilege-escalation', parts: [['iam:AttachUserPolicy']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'attach-group-policy', category: 'privilege-escalation', parts: [['iam:AttachGroupPolicy']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'attach-role-policy', category: 'privilege-escalation', parts: [['iam:AttachRolePolicy']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'put-user-policy', category: 'privilege-escalation', parts: [['iam:PutUserPolicy']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'put-group-policy', category: 'privilege-escalation', parts: [['iam:PutGroupPolicy']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'put-role-policy', category: 'privilege-escalation', parts: [['iam:PutRolePolicy']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'add-user-to-group', category: 'privilege-escalation', parts: [['iam:AddUserToGroup']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'update-assume-role-policy', category: 'privilege-escalation', parts: [['iam:UpdateAssumeRolePolicy'], ['sts:AssumeRole']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'pass-role-lambda-invoke', category: 'privilege-escalation', parts: [['iam:PassRole'], ['lambda:CreateFunction'], ['lambda:InvokeFunction']], doc: 'pass-role', sources: PASS_ROLE },
  { id: 'pass-role-lambda-event-source', category: 'privilege-escalation', parts: [['iam:PassRole'], ['lambda:CreateFunction'], ['lambda:CreateEventSourceMapping']], doc: 'pass-role', sources: PASS_ROLE },
  { id: 'update-function-code', category: 'privilege-escalation', parts: [['lambda:UpdateFunctionCode']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'pass-role-glue', category: 'privilege-escalation', parts: [['iam:PassRole'], ['glue:CreateDevEndpoint']], doc: 'pass-role', sources: PASS_ROLE },
  { id: 'update-glue-endpoint', category: 'privilege-escalation', parts: [['glue:UpdateDevEndpoint']], doc: 'iam-best-practices', sources: PRIVESC },
  { id: 'pass-role-cloudformation', category: 'privilege-escalation', parts: [['iam:PassRole'], ['cloudformation:CreateStack']], doc: 'pass-role', sources: PASS_ROLE },
  { id: 'pass-role-data-pipeline', category: 'privilege-escalation', parts: [['iam:PassRole'], ['datapipeline:CreatePipeline'], ['datapipeline:PutPipelineDefinition']], doc: 'pass-role', sources: PASS_ROLE },

  // Credentials exposure: actions that hand out secrets or new credentials.
  { id: 'get-secret-value', category: 'credentials-exposure', parts: [['secretsmanager:GetSecretValue']], doc: 'iam-best-practices', sources: CREDENTIALS },
  { id: 'get-parameter', category: 'credentials-exposure', parts: [['ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath']], doc: 'iam-best-practices', sources: CREDENTIALS },
  { id: 'get-password-data', category: 'credentials-exposure', parts: [['ec2:GetPasswordData']], doc: 'iam-best-practices', sources: CREDENTIALS },
  { id: 'get-function-configuration', category: 'credentials-exposure', parts: [['lambda:GetFunction', 'lambda:GetFunctionConfiguration']], doc: 'iam-best-practices', sources: CREDENTIALS },
  { id: 'get-cluster-credentials', category: 'credentials-exposure', parts: [['redshift:GetClusterCredentials']], doc: 'iam-best-practices', sources: CREDENTIALS },
  { id: 'create-service-specific-credential', category: 'credentials-exposure', parts: [['iam:CreateServiceSpecificCredential']], doc: 'iam-best-practices', sources: CREDENTIALS },

  // Data exfiltration: reading everything, or copying data where another account can reach it.
  { id: 'read-every-object', category: 'data-exfiltration', parts: [['s3:GetObject']], allResources: true, doc: 'access-levels', sources: DATA },
  { id: 'scan-every-table', category: 'data-exfiltration', parts: [['dynamodb:Scan']], allResources: true, doc: 'access-levels', sources: DATA },
  { id: 'decrypt-with-every-key', category: 'data-exfiltration', parts: [['kms:Decrypt']], allResources: true, doc: 'access-levels', sources: DATA },
  { id: 'share-db-snapshot', category: 'data-exfiltration', parts: [['rds:CreateDBSnapshot', 'rds:CreateDBClusterSnapshot'], ['rds:ModifyDBSnapshotAttribute', 'rds:ModifyDBClusterSnapshotAttribute']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'share-ebs-snapshot', category: 'data-exfiltration', parts: [['ec2:CreateSnapshot'], ['ec2:ModifySnapshotAttribute']], doc: 'access-analyzer-resources', sources: EXPOSURE },

  // Resource exposure: permissions management on the resource policies Access Analyzer checks.
  { id: 'bucket-policy', category: 'resource-exposure', parts: [['s3:PutBucketPolicy']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'bucket-acl', category: 'resource-exposure', parts: [['s3:PutBucketAcl', 's3:PutObjectAcl']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'public-access-block', category: 'resource-exposure', parts: [['s3:PutBucketPublicAccessBlock', 's3:PutAccountPublicAccessBlock']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'key-policy', category: 'resource-exposure', parts: [['kms:PutKeyPolicy']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'key-grant', category: 'resource-exposure', parts: [['kms:CreateGrant']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'function-permission', category: 'resource-exposure', parts: [['lambda:AddPermission', 'lambda:AddLayerVersionPermission']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'topic-permission', category: 'resource-exposure', parts: [['sns:AddPermission', 'sns:SetTopicAttributes']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'queue-permission', category: 'resource-exposure', parts: [['sqs:AddPermission', 'sqs:SetQueueAttributes']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'secret-policy', category: 'resource-exposure', parts: [['secretsmanager:PutResourcePolicy']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'repository-policy', category: 'resource-exposure', parts: [['ecr:SetRepositoryPolicy']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'file-system-policy', category: 'resource-exposure', parts: [['elasticfilesystem:PutFileSystemPolicy']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'snapshot-attribute', category: 'resource-exposure', parts: [['ec2:ModifySnapshotAttribute', 'rds:ModifyDBSnapshotAttribute', 'rds:ModifyDBClusterSnapshotAttribute']], doc: 'access-analyzer-resources', sources: EXPOSURE },
  { id: 'role-trust-policy', category: 'resource-exposure', parts: [['iam:UpdateAssumeRolePolicy']], doc: 'access-analyzer-resources', sources: EXPOSURE },

  // Infrastructure modification: turning off what would notice, or changing what runs.
  { id: 'stop-trail', category: 'infrastructure-modification', parts: [['cloudtrail:StopLogging', 'cloudtrail:DeleteTrail', 'cloudtrail:UpdateTrail', 'cloudtrail:PutEventSelectors']], doc: 'cloudtrail-best-practices', sources: ['cloudtrail-best-practices', 'access-levels'] },
  { id: 'disable-guardduty', category: 'infrastructure-modification', parts: [['guardduty:DeleteDetector', 'guardduty:UpdateDetector']], doc: 'access-levels', sources: INFRA },
  { id: 'stop-config-recorder', category: 'infrastructure-modification', parts: [['config:StopConfigurationRecorder', 'config:DeleteConfigurationRecorder', 'config:DeleteDeliveryChannel']], doc: 'access-levels', sources: INFRA },
  { id: 'disable-security-hub', category: 'infrastructure-modification', parts: [['securityhub:DisableSecurityHub']], doc: 'access-levels', sources: INFRA },
  { id: 'delete-log-group', category: 'infrastructure-modification', parts: [['logs:DeleteLogGroup', 'logs:DeleteLogStream']], doc: 'access-levels', sources: INFRA },
  { id: 'modify-instance-attribute', category: 'infrastructure-modification', parts: [['ec2:ModifyInstanceAttribute']], doc: 'access-levels', sources: INFRA },
  { id: 'open-security-group', category: 'infrastructure-modification', parts: [['ec2:AuthorizeSecurityGroupIngress']], doc: 'access-levels', sources: INFRA },
  { id: 'leave-organization', category: 'infrastructure-modification', parts: [['organizations:LeaveOrganization']], doc: 'access-levels', sources: INFRA },
] as const satisfies readonly (RiskDefinition & { sources: readonly RiskSourceId[] })[];

/** A risk's code: one per entry of the table; i18n words each one's "why". */
export type RiskId = (typeof RISKS)[number]['id'];
