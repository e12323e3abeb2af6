import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { managedPoliciesPlugin } from './src/platform/managedPolicies/vitePlugin.ts';
import { preloadChunkPlugin } from './src/platform/preloadChunkPlugin.ts';
import { EDITOR_CHUNK } from './src/platform/chunkPreload.ts';

// The dev server alone (never a build) runs React Refresh's inline preamble script, which
// index.html's CSP forbids: only `npm run dev` gets script-src 'unsafe-inline'.
const devInlineScript: Plugin = {
  name: 'rolemap:dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';"),
};

// The engine (src/core, no React, DOM or top-level effects) and the YAML parser have no side
// effects on import: what a chunk does not use of core's index (import's readers and YAML, for
// the first picture and the lint worker) is left to the chunk that does (the import dialog's).
const treeshake = {
  moduleSideEffects: (id: string) =>
    !/[\\/]src[\\/]core[\\/]/.test(id) && !/[\\/]node_modules[\\/]yaml[\\/]/.test(id),
};

// One chunk per IAM service instead of three: its actions, resource types and condition keys are
// always loaded together (src/platform/viteCatalogSource.ts), so a service is one request, not
// three. The page's build only: the lint worker bundles none of it (the page hands it the data,
// src/platform/messageCatalogSource.ts).
const IAM_SERVICE_FILE =
  /[\\/]@cloud-copilot[\\/]iam-data[\\/]data[\\/](?:actions|resourceTypes|conditionKeys)[\\/]([^\\/]+)\.json$/;
const output = {
  codeSplitting: {
    groups: [
      {
        name: (id: string) => {
          const service = IAM_SERVICE_FILE.exec(id)?.[1];
          return service === undefined ? null : `iam-${service}`;
        },
      },
    ],
  },
};

// base './' keeps every asset URL relative, so a build works from any sub-path (docs embedding).
// managedPoliciesPlugin bundles every AWS managed policy as lazily loaded chunks (no files written).
// preloadChunkPlugin names the editor's chunk (Monaco, ~3.5 MB) in a meta tag without preloading it:
// the page fetches and runs it once the first picture is painted.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    managedPoliciesPlugin(),
    preloadChunkPlugin('/src/features/editor/PolicyEditor.tsx', EDITOR_CHUNK),
    devInlineScript,
  ],
  worker: { format: 'es', rolldownOptions: { treeshake } },
  build: { target: 'es2022', chunkSizeWarningLimit: 5000, rolldownOptions: { treeshake, output } },
});
