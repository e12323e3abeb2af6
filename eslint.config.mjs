import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The layers of src/, lowest first (ARCHITECTURE.md): each folder may import only itself and the
 * folders before it. The rule resolves every import to a file, so `'../store'` and
 * `'../../store/index'` are caught alike (a glob on the import text is not enough).
 */
const LAYERS = [
  ['core'],
  ['graph'],
  ['i18n'],
  ['store', 'platform', 'render'],
  ['ui'],
  ['monaco'],
  ['features'],
  ['app'],
];
/** Entry points beside the app: what each may import. */
const SIDE = {
  cli: ['core', 'graph', 'i18n', 'platform', 'render', 'cli'],
  bench: ['core', 'graph', 'i18n', 'platform', 'bench'],
};
/** Inside core, lowest first. */
const CORE_LAYERS = [
  ['util'],
  ['aws', 'pattern', 'policy'],
  ['catalog'],
  ['evaluate'],
  ['lint', 'scenario'],
];

const ALL = [...LAYERS.flat(), ...Object.keys(SIDE), 'main.tsx'];

function zones() {
  const out = [];
  LAYERS.forEach((layer, i) => {
    const allowed = new Set(LAYERS.slice(0, i + 1).flat());
    for (const folder of layer) {
      // Same-layer folders stay apart too (store and platform do not know each other).
      const peers = layer.filter((f) => f !== folder);
      for (const other of ALL) {
        if (other === folder || (allowed.has(other) && !peers.includes(other))) continue;
        out.push({
          target: `./src/${folder}`,
          from: `./src/${other}`,
          message: `${folder}/ sits below ${other}/ and may not import it (ARCHITECTURE.md layers).`,
        });
      }
    }
  });
  for (const [folder, allowed] of Object.entries(SIDE)) {
    for (const other of ALL)
      if (!allowed.includes(other))
        out.push({
          target: `./src/${folder}`,
          from: `./src/${other}`,
          message: `${folder}/ may import only ${allowed.join(', ')}.`,
        });
  }
  CORE_LAYERS.forEach((layer, i) => {
    const allowed = new Set(CORE_LAYERS.slice(0, i + 1).flat());
    for (const folder of layer) {
      for (const other of CORE_LAYERS.flat()) {
        if (other === folder || (allowed.has(other) && !layer.includes(other))) continue;
        out.push({
          target: `./src/core/${folder}`,
          from: `./src/core/${other}`,
          message: `core/${folder} sits below core/${other} and may not import it.`,
        });
      }
    }
  });
  // Outside code sees core through its public index only.
  out.push({
    target: './src/!(core)/**/*',
    from: './src/core',
    except: ['./index.ts'],
    message: 'Import core from src/core/index.ts (import … from "…/core"), not from its files.',
  });
  return out;
}

const boundary = (extra = []) => ['error', { zones: [...zones(), ...extra] }];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': boundary(),
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Tests plug the platform's Node adapters (the real IAM catalog on disk) into the engine, and
    // may read the engine's case folders and its fast-check arbitraries.
    files: ['src/**/*.test.ts', 'src/**/testing/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: zones()
            .filter((z) => z.from !== './src/platform')
            .map((z) =>
              z.from === './src/core' && z.except
                ? {
                    ...z,
                    except: [...z.except, './evaluate/cases/index.ts', './testing/arbitraries.ts'],
                  }
                : z,
            ),
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/graph/**/*.ts'],
    // Tests read their fixture files from disk; the engine itself never touches Node.
    ignores: ['**/*.test.ts', '**/testing/**', '**/cases/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/ and graph/ are framework-free.' },
            { group: ['zustand', 'zustand/*'], message: 'core/ and graph/ do not know about the store.' },
            { group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'], message: 'core/ and graph/ do not know about Monaco.' },
            { group: ['@xyflow/*'], message: 'graph/ builds plain data; React Flow lives in features/graph.' },
            { group: ['node:*'], message: 'core/ and graph/ run in the browser too: Node adapters live in src/platform.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
