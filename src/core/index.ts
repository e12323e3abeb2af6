/**
 * Rolemap's engine, as everything outside src/core sees it: the policy model and parser, the
 * one pattern matcher, AWS facts, the IAM catalog, lint, evaluation and the scenario. Outside
 * code imports core only from here.
 */
export * from './policy';
export * from './pattern';
export * from './aws';
export * from './catalog';
export * from './lint';
export * from './evaluate';
export * from './scenario';
export { coded, type Coded } from './util/coded';
export { isRecord, own } from './util/record';
export { LruMap } from './util/lru';
export * from './risk';
export * from './import';
