/** Policy texts the scenario tests edit into the seed (test-only). */

/** A customer policy replacing the seed's AWS managed one: an Allow, a Deny and a second Allow. */
export const s3Policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject', 'S3:ListBucket'], Resource: '*' },
    { Effect: 'Deny', Action: 'iam:*', Resource: '*' },
    { Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: '*' },
  ],
});
