import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { managedPoliciesPlugin } from './src/platform/managedPolicies/vitePlugin.ts';

// base './' keeps every asset URL relative, so a build works from any sub-path (docs embedding).
// managedPoliciesPlugin bundles every AWS managed policy as lazily loaded chunks (no files written).
export default defineConfig({
  base: './',
  plugins: [react(), managedPoliciesPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 5000 },
});
