import { defineConfig } from 'vitest/config';
import { managedPoliciesPlugin } from './src/platform/managedPolicies/vitePlugin.ts';

export default defineConfig({
  // The app's managed-policy chunks, so the browser lookup (appLookup.ts) is tested as built.
  plugins: [managedPoliciesPlugin()],
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The suite is plain Node code with no mocks or globals to reset, so one module graph per
    // worker is safe: isolating every file re-imported the engine and the IAM data 40 times.
    pool: 'forks',
    isolate: false,
    // Vitest's default leaves a core idle (cores − 1 workers: one worker on a 2-core machine).
    maxWorkers: '100%',
  },
});
