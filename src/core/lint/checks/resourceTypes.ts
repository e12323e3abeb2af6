import { actionTargets, resourceFit, type ActionInfo, type ActionTargets } from '../../catalog';
import { fitArnTemplate } from '../../pattern/arnTemplate';
import { actionMatches, hasWildcard, splitAction } from '../../pattern';
import type { PolicyStatement } from '../../policy';
import type { CatalogLike, Check, LintContext } from '../types';
import { arnProblem } from './arnFormat';

/** More catalog actions than this behind one statement: its resources are not checked. */
const MAX_ACTIONS = 2500;
/** Resource entries checked per statement, and action × resource questions per policy. */
const MAX_RESOURCES = 200;
const MAX_FITS = 20_000;

const STARS = /^\*+$/;

/**
 * Prefixes two Service Authorization Reference pages share (Elastic Load Balancing and its V2,
 * API Gateway Management and its V2, the AWS Marketplace pages): the catalog holds one page's actions, so their resource
 * types cannot be trusted for a "no".
 */
const SHARED_PREFIXES: ReadonlySet<string> = new Set([
  'elasticloadbalancing',
  'apigateway',
  'aws-marketplace',
]);

/**
 * ARN service names a renamed service's actions still act on (AWS CodeStar Connections became
 * AWS CodeConnections: either prefix's actions work on either prefix's connection ARNs).
 */
const ARN_ALIASES: Readonly<Record<string, string>> = {
  codeconnections: 'codestar-connections',
  'codestar-connections': 'codeconnections',
};

/**
 * The service whose "required" resource types are all needed at once: the EC2 page of the
 * Service Authorization Reference says so (ec2:RunInstances); elsewhere a required list is often
 * alternatives (bedrock:InvokeModel on a model or on an inference profile).
 */
const ALL_REQUIRED_SERVICES: ReadonlySet<string> = new Set(['ec2']);

/**
 * A real name may hold colons (an RDS snapshot `awsbackup:job-1`): when the entry's own resource
 * part writes a colon, it is asked again with names that may hold one before saying "no".
 */
const LENIENT = { colonsInNames: true } as const;

/**
 * The entry as asked of the formats: an empty Region or account (`arn:aws:ssm:*::document/AWS-*`,
 * how AWS writes the ARNs of resources it owns) stands for any, so the question is never "no"
 * only because a format writes `${Account}` there.
 */
function relaxed(pattern: string): string {
  const parts = pattern.split(':');
  if (parts.length < 6) return pattern;
  if (parts[3] === '') parts[3] = '*';
  if (parts[4] === '') parts[4] = '*';
  return parts.join(':');
}

/** Whether the resource part of an ARN pattern (after its fifth colon) writes a colon. */
function colonInResource(pattern: string): boolean {
  let colons = 0;
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern[i] === ':' && ++colons > 5) return true;
  }
  return false;
}

/**
 * The catalog actions a statement's Action entries stand for, or undefined when that cannot be
 * told (an entry is `*`, has a wildcard service, names a service not loaded, a retired or unknown
 * service, or an action the catalog does not know): then nothing is said about its resources.
 */
function statementActions(catalog: CatalogLike, stmt: PolicyStatement): ActionInfo[] | undefined {
  if (!stmt.action || stmt.action.values.length === 0) return undefined;
  const out: ActionInfo[] = [];
  for (const a of stmt.action.values) {
    const parts = splitAction(a.value);
    if (!parts || hasWildcard(parts.service)) return undefined;
    if (SHARED_PREFIXES.has(parts.service) || !catalog.isLoaded(parts.service)) return undefined;
    if (hasWildcard(parts.name)) {
      let any = false;
      for (const x of catalog.actionsOf(parts.service)) {
        if (actionMatches(a.value, x.id)) {
          out.push(x);
          any = true;
        }
      }
      if (!any) return undefined;
    } else {
      const info = catalog.getAction(a.value);
      if (!info) return undefined;
      out.push(info);
    }
    if (out.length > MAX_ACTIONS) return undefined;
  }
  return out;
}

/**
 * Whether a Resource entry is one this check reads: a well-formed ARN (wildcards and variables
 * allowed); a malformed one already has its own finding (arn-malformed, malformed-policy-variable).
 */
function isArnPattern(value: string): boolean {
  if (!value.startsWith('arn:') || arnProblem(value) !== undefined) return false;
  const open = value.lastIndexOf('${');
  return open === -1 || value.indexOf('}', open) !== -1;
}

interface Budget {
  fits: number;
}

/** A short list of the statement's actions for the message: the literal entries, as written. */
function actionNames(stmt: PolicyStatement): string[] {
  return (stmt.action?.values ?? []).map((a) => a.value).slice(0, 3);
}

function checkStatement(
  ctx: LintContext,
  catalog: CatalogLike,
  stmt: PolicyStatement,
  budget: Budget,
): void {
  const resources = stmt.resource?.values ?? [];
  if (stmt.notResource || resources.length === 0 || resources.length > MAX_RESOURCES) return;
  if (resources.some((r) => STARS.test(r.value))) return;
  const infos = statementActions(catalog, stmt);
  if (!infos || infos.length === 0) return;
  let targets: ActionTargets | undefined;
  let lenient: ActionTargets | undefined;
  const services = new Set(infos.map((i) => i.service));
  for (const r of resources) {
    if (!isArnPattern(r.value)) continue;
    const alias = ARN_ALIASES[r.value.split(':')[2] ?? ''];
    if (alias !== undefined && services.has(alias)) continue;
    if (budget.fits <= 0) return;
    const pattern = relaxed(r.value);
    targets ??= actionTargets(catalog, infos);
    budget.fits -= targets.types.length + 1;
    if (resourceFit(targets, pattern).fits !== false) continue;
    if (colonInResource(pattern)) {
      lenient ??= actionTargets(catalog, infos, LENIENT);
      budget.fits -= lenient.types.length + 1;
      if (resourceFit(lenient, pattern).fits !== false) continue;
    }
    const parts = splitAction(stmt.action?.values[0]?.value ?? '');
    ctx.report(
      'warning',
      'resource-type-mismatch',
      {
        resource: r.value,
        actions: actionNames(stmt),
        more: Math.max(0, (stmt.action?.values.length ?? 0) - 3),
        starOnly: targets.types.length === 0,
        serviceName: parts ? catalog.serviceName(parts.service) : undefined,
      },
      r.path,
    );
  }
}

/** Whether a statement's Action / NotAction covers `action` (an exact catalog action id). */
function statementCovers(stmt: PolicyStatement, action: string): boolean {
  if (stmt.action) return stmt.action.values.some((a) => actionMatches(a.value, action));
  if (stmt.notAction) return !stmt.notAction.values.some((a) => actionMatches(a.value, action));
  return false;
}

/**
 * Actions that need several resources at once (ec2:RunInstances needs an image, a network
 * interface, a security group, a subnet and a volume besides the instance): each resource type
 * the Service Authorization Reference marks required must be allowed by some Allow statement of
 * the policy, or the request is denied.
 */
function checkRequired(ctx: LintContext, catalog: CatalogLike, budget: Budget): void {
  const allows = ctx.statements.filter((s) => s.effect?.value === 'Allow');
  const done = new Set<string>();
  for (const stmt of allows) {
    if (!stmt.resource || stmt.notResource) continue;
    for (const a of stmt.action?.values ?? []) {
      const parts = splitAction(a.value);
      if (!parts || hasWildcard(a.value) || !ALL_REQUIRED_SERVICES.has(parts.service)) continue;
      if (!catalog.isLoaded(parts.service)) continue;
      const info = catalog.getAction(a.value);
      if (!info) continue;
      const required = info.resourceTypes.filter((t) => t.required);
      if (required.length < 2 || done.has(info.id)) continue;
      done.add(info.id);
      const patterns: string[] = [];
      let all = false;
      for (const other of allows) {
        if (!statementCovers(other, info.id)) continue;
        if (other.notResource) all = true;
        for (const r of other.resource?.values ?? []) {
          if (STARS.test(r.value) || !isArnPattern(r.value)) all = true;
          patterns.push(relaxed(r.value));
        }
      }
      if (all) continue;
      const missing: string[] = [];
      for (const ref of required) {
        const one = [{ ...info, resourceTypes: [ref] }];
        const target = actionTargets(catalog, one).types[0];
        const loose = actionTargets(catalog, one, LENIENT).types[0];
        if (!target || !loose) continue;
        budget.fits -= patterns.length;
        if (budget.fits <= 0) return;
        const fits = (p: string) =>
          fitArnTemplate(p, target.template).fits !== false ||
          (colonInResource(p) && fitArnTemplate(p, loose.template).fits !== false);
        if (!patterns.some(fits)) missing.push(ref.name);
      }
      if (missing.length === 0) continue;
      ctx.report(
        'warning',
        'missing-required-resource',
        { action: info.id, missing, required: required.map((t) => t.name) },
        a.path,
      );
    }
  }
}

/**
 * Actions against the resources they are written with, by the Service Authorization Reference's
 * resource types and ARN formats: a Resource ARN that none of the statement's actions can act on
 * grants (or denies) nothing (s3:GetObject on a bucket ARN, iam:PassRole on a user, ec2:Describe*
 * on an instance: an action without resource types acts only on "*"); and an action that needs
 * several resource types must be allowed on each (IAM User Guide, "Troubleshoot IAM policies": an
 * action defined without an applicable resource). A statement whose actions the catalog cannot
 * all tell (`*`, services not loaded, unknown actions) is left alone, and so is NotResource; with
 * a wildcard action an ARN is fine when any action it matches can act on it.
 */
export const resourceTypes: Check = {
  codes: ['resource-type-mismatch', 'missing-required-resource'],
  run(ctx) {
    const catalog = ctx.catalog;
    if (!catalog || ctx.kind === 'trust') return;
    const budget: Budget = { fits: MAX_FITS };
    for (const stmt of ctx.statements) checkStatement(ctx, catalog, stmt, budget);
    checkRequired(ctx, catalog, budget);
  },
};
