import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// The arrows point one way (ARCHITECTURE.md section 1): services import libs, never each other;
// libs/eventsourcing imports nothing of ours; domain code imports no framework, driver or I/O.
const nodeIo = ['pg', '@electric-sql/pglite', 'kafkajs', 'node:fs', 'fs', 'node:net', 'net', 'node:http', 'http'];
const framework = ['@nestjs/*', 'class-validator', 'class-transformer', 'express', ...nodeIo];

/**
 * Who may import whom. Tests of the adapters, messaging and services may also use libs/testing
 * (contract suites, fixtures); production code never does, and the core cannot (it would be a cycle).
 */
function boundaries(forTests) {
  // Tests may also build the store adapter directly (contract suites, fixtures).
  const testing = forTests ? ['scope:testing', 'scope:testing-edge', 'scope:adapter'] : [];
  return {
    enforceBuildableLibDependency: false,
    // The one exception to "services never import each other": a service's pure domain entry
    // (src/domain/index.ts: state, evolve, stream ids; under the purity rule below), which
    // libs/audit-as-of folds events with to show an entity as of a date (issue 17), for the audit
    // service and hpc-audit replay alike.
    allow: ['^@hpc-access/(intake|governance-pledges|ethics-review|allocation|accounting)/domain$'],
    depConstraints: [
      { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
      { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:lib', 'type:service'] },
      { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['type:lib'] },
      { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
      { sourceTag: 'scope:core', onlyDependOnLibsWithTags: [], bannedExternalImports: framework },
      { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: [] },
      // libs/audit-as-of: the services' domain entries (allowed above) and the core, nothing else.
      { sourceTag: 'scope:audit-fold', onlyDependOnLibsWithTags: ['scope:core'], bannedExternalImports: framework },
      // libs/sql: connections, transactions, migrations, read models as SQL; the store adapter stands on it (ADR 24).
      { sourceTag: 'scope:sql', onlyDependOnLibsWithTags: ['scope:core', ...testing] },
      { sourceTag: 'scope:adapter', onlyDependOnLibsWithTags: ['scope:core', 'scope:sql', 'scope:contracts', ...testing] },
      // Shared libraries take the store's port (libs/eventsourcing), never the adapter.
      { sourceTag: 'scope:messaging', onlyDependOnLibsWithTags: ['scope:core', 'scope:sql', 'scope:contracts', ...testing] },
      { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:core', 'scope:sql', 'scope:adapter', 'scope:contracts', 'scope:messaging'] },
      // Harnesses that start a service's Nest module for its tests: they need the edge libs.
      { sourceTag: 'scope:testing-edge', onlyDependOnLibsWithTags: ['scope:core', 'scope:sql', 'scope:adapter', 'scope:contracts', 'scope:messaging', 'scope:edge', 'scope:testing'] },
      { sourceTag: 'scope:edge', onlyDependOnLibsWithTags: ['scope:core', 'scope:sql', 'scope:contracts', 'scope:messaging', 'scope:edge', ...testing] },
    ],
  };
}

export default [
  { ignores: ['**/dist', '**/node_modules', '**/data', 'bench/results', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
      '@nx/enforce-module-boundaries': ['error', boundaries(false)],
    },
  },
  {
    files: ['**/*.spec.ts', '**/testing-only/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(true)] },
  },
  {
    // The store adapter is named by a service's composition only (its module and runtime wiring);
    // slices, read models and reactions take the port of libs/eventsourcing (ADR 24), so a second
    // store touches the wiring files and nothing else.
    files: ['services/*/src/**/*.ts'],
    ignores: ['services/*/src/*.module.ts', 'services/*/src/*-runtime.ts', '**/*.spec.ts', '**/testing-only/**', 'services/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@hpc-access/eventstore-postgres', message: 'Take the store port (TransactionalEventStore, Projection, PersonalDataKeysIn from @hpc-access/eventsourcing); only the module wiring names the adapter.' }] }],
    },
  },
  {
    // Domain code (deciders, policies) stays pure: no NestJS, no driver, no clock from I/O.
    files: ['services/*/src/**/domain/**/*.ts', 'libs/audit-as-of/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@nestjs/*', 'pg', '@electric-sql/*', 'kafkajs', 'class-validator', 'class-transformer', '@hpc-access/eventstore-postgres', '@hpc-access/messaging', '@hpc-access/http', '@hpc-access/auth'], message: 'Domain code is pure: no framework, driver or I/O.' }] }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Deciders take now from the command.' }, { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Deciders take now from the command.' }],
    },
  },
];
