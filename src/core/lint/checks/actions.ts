import { actionMatches, hasWildcard, isWellFormedAction, splitAction } from '../../pattern';
import type { Check } from '../types';
import { actionStrings } from '../helpers';
import { suggestActionName, suggestService } from '../../catalog/suggestAction';
import { retiredAction, retiredService } from '../retiredServices';

const SERVICE = /^[a-z0-9*?-]+$/i;

/**
 * Actions against the service authorization reference: malformed strings, unknown services,
 * unknown actions (with a did-you-mean fix), wildcards that match nothing, and wildcards in the
 * service part (Access Analyzer "Invalid action", "Invalid service in action"). A service AWS
 * ended or renamed, or an action of a retired generation (retiredServices: CloudHSM Classic), is
 * a warning: AWS accepts the policy, the entry grants nothing any more.
 */
export const actions: Check = {
  codes: [
    'action-malformed',
    'unknown-service',
    'unknown-action',
    'action-matches-nothing',
    'service-wildcard',
    'retired-service',
    'retired-action',
  ],
  run(ctx) {
    const catalog = ctx.catalog;
    for (const stmt of ctx.statements) {
      for (const a of actionStrings(stmt)) {
        const v = a.value;
        if (/^\*+$/.test(v)) continue;
        const parts = splitAction(v);
        // Malformed exactly when the engine's matcher finds it malformed (it then matches nothing).
        if (!parts || !isWellFormedAction(v) || !SERVICE.test(parts.service) || /\s/.test(v)) {
          ctx.report('error', 'action-malformed', { action: v }, a.path);
          continue;
        }
        if (hasWildcard(parts.service)) {
          ctx.report('suggestion', 'service-wildcard', { action: v }, a.path);
          continue;
        }
        if (!catalog) continue;
        if (catalog.hasIndex && !catalog.hasService(parts.service)) {
          const retired = retiredService(parts.service);
          if (retired) {
            ctx.report(
              'warning',
              'retired-service',
              {
                service: retired.prefix,
                name: retired.name,
                status: retired.status,
                replacement: retired.replacement,
              },
              a.path,
            );
            continue;
          }
          const better = suggestService(catalog, parts.service);
          const range = ctx.rangeOf(a.path);
          ctx.report(
            'error',
            'unknown-service',
            { service: parts.service, suggestion: better },
            a.path,
            {
              fix:
                better && range
                  ? {
                      title: { code: 'replace-with', params: { text: `${better}:${parts.name}` } },
                      edits: [
                        {
                          start: range.start.offset,
                          end: range.end.offset,
                          text: JSON.stringify(`${better}:${parts.name}`),
                        },
                      ],
                    }
                  : undefined,
            },
          );
          continue;
        }
        if (!catalog.isLoaded(parts.service)) continue;
        if (hasWildcard(parts.name)) {
          if (!catalog.actionsOf(parts.service).some((x) => actionMatches(v, x.id))) {
            ctx.report(
              'error',
              'action-matches-nothing',
              { action: v, service: parts.service },
              a.path,
            );
          }
          continue;
        }
        if (catalog.getAction(v)) continue;
        const gone = retiredAction(v);
        if (gone) {
          ctx.report('warning', 'retired-action', { action: v, name: gone.name }, a.path);
          continue;
        }
        const better = suggestActionName(catalog, parts.service, parts.name);
        const range = ctx.rangeOf(a.path);
        ctx.report(
          'error',
          'unknown-action',
          {
            action: v,
            serviceName: catalog.serviceName(parts.service) ?? parts.service,
            suggestion: better,
          },
          a.path,
          {
            fix:
              better && range
                ? {
                    title: { code: 'replace-with', params: { text: better } },
                    edits: [
                      {
                        start: range.start.offset,
                        end: range.end.offset,
                        text: JSON.stringify(better),
                      },
                    ],
                  }
                : undefined,
          },
        );
      }
    }
  },
};
