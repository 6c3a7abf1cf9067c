// Lint: strict TypeScript (no `any`), module boundaries between services and libs (Nx), no console in services; the
// plain-JavaScript scripts (infra/scripts, bench, this file) by ESLint's recommended rules with Node's globals.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// The scripts run on Node, unbundled: its globals are the ones of the Node running ESLint (no package to keep in step).
const nodeGlobals = Object.fromEntries(Object.getOwnPropertyNames(globalThis).map((name) => [name, 'readonly']));
const commonJsGlobals = { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', '.nx/**', 'coverage/**', '**/*.js', 'services/portal/dist/**', 'services/portal/src/gql/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.cjs'],
    ...js.configs.recommended,
    languageOptions: { globals: nodeGlobals },
    rules: {
      ...js.configs.recommended.rules,
      // The TypeScript rule below, with the repository's ignore patterns, replaces ESLint's own.
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, ...commonJsGlobals } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      // Every service loads what it imports: the package root of date-fns is about 7 MB of resident memory per
      // process (bench/submit-identification.mjs measures the idle stack), one function is a few kB.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'date-fns', message: "Import the one function from its own entry, e.g. 'date-fns/addHours'." }] },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          checkDynamicDependenciesExceptions: [],
          // A library's own tests (test/, where this rule is off) may use the test harness, which itself builds on the
          // libraries; the library's code may not (the scope:test constraint below).
          ignoredCircularDependencies: [['tag:scope:building-block', 'lib-testing']],
          depConstraints: [
            // A service may use libs, never another service: cross-service facts travel as events or federation.
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:dev-tool', onlyDependOnLibsWithTags: ['type:lib'] },
            // The browser portal talks to the platform through the gateway's API only.
            { sourceTag: 'type:portal', onlyDependOnLibsWithTags: [] },
            // service-kit composes the other libs into a service; they never reach back up into it (nor into the test
            // harness), so each stays usable and testable without the whole composition.
            { sourceTag: 'scope:building-block', notDependOnLibsWithTags: ['scope:composition', 'scope:test'] },
          ],
        },
      ],
    },
  },
  {
    // Tests may use the test harness and the dev identity provider.
    files: ['**/*.spec.ts', '**/*.test.ts', '**/*.test.tsx', '**/test/**/*.ts', 'libs/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off', 'no-console': 'off' },
  },
  {
    // A shipped migration must mean the same on every new database: it imports only TypeORM and files of its own
    // folder, never a library or the service's code, whose later edits would change it (docs/migrations.md).
    files: ['services/*/src/migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Anything but `typeorm` and a `./` path that never climbs out of the folder.
              regex: '^(?!typeorm$|\\./(?!.*\\.\\.))',
              message: 'A migration carries its own SQL: import only typeorm and ./ files (docs/migrations.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // zod must run without `new Function` under the portal's Content-Security-Policy: every schema takes z from
    // src/zod.ts, which configures it before any schema is built (docs/portal.md, Security).
    files: ['services/portal/src/**/*.ts', 'services/portal/src/**/*.tsx'],
    ignores: ['services/portal/src/zod.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Import z from src/zod.ts (zod without eval under the portal's CSP)." }] }],
    },
  },
  {
    files: ['bench/**/*.ts', 'infra/scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
