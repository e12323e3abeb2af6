import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const engineBoundary = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'core/ and graph/ are framework-free.' },
    { group: ['zustand', 'zustand/*'], message: 'core/ and graph/ do not know about the store.' },
    { group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'], message: 'core/ and graph/ do not know about Monaco.' },
    { group: ['@xyflow/*'], message: 'graph/ builds plain data; React Flow lives in features/graph.' },
    { group: ['**/features/**', '**/store/**', '**/app/**', '**/monaco/**'], message: 'the engine never imports UI code.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/graph/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', engineBoundary],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
