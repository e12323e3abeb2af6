/**
 * Service prefixes the Service Authorization Reference no longer lists because AWS ended the
 * service or replaced its preview prefix, each with the AWS page that says so. AWS managed
 * policies (ReadOnlyAccess, SecurityAudit, the services' own policies) still name them; a policy
 * that does is accepted and the statement simply grants nothing any more, so the linter warns
 * ("retired service") instead of raising an unknown-service error.
 */
export interface RetiredService {
  /** The service prefix as policies write it, lower case. */
  prefix: string;
  /** The service's name, as AWS wrote it. */
  name: string;
  /** `ended`: AWS ended the service; `renamed`: a preview prefix that the released service replaced. */
  status: 'ended' | 'renamed';
  /** The prefix to use instead, for a renamed one. */
  replacement?: string;
  /** The AWS page announcing the end of support or the rename. */
  source: string;
}

const LIST: readonly RetiredService[] = [
  {
    prefix: 'deeplens',
    name: 'AWS DeepLens',
    status: 'ended',
    source: 'https://docs.aws.amazon.com/deeplens/latest/dg/what-is-deeplens.html',
  },
  {
    prefix: 'deepracer',
    name: 'AWS DeepRacer',
    status: 'ended',
    source: 'https://docs.aws.amazon.com/solutions/latest/deepracer-on-aws/solution-overview.html',
  },
  {
    prefix: 'deepcomposer',
    name: 'AWS DeepComposer',
    status: 'ended',
    source: 'https://docs.aws.amazon.com/deepcomposer/latest/devguide/what-it-is.html',
  },
  {
    prefix: 'iot1click',
    name: 'AWS IoT 1-Click',
    status: 'ended',
    source: 'https://docs.aws.amazon.com/iot-1-click/latest/developerguide/1click-programming.html',
  },
  {
    prefix: 'iotroborunner',
    name: 'AWS IoT RoboRunner',
    status: 'ended',
    source: 'https://docs.aws.amazon.com/iotroborunner/latest/dev/iotroborunner-welcome.html',
  },
  {
    prefix: 'mobilehub',
    name: 'AWS Mobile Hub',
    status: 'ended',
    source: 'https://docs.aws.amazon.com/aws-mobile/latest/developerguide/what-is-aws-mobile.html',
  },
  {
    prefix: 'zocalo',
    name: 'Amazon WorkDocs',
    status: 'ended',
    source: 'https://docs.aws.amazon.com/workdocs/latest/adminguide/what_is.html',
  },
  {
    prefix: 'elastic-inference',
    name: 'Amazon Elastic Inference',
    status: 'ended',
    source: 'https://docs.aws.amazon.com/elastic-inference/latest/developerguide/what-is-ei.html',
  },
  {
    prefix: 'sagemaker-groundtruth-synthetic',
    name: 'Amazon SageMaker Ground Truth Synthetic Data',
    status: 'ended',
    source: 'https://docs.aws.amazon.com/sagemaker/latest/dg/sms-synthetic.html',
  },
  {
    prefix: 'datazonecontrol',
    name: 'Amazon DataZone (preview)',
    status: 'renamed',
    replacement: 'datazone',
    source:
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonDataZonePreviewConsoleFullAccess.html',
  },
];

const BY_PREFIX: ReadonlyMap<string, RetiredService> = new Map(LIST.map((s) => [s.prefix, s]));

/** Every retired or renamed service, for docs and tests. */
export const RETIRED_SERVICES: readonly RetiredService[] = LIST;

/** The retired or renamed service with this prefix (any case), or undefined. */
export function retiredService(prefix: string): RetiredService | undefined {
  return BY_PREFIX.get(prefix.toLowerCase());
}

/**
 * Actions a service dropped when AWS retired one of its generations: the catalog no longer lists
 * them under the live prefix. AWS managed policies written for the old generation still name them.
 */
export interface RetiredActions {
  /** The service prefix, lower case. */
  service: string;
  /** What was retired, as AWS named it. */
  name: string;
  /** The action names (without the prefix), as AWS spelt them. */
  actions: readonly string[];
  /** The AWS page saying these operations are deprecated. */
  source: string;
}

const ACTIONS: readonly RetiredActions[] = [
  {
    service: 'cloudhsm',
    name: 'AWS CloudHSM Classic',
    actions: [
      'AddTagsToResource',
      'CreateHapg',
      'CreateHsm',
      'CreateLunaClient',
      'DeleteHapg',
      'DeleteHsm',
      'DeleteLunaClient',
      'DescribeHapg',
      'DescribeHsm',
      'DescribeLunaClient',
      'GetConfig',
      'ListAvailableZones',
      'ListHapgs',
      'ListHsms',
      'ListLunaClients',
      'ModifyHapg',
      'ModifyHsm',
      'ModifyLunaClient',
      'RemoveTagsFromResource',
    ],
    source:
      'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/cloudhsm/aws.sdk.kotlin.services.cloudhsm/create-luna-client.html',
  },
];

const ACTION_INDEX: ReadonlyMap<string, RetiredActions> = new Map(
  ACTIONS.flatMap((r) => r.actions.map((a) => [`${r.service}:${a.toLowerCase()}`, r] as const)),
);

/** Every retired group of actions, for docs and tests. */
export const RETIRED_ACTIONS: readonly RetiredActions[] = ACTIONS;

/** The retired generation `service:Action` (any case) belonged to, or undefined. */
export function retiredAction(action: string): RetiredActions | undefined {
  return ACTION_INDEX.get(action.toLowerCase());
}
