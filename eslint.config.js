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
// - card-controller/ (the card's state, host and wiring in the content script)
//   is imported only by entrypoints, and takes components/ as types only: the
//   card's code comes in the page kit, not in the content script;
// - build/ (the bundler's plugins) imports no layer of the extension;
// - the config files at the top (wxt.config.ts, vitest.config.ts) import only
//   build/ and pipeline/, and nothing else imports build/ or a config file.
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
  'build',
  'card-controller',
];
const notCore = layers.filter((l) => l !== 'core');
const notBuild = layers.filter((l) => l !== 'build');
/** What the config files at the top (wxt.config.ts: plugins, the pack build) may import. */
const configImports = ['build', 'pipeline'];
const notCoreOrPipeline = notCore.filter((l) => l !== 'pipeline');
/** What uses the browser harness; everything else is the extension and its build. */
const harnessUsers = ['tests', 'bench', 'scripts', 'browser-harness'];
const extensionLayers = layers.filter((l) => !harnessUsers.includes(l));

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.output',
      '.wxt',
      'generated',
      'bench/results',
      'coverage',
      '.scratch-*',
    ],
  },
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
        { type: 'build', pattern: 'build/**' },
        { type: 'card-controller', pattern: 'card-controller/**' },
      ],
      'boundaries/files': [{ category: 'config', pattern: '*.config.{ts,js}' }],
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
              disallow: { to: { file: { categories: 'config' } } },
              message: 'Nothing imports a config file.',
            },
            {
              from: { file: { categories: 'config' } },
              disallow: {
                to: {
                  element: { types: { anyOf: layers.filter((l) => !configImports.includes(l)) } },
                },
              },
              message: 'The config files import only build/ and pipeline/.',
            },
            {
              from: { element: { type: 'build' } },
              disallow: { to: { element: { types: { anyOf: notBuild } } } },
              message: 'build/ is bundler plugins: it imports no layer of the extension.',
            },
            {
              from: { element: { types: { anyOf: notBuild } } },
              disallow: { to: { element: { type: 'build' } } },
              message: 'Only the config files import build/.',
            },
            {
              from: {
                element: {
                  types: {
                    anyOf: layers.filter((l) => !['entrypoint', 'card-controller'].includes(l)),
                  },
                },
              },
              disallow: { to: { element: { type: 'card-controller' } } },
              message: 'Only entrypoints use card-controller/.',
            },
            {
              from: { element: { type: 'card-controller' } },
              disallow: {
                to: { element: { types: { anyOf: ['pipeline', 'tests', 'bench', 'scripts'] } } },
              },
              message: 'card-controller/ runs in the content script.',
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
    // The card's components come in the page kit: the content script's code
    // takes their types only.
    files: ['card-controller/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**'],
              allowTypeImports: true,
              message: 'The card UI comes in the page kit (entrypoints/page-kit.ts): types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['pipeline/**/*.ts', 'build/**/*.ts', '*.config.{ts,js}'],
    rules: { 'no-restricted-imports': ['error', noBrowserImports] },
  },
);
