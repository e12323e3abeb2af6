import type { RiskCategory, RiskDocId, RiskId } from '../core';

/** Why each risk matters to an attacker: one sentence per entry of the risk table. */
const WHY: { readonly [K in RiskId as `risk.why.${K}`]: string } = {
  'risk.why.create-policy-version':
    'It can write a new version of a customer managed policy and make it the default, granting itself any permission.',
  'risk.why.set-default-policy-version':
    'It can switch a managed policy to an older version that may grant more than the current one.',
  'risk.why.pass-role-ec2':
    'It can launch an instance with a more powerful role and use that role’s credentials from inside it.',
  'risk.why.create-access-key': 'It can create access keys for other IAM users and act as them.',
  'risk.why.create-login-profile':
    'It can give another IAM user a console password and sign in as that user.',
  'risk.why.update-login-profile':
    'It can change another IAM user’s console password and sign in as that user.',
  'risk.why.attach-user-policy':
    'It can attach any managed policy, AdministratorAccess included, to an IAM user.',
  'risk.why.attach-group-policy':
    'It can attach any managed policy, AdministratorAccess included, to an IAM group.',
  'risk.why.attach-role-policy':
    'It can attach any managed policy, AdministratorAccess included, to a role, this one too.',
  'risk.why.put-user-policy': 'It can write an inline policy granting anything to an IAM user.',
  'risk.why.put-group-policy': 'It can write an inline policy granting anything to an IAM group.',
  'risk.why.put-role-policy':
    'It can write an inline policy granting anything to a role, this one too.',
  'risk.why.add-user-to-group':
    'It can add a user to a group that has more permissions than the user has.',
  'risk.why.update-assume-role-policy':
    'It can rewrite another role’s trust policy to trust itself and then assume that role.',
  'risk.why.pass-role-lambda-invoke':
    'It can create a Lambda function with a more powerful role and invoke it to run code as that role.',
  'risk.why.pass-role-lambda-event-source':
    'It can create a Lambda function with a more powerful role and have an event source run it.',
  'risk.why.update-function-code':
    'It can replace an existing function’s code, which then runs with that function’s role.',
  'risk.why.pass-role-glue':
    'It can create a Glue development endpoint with a more powerful role and log in to it.',
  'risk.why.update-glue-endpoint':
    'It can add its own SSH key to an existing Glue development endpoint and use its role.',
  'risk.why.pass-role-cloudformation':
    'It can create a stack that CloudFormation builds with a more powerful role.',
  'risk.why.pass-role-data-pipeline':
    'It can create a pipeline that runs commands with a more powerful role.',
  'risk.why.get-secret-value':
    'It can read the values of Secrets Manager secrets, such as database passwords and API keys.',
  'risk.why.get-parameter':
    'It can read Parameter Store parameters, which often hold passwords and tokens.',
  'risk.why.get-password-data':
    'It can retrieve Windows instances’ administrator passwords, which whoever holds the key pair can decrypt.',
  'risk.why.get-function-configuration':
    'It can read Lambda functions’ environment variables, where secrets are often kept.',
  'risk.why.get-cluster-credentials':
    'It can obtain temporary database credentials for Amazon Redshift clusters.',
  'risk.why.create-service-specific-credential':
    'It can create service-specific credentials (such as for CodeCommit) for IAM users.',
  'risk.why.read-every-object':
    'It can read every object in every S3 bucket of the account, not only the ones it needs.',
  'risk.why.scan-every-table': 'It can read every item of every DynamoDB table of the account.',
  'risk.why.decrypt-with-every-key':
    'It can decrypt with every KMS key that allows it, so encryption no longer protects the data.',
  'risk.why.share-db-snapshot':
    'It can snapshot a database and share the snapshot with another account.',
  'risk.why.share-ebs-snapshot':
    'It can snapshot a volume and share the snapshot with another account.',
  'risk.why.bucket-policy':
    'It can change a bucket policy to open the bucket to other accounts or to everyone.',
  'risk.why.bucket-acl':
    'It can change bucket or object ACLs to grant access to other accounts or to everyone.',
  'risk.why.public-access-block':
    'It can turn off S3 Block Public Access, the guard against public buckets.',
  'risk.why.key-policy':
    'It can rewrite a KMS key policy to let other accounts use or manage the key.',
  'risk.why.key-grant': 'It can grant other principals the use of a KMS key.',
  'risk.why.function-permission':
    'It can add a resource policy that lets other accounts or services invoke a function or use a layer.',
  'risk.why.topic-permission':
    'It can change an SNS topic’s policy so that other accounts can publish or subscribe.',
  'risk.why.queue-permission':
    'It can change an SQS queue’s policy so that other accounts can send or read messages.',
  'risk.why.secret-policy':
    'It can attach a resource policy that lets other accounts read a secret.',
  'risk.why.repository-policy':
    'It can change an ECR repository policy so that other accounts can pull or push images.',
  'risk.why.file-system-policy':
    'It can change an EFS file system policy so that other accounts can mount it.',
  'risk.why.snapshot-attribute':
    'It can share EBS or RDS snapshots with other accounts, or make them public.',
  'risk.why.role-trust-policy':
    'It can change who may assume a role, for example trust another account.',
  'risk.why.stop-trail':
    'It can stop, delete or change CloudTrail trails, so its actions go unrecorded.',
  'risk.why.disable-guardduty':
    'It can delete or suspend GuardDuty detectors, so threats go undetected.',
  'risk.why.stop-config-recorder': 'It can stop AWS Config from recording configuration changes.',
  'risk.why.disable-security-hub': 'It can turn off Security Hub and its findings.',
  'risk.why.delete-log-group':
    'It can delete CloudWatch Logs log groups and streams, and the evidence in them.',
  'risk.why.modify-instance-attribute':
    'It can change an instance’s user data, which runs as root at the next start.',
  'risk.why.open-security-group':
    'It can open security groups to inbound traffic, from the internet too.',
  'risk.why.leave-organization':
    'It can take the account out of its organization, leaving its SCPs behind.',
};

/** AWS's own titles of the pages a risk points to (shown without a link). */
const DOCS: { readonly [K in RiskDocId as `risk.doc.${K}`]: string } = {
  'risk.doc.pass-role': 'Grant a user permissions to pass a role to an AWS service',
  'risk.doc.iam-best-practices': 'Security best practices in IAM',
  'risk.doc.access-levels': 'Access levels in policy summaries',
  'risk.doc.access-analyzer-resources':
    'IAM Access Analyzer supported resource types for external and internal access',
  'risk.doc.cloudtrail-best-practices': 'Security best practices in AWS CloudTrail',
};

const CATEGORIES: { readonly [K in RiskCategory as `risk.category.${K}`]: string } = {
  'risk.category.privilege-escalation': 'Privilege escalation',
  'risk.category.credentials-exposure': 'Credentials exposure',
  'risk.category.data-exfiltration': 'Data exfiltration',
  'risk.category.resource-exposure': 'Resource exposure',
  'risk.category.infrastructure-modification': 'Infrastructure modification',
};

/** The badge's short word, where the card has little room. */
const SHORT: { readonly [K in RiskCategory as `risk.short.${K}`]: string } = {
  'risk.short.privilege-escalation': 'Escalation',
  'risk.short.credentials-exposure': 'Credentials',
  'risk.short.data-exfiltration': 'Exfiltration',
  'risk.short.resource-exposure': 'Exposure',
  'risk.short.infrastructure-modification': 'Infrastructure',
};

/** English strings of the risk lens (the "Risks" toggle, badges and security findings). */
export const riskEn = {
  'risk.toggle': 'Risks',
  'risk.toggleHint':
    'Risks: mark what an attacker could do with what this role is allowed (badges on the picture, security findings in Problems)',
  'risk.role.escalation': 'Privilege-escalation path',
  'risk.role.escalationName': 'has a privilege-escalation path',
  'risk.node.name': '{name}; risks: {risks}',
  'risk.service.countName': '{n} actions at risk: {risks}',
  'risk.finding': '{category}: {why}',
  'risk.doc': 'AWS documentation: “{title}”',
  'risk.legend': 'A risk to an attacker (with Risks on)',
  ...CATEGORIES,
  ...SHORT,
  ...DOCS,
  ...WHY,
} as const;

export type RiskMessages = { readonly [K in keyof typeof riskEn]: string };
