// @ts-check
/**
 * ESLint for Werkplaats: correctness rules and architecture rules, no formatting (Prettier does
 * that). No type-aware rules, so a full run stays fast; `tsc` does the type checking.
 *
 * The architecture rules, in short (see docs/activity-contract.md):
 * - import boundaries per folder: domain ← activities ← (server | client), UI beside them;
 * - domain and activity model code is pure: time, ids and randomness come in through `ctx`.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What we lint: the code folders, plus root config files and the documented example scripts. */
const LINTED = [
  'src/**/*.{ts,tsx}',
  'test/**/*.{ts,tsx,js,mjs}',
  'e2e/**/*.{ts,tsx,js,mjs}',
  'bench/**/*.{ts,tsx,js,mjs}',
  'scripts/**/*.{ts,js,mjs}',
  'docs/examples/**/*.{js,mjs}',
  '*.{ts,js,mjs}',
];
const TESTS = ['**/*.test.{ts,tsx}', 'test/**', 'e2e/**'];
const VIEWS = 'src/activities/*/views/**';
/** A kind's script for the example workshop and its test: server-side, beside the kind. */
const SEEDS = 'src/activities/*/seed{.ts,.test.ts}';

// ---------------------------------------------------------------------------------------------
// Import boundaries. Imports are relative, so each pattern matches any number of `../` before
// the folder name. `no-restricted-imports` does not merge between config objects: every file
// must match exactly one of the boundary blocks below (views are kept out of the model block).

/** An import of `src/<folder>` from anywhere below `src/`. */
const folder = (/** @type {string[]} */ names, /** @type {string} */ message) => ({
  regex: `^(\\.\\./)+(${names.join('|')})(/|$)`,
  message,
});
const PREACT = {
  regex: '^(preact|@preact/)',
  message: 'Only views and src/ui draw: keep Preact out of here.',
};
/** Packages that do I/O; pure code never needs them. */
const IO_PACKAGES = {
  regex: '^(node:|fastify$|@fastify/|socket\\.io|kysely$|better-sqlite3$|pino$|qrcode$)',
  message: 'Pure code does no I/O: pass what you need in through ctx.',
};

const boundaries = (/** @type {object[]} */ patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

// ---------------------------------------------------------------------------------------------
// Purity of domain and activity model code: no clock, no randomness, no timers, no network.

const PURE =
  'Domain and activity code is pure: pass it in through ctx (ctx.now, ctx.newId(), ctx.random()).';
const purity = {
  'no-restricted-globals': [
    'error',
    ...['setTimeout', 'setInterval', 'setImmediate', 'fetch', 'performance', 'crypto'].map(
      (name) => ({
        name,
        message: PURE,
      }),
    ),
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: PURE },
    { object: 'Math', property: 'random', message: PURE },
    { object: 'globalThis', property: 'setTimeout', message: PURE },
    { object: 'globalThis', property: 'setInterval', message: PURE },
    { object: 'globalThis', property: 'fetch', message: PURE },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: PURE },
    { selector: "CallExpression[callee.name='Date']", message: PURE },
  ],
};

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'data/', 'coverage/', 'test-results/', '.tmp/']),

  // Base rules for everything we lint.
  {
    files: LINTED,
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  // Where the code runs decides which globals exist.
  {
    files: [
      'src/server/**',
      'test/**',
      'e2e/**',
      'bench/**',
      'scripts/**',
      'docs/examples/**',
      '*.{ts,js,mjs}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/client/**', 'src/ui/**', VIEWS],
    languageOptions: { globals: globals.browser },
  },

  // No `any` in product code; tests may use it to poke at the wire.
  {
    files: ['src/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  {
    files: TESTS,
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  // ----- Import boundaries, one block per folder -----
  {
    files: ['src/domain/**'],
    rules: boundaries([
      folder(
        ['activities', 'server', 'client', 'ui', 'i18n'],
        'src/domain imports nothing but itself (and zod).',
      ),
      PREACT,
      IO_PACKAGES,
    ]),
  },
  {
    files: ['src/activities/**'],
    ignores: [VIEWS, SEEDS],
    rules: boundaries([
      folder(
        ['server', 'client', 'ui'],
        'Activity model code may import src/domain and its own folder only.',
      ),
      PREACT,
      IO_PACKAGES,
    ]),
  },
  {
    // A kind's part of the example workshop runs on the server, through the seed runner.
    files: [SEEDS],
    rules: boundaries([
      folder(['client', 'ui'], 'A seed script sends commands; it draws nothing.'),
      {
        regex: '/server/(?!demo/seed/)',
        message: 'A seed script may use src/server/demo/seed only.',
      },
      PREACT,
      IO_PACKAGES,
    ]),
  },
  {
    files: [VIEWS],
    rules: boundaries([
      folder(
        ['server', 'client'],
        'A view may import src/ui, src/domain, its own folder and preact.',
      ),
      {
        // The registry pulls in every kind; a view needs only its own.
        regex: '(^|/)registry(\\.ts)?$',
        message: 'A view imports its own kind, never the registry.',
      },
      IO_PACKAGES,
    ]),
  },
  {
    files: ['src/ui/**'],
    rules: boundaries([
      folder(
        ['server', 'client', 'activities'],
        'src/ui is shared building blocks: no server, client or activity code.',
      ),
      IO_PACKAGES,
    ]),
  },
  {
    files: ['src/server/**'],
    rules: boundaries([
      folder(['client', 'ui'], 'The server never imports client or UI code.'),
      {
        regex: '/activities/[^/]+/views(/|$)',
        message: 'The server never imports activity views.',
      },
      PREACT,
    ]),
  },
  {
    files: ['src/client/**'],
    rules: boundaries([
      folder(['server'], 'The client never imports server code; share through src/domain.'),
      {
        regex: '^(fastify$|@fastify/|socket\\.io$|kysely$|better-sqlite3$|pino$|node:)',
        message: 'Server-only package.',
      },
    ]),
  },
  {
    files: ['src/i18n/**'],
    rules: boundaries([
      folder(['server', 'client', 'ui'], 'Catalogues are shared by server and client.'),
    ]),
  },

  // ----- Purity: domain and activity model code, not views, tests or the test kit -----
  {
    files: ['src/domain/**', 'src/activities/**'],
    ignores: [VIEWS, '**/*.test.{ts,tsx}', 'src/domain/testing/**'],
    rules: purity,
  },
);
