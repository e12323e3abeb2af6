/**
 * Which resources an action can act on, from the service authorization reference: each of its
 * resource types has an ARN format, and an action with no resource type acts only on `*`. From
 * that, whether a Resource pattern can name something the action acts on, and one concrete ARN
 * it names (the resource a picture or a test asks the engine about).
 */
import { EXAMPLE_ACCOUNT } from '../aws/examples';
import {
  compileArnTemplate,
  fitArnTemplate,
  type ArnTemplate,
  type TemplateFit,
  type TemplateSlot,
} from '../pattern/arnTemplate';
import { resourceMatches } from '../pattern/resourcePattern';
import type { ActionInfo, ResourceTypeInfo } from './types';

/** The catalog look-ups these questions need (the Catalog class has them). */
export interface ResourceTypeSource {
  isLoaded(prefix: string): boolean;
  resourceType(prefix: string, key: string): ResourceTypeInfo | undefined;
  resourceTypesOf(prefix: string): readonly ResourceTypeInfo[];
}

/** Values a witness ARN gives the parts a pattern leaves free. */
export interface ArnHints {
  /** The account of the request (the role's): a free `${Account}` takes it, so the request stays same-account. */
  account?: string;
  /**
   * Names may hold colons (`snapshot:awsbackup:job-1`): the linter asks "can this be of that
   * type?" and must not reject a real ARN whose name has one; the graph's witnesses keep them out.
   */
  colonsInNames?: boolean;
}

/** One resource type an action acts on, with its ARN format compiled. */
export interface ResourceTarget {
  /** The service whose data lists the type, e.g. "s3". */
  service: string;
  /** The type's key, e.g. "object". */
  type: string;
  /** The ARN format as the reference writes it. */
  format: string;
  template: ArnTemplate;
}

/** What an action (or a set of actions) acts on. */
export interface ActionTargets {
  /** Some action has no resource type: it acts on `*` only. */
  star: boolean;
  /** The resource types, in order of preference for a witness. */
  types: readonly ResourceTarget[];
}

/** Whether a pattern names something the actions act on, and one ARN it names. */
export type ResourceFit =
  { fits: true; arn: string; type?: string } | { fits: false } | { fits: 'undecided' };

const PARTITION: TemplateSlot = { accepts: (c) => /^[a-z-]$/.test(c), fill: 'aws' };
const ANY_NAME: TemplateSlot = { accepts: () => true, fill: 'example' };
const REGION: TemplateSlot = { accepts: (c) => /^[a-z0-9-]$/.test(c), fill: 'us-east-1' };

/** A variable of no special kind: never a colon, and no slash when the service uses it as a path segment. */
function nameSlot(noSlash: boolean, colons = false): TemplateSlot {
  return {
    accepts: (c) => (colons || c !== ':') && !(noSlash && c === '/'),
    fill: 'example',
  };
}

function accountSlot(account: string): TemplateSlot {
  // Account ids are digits; AWS-owned resources (managed policies) write "aws" there.
  return { accepts: (c) => /^[a-z0-9]$/.test(c), fill: account };
}

/**
 * Variables a service's own ARN formats follow with a `/` (`${BucketName}/${ObjectName}`): such a
 * value is one path segment, so it holds no `/` in any of that service's formats either.
 */
function segmentVariables(source: ResourceTypeSource, service: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const rt of source.resourceTypesOf(service)) {
    let pos = 0;
    while (pos < rt.arn.length) {
      const start = rt.arn.indexOf('${', pos);
      const end = start === -1 ? -1 : rt.arn.indexOf('}', start + 2);
      if (start === -1 || end === -1) break;
      if (rt.arn[end + 1] === '/') out.add(rt.arn.slice(start + 2, end));
      pos = end + 1;
    }
  }
  return out;
}

/** The service an ARN format names (`arn:${Partition}:s3:::…` → "s3"). */
function formatService(format: string): string | undefined {
  const parts = format.split(':');
  return parts[0] === 'arn' ? parts[2] : undefined;
}

/**
 * Whether a resource type's ARN format of `service` reads as it always will: its service is loaded
 * and so is the service the format names (ssm's `instance` is `arn:${Partition}:ec2:…`, whose
 * name parts come with ec2). Before that, a later load may add path segments.
 */
export function formatSettled(
  source: Pick<ResourceTypeSource, 'isLoaded'>,
  service: string,
  format: string,
): boolean {
  const own = formatService(format);
  return source.isLoaded(service) && (own === undefined || source.isLoaded(own));
}

const CACHE_LIMIT = 4096;
const templateCache = new Map<string, ArnTemplate | undefined>();

function compiled(
  source: ResourceTypeSource,
  service: string,
  rt: ResourceTypeInfo,
  account: string,
  colons = false,
): ArnTemplate | undefined {
  const own = formatService(rt.arn);
  const key = `${service}\u0000${own ?? ''}\u0000${account}\u0000${colons ? 1 : 0}\u0000${rt.arn}`;
  if (templateCache.has(key)) return templateCache.get(key);
  const segments = new Set(segmentVariables(source, service));
  if (own !== undefined && own !== service && source.isLoaded(own))
    for (const name of segmentVariables(source, own)) segments.add(name);
  // A format that writes a literal `*` (`…:task:*`) means "any name" there, for the linter.
  const text = colons ? rt.arn.replace(/\*/g, '${\u0000Any}') : rt.arn;
  const template = compileArnTemplate(text, (name) => {
    if (name === '\u0000Any') return ANY_NAME;
    if (name === 'Partition') return PARTITION;
    if (name === 'Region') return REGION;
    if (name === 'Account') return accountSlot(account);
    return nameSlot(segments.has(name), colons);
  });
  // Only cache once the services it reads are in: a later load may add path segments.
  if (formatSettled(source, service, rt.arn)) {
    if (templateCache.size >= CACHE_LIMIT) templateCache.clear();
    templateCache.set(key, template);
  }
  return template;
}

/**
 * The resource types `actions` act on (deduplicated, the actions' own service first, then the
 * shorter formats), and whether any of them acts on `*` only, so callers can ask about a pattern.
 */
export function actionTargets(
  source: ResourceTypeSource,
  actions: readonly ActionInfo[],
  hints: ArnHints = {},
): ActionTargets {
  const account = hints.account ?? EXAMPLE_ACCOUNT;
  let star = false;
  const seen = new Set<string>();
  const types: (ResourceTarget & { own: boolean; order: number })[] = [];
  for (const info of actions) {
    if (info.resourceTypes.length === 0) star = true;
    for (const ref of info.resourceTypes) {
      const rt = source.resourceType(info.service, ref.name);
      if (rt === undefined || seen.has(rt.arn)) continue;
      seen.add(rt.arn);
      const template = compiled(source, info.service, rt, account, hints.colonsInNames === true);
      if (template === undefined) continue;
      const own = formatService(rt.arn) === info.service;
      types.push({
        service: info.service,
        type: rt.key,
        format: rt.arn,
        template,
        own,
        order: types.length,
      });
    }
  }
  types.sort(
    (a, b) =>
      Number(b.own) - Number(a.own) || a.format.length - b.format.length || a.order - b.order,
  );
  return { star, types: types.map(({ own: _own, order: _order, ...t }) => t) };
}

/** Any text at all, for a witness of a pattern alone: literals as written, each `*` an "example". */
const ANY_TEXT = compileArnTemplate('${Any}', () => ({ accepts: () => true, fill: 'example' }));

/**
 * One concrete value a Resource pattern names when no ARN format is known (the service's data has
 * not loaded): its literal text, with "example" for each run its wildcards leave free; `*` itself
 * for a pattern of stars, as the engine's request would carry it.
 */
export function patternWitness(pattern: string): string | undefined {
  if (typeof pattern !== 'string') return undefined;
  if (/^\*+$/.test(pattern)) return '*';
  if (ANY_TEXT === undefined) return undefined;
  const fit = fitCached(pattern, ANY_TEXT);
  return fit.fits === true ? fit.arn : undefined;
}

const fitCache = new WeakMap<ArnTemplate, Map<string, TemplateFit>>();
const FITS_PER_TEMPLATE = 512;

function fitCached(pattern: string, template: ArnTemplate): TemplateFit {
  let byPattern = fitCache.get(template);
  if (byPattern === undefined) {
    byPattern = new Map();
    fitCache.set(template, byPattern);
  }
  const hit = byPattern.get(pattern);
  if (hit !== undefined) return hit;
  const fit = fitArnTemplate(pattern, template);
  if (byPattern.size >= FITS_PER_TEMPLATE) byPattern.clear();
  byPattern.set(pattern, fit);
  return fit;
}

/**
 * Whether a Resource pattern (as written) names something the targets act on, and if so one
 * concrete ARN it names: for a resource type, an ARN of that type's format (the first type that
 * fits, in the targets' order); for an action without resource types, `*` itself, as the
 * engine's request would carry it.
 */
export function resourceFit(targets: ActionTargets, pattern: string): ResourceFit {
  let undecided = false;
  for (const target of targets.types) {
    const fit = fitCached(pattern, target.template);
    if (fit.fits === true) return { fits: true, arn: fit.arn, type: target.type };
    if (fit.fits === 'undecided') undecided = true;
  }
  if (targets.star && resourceMatches(pattern, '*')) return { fits: true, arn: '*' };
  return undecided ? { fits: 'undecided' } : { fits: false };
}
