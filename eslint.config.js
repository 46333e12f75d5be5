import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer boundaries (README.md, "Where things live"), enforced:
// - core/ imports only core/ and touches no DOM and no `browser`;
// - pipeline/ imports only core/ (and Node);
// - nothing imports an entrypoint;
// - components/ are props in, callbacks out: no browser APIs;
// - browser-harness/ drives real browsers for tests/, bench/ and scripts/: the
//   extension's own code never imports it, and it imports none of those three.
const domGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.node));
const noBrowserImports = {
  paths: [
    { name: 'wxt/browser', message: 'No extension APIs in this layer.' },
    { name: 'webextension-polyfill', message: 'No extension APIs in this layer.' },
  ],
  patterns: [
    { group: ['wxt/utils/*', 'wxt/browser'], message: 'No extension APIs in this layer.' },
  ],
};

const layers = [
  'entrypoint',
  'core',
  'page',
  'components',
  'messaging',
  'storage',
  'pipeline',
  'tests',
  'bench',
  'scripts',
  'browser-harness',
];
const notCore = layers.filter((l) => l !== 'core');
const notCoreOrPipeline = notCore.filter((l) => l !== 'pipeline');
/** What uses the browser harness; everything else is the extension and its build. */
const harnessUsers = ['tests', 'bench', 'scripts', 'browser-harness'];
const extensionLayers = layers.filter((l) => !harnessUsers.includes(l));

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'generated', 'bench/results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { boundaries },
    settings: {
      'boundaries/include': ['**/*.{ts,tsx}'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/elements': [
        { type: 'entrypoint', pattern: 'entrypoints/**' },
        { type: 'core', pattern: 'core/**' },
        { type: 'page', pattern: 'page/**' },
        { type: 'components', pattern: 'components/**' },
        { type: 'messaging', pattern: 'messaging/**' },
        { type: 'storage', pattern: 'storage/**' },
        { type: 'pipeline', pattern: 'pipeline/**' },
        { type: 'tests', pattern: 'tests/**' },
        { type: 'bench', pattern: 'bench/**' },
        { type: 'scripts', pattern: 'scripts/**' },
        { type: 'browser-harness', pattern: 'browser-harness/**' },
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              disallow: { to: { element: { type: 'entrypoint' } } },
              message: 'Nothing imports an entrypoint.',
            },
            {
              from: { element: { type: 'core' } },
              disallow: { to: { element: { types: { anyOf: notCore } } } },
              message: 'core/ imports only core/.',
            },
            {
              from: { element: { type: 'pipeline' } },
              disallow: { to: { element: { types: { anyOf: notCoreOrPipeline } } } },
              message: 'pipeline/ imports only core/.',
            },
            {
              from: { element: { type: 'components' } },
              disallow: { to: { element: { types: { anyOf: ['page', 'storage', 'pipeline'] } } } },
              message: 'components/ take props and give callbacks.',
            },
            {
              from: { element: { type: 'page' } },
              disallow: {
                to: { element: { types: { anyOf: ['components', 'pipeline', 'storage'] } } },
              },
              message: 'page/ is DOM adapters over core/.',
            },
            {
              from: { element: { types: { anyOf: extensionLayers } } },
              disallow: { to: { element: { type: 'browser-harness' } } },
              message: 'browser-harness/ is for tests, bench and scripts only.',
            },
            {
              from: { element: { type: 'browser-harness' } },
              disallow: { to: { element: { types: { anyOf: ['tests', 'bench', 'scripts'] } } } },
              message: 'browser-harness/ imports none of its users.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['core/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-globals': [
        'error',
        'browser',
        'chrome',
        ...domGlobals.filter((g) => g !== 'console'),
      ],
      'no-restricted-imports': ['error', noBrowserImports],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': ['error', noBrowserImports],
    },
  },
  {
    files: ['pipeline/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noBrowserImports] },
  },
);
