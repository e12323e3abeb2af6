import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { managedPoliciesPlugin } from './src/platform/managedPolicies/vitePlugin.ts';
import { preloadChunkPlugin } from './src/platform/preloadChunkPlugin.ts';

// base './' keeps every asset URL relative, so a build works from any sub-path (docs embedding).
// managedPoliciesPlugin bundles every AWS managed policy as lazily loaded chunks (no files written).
// preloadChunkPlugin starts fetching the editor's chunk (Monaco, ~4 MB) with the entry, in parallel;
// it runs only when the editor mounts, after the first picture.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    managedPoliciesPlugin(),
    preloadChunkPlugin('/src/features/editor/PolicyEditor.tsx'),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 5000 },
});
