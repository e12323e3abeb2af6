/**
 * Scenarios the render tests draw (test-only), written from AWS's documentation, not from our output:
 * - the EC2 trust policy of "Use an IAM role to grant permissions to applications running on Amazon
 *   EC2 instances" (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html);
 * - the S3 read-only statement of "Amazon S3: Allows read and write access to objects in an S3 bucket"
 *   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_rw-bucket.html),
 *   with its `s3:*Object` narrowed to two actions and our own `//` annotation, plus a Deny statement as in "Explicit deny" of
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html;
 * - the cross-account trust with sts:ExternalId of
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html.
 */
import { readScenarioValue, type Scenario } from '../../core';

/** The trust policy AWS's EC2 role page shows. */
export const EC2_TRUST = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Service": "ec2.amazonaws.com" },
      "Action": "sts:AssumeRole"
    }
  ]
}`;

/** AWS's read/write bucket example, annotated by us, with an explicit Deny on DeleteObject. */
export const BUCKET_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ListObjectsInBucket",
      "Effect": "Allow",
      "Action": ["s3:ListBucket"],
      "Resource": ["arn:aws:s3:::bucket-name"]
    },
    {
      "Sid": "AllObjectActions",
      "Effect": "Allow",
      "Action": [
        "s3:GetObject", // read the reports the job writes
        "s3:DeleteObject"
      ],
      "Resource": ["arn:aws:s3:::bucket-name/*"]
    },
    {
      "Sid": "NeverDelete",
      "Effect": "Deny",
      "Action": "s3:DeleteObject",
      "Resource": "*"
    }
  ]
}`;

/** The third-party trust with an ExternalId condition, from AWS's third-party access page. */
export const EXTERNAL_ID_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::444455556666:root' },
      Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': 'Unique ID Assigned by Example Corp' } },
    },
  ],
});

/** A scenario from a file value, failing the test when it does not read. */
export function scenarioOf(value: unknown): Scenario {
  const read = readScenarioValue(value);
  if (!read.ok) throw new Error(`test scenario does not read: ${read.error.code}`);
  return read.scenario;
}

/** The EC2 role with the annotated bucket policy. */
export function bucketScenario(): Scenario {
  return scenarioOf({
    rolemap: 1,
    title: 'Report job reads its bucket',
    role: {
      name: 'ReportJobRole',
      account: '111122223333',
      trustPolicy: EC2_TRUST,
      permissionPolicies: [{ name: 'BucketAccess', document: BUCKET_POLICY }],
    },
  });
}

/** Text that would run as HTML if anything forgot to escape it. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** Every name, Sid, comment and action carries HOSTILE; a `__proto__` key sits in a condition. */
export function hostileScenario(): Scenario {
  const policy = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "${HOSTILE.replace(/"/g, '\\"')}",
      "Effect": "Allow",
      "Action": ["s3:GetObject", // ${HOSTILE} & "quotes" 'too'
        "s3:${HOSTILE}"],
      "Resource": "arn:aws:s3:::${HOSTILE}",
      "Condition": { "StringEquals": { "__proto__": "${HOSTILE}" } }
    }
  ]
}`;
  return scenarioOf({
    rolemap: 1,
    // A control character XML 1.0 cannot hold, even escaped.
    title: `${HOSTILE} "title" & 'more' \u0001`,
    role: {
      name: HOSTILE,
      trustPolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: HOSTILE,
            Effect: 'Allow',
            Principal: { Service: HOSTILE },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
      permissionPolicies: [{ name: HOSTILE, document: policy }],
    },
  });
}
