/** AWS facts in one place: ARNs and partitions, STS operations, session durations, documentation examples. */
export * from './arn';
export * from './sts';
export * from './examples';
export * from './duration';
export * from './exceptions';
