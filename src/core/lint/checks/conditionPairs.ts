import type { Check } from '../types';

/**
 * Keys that are overly permissive alone, with the keys AWS recommends beside them in the same
 * condition block (Access Analyzer's check reference names aws:VpcSourceIp with aws:SourceVpc:
 * the same private range exists in many VPCs). Lower-cased key → the keys to add.
 */
const PAIRS: ReadonlyMap<string, readonly string[]> = new Map([
  ['aws:vpcsourceip', ['aws:SourceVpc']],
]);

/** A key without its paired keys (Access Analyzer security warning "Missing paired condition keys"). */
export const conditionPairs: Check = {
  codes: ['missing-paired-key'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      const operators = stmt.condition?.operators ?? [];
      if (operators.length === 0) continue;
      const present = new Set<string>();
      for (const op of operators) for (const k of op.keys) present.add(k.key.toLowerCase());
      for (const op of operators) {
        for (const k of op.keys) {
          const paired = PAIRS.get(k.key.toLowerCase());
          if (!paired) continue;
          const missing = paired.filter((p) => !present.has(p.toLowerCase()));
          if (missing.length === 0) continue;
          ctx.report('security', 'missing-paired-key', { key: k.key, paired: missing }, k.path, {
            part: 'key',
          });
        }
      }
    }
  },
};
