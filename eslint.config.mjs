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
  const testing = forTests ? ['scope:testing', 'scope:testing-edge'] : [];
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
      { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:lib', 'type:service'] },
      { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['type:lib'] },
      { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
      { sourceTag: 'scope:core', onlyDependOnLibsWithTags: [], bannedExternalImports: framework },
      { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: [] },
      { sourceTag: 'scope:adapter', onlyDependOnLibsWithTags: ['scope:core', 'scope:contracts', ...testing] },
      { sourceTag: 'scope:messaging', onlyDependOnLibsWithTags: ['scope:core', 'scope:adapter', 'scope:contracts', ...testing] },
      { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:core', 'scope:adapter', 'scope:contracts', 'scope:messaging'] },
      // Harnesses that start a service's Nest module for its tests: they need the edge libs.
      { sourceTag: 'scope:testing-edge', onlyDependOnLibsWithTags: ['scope:core', 'scope:adapter', 'scope:contracts', 'scope:messaging', 'scope:edge', 'scope:testing'] },
      { sourceTag: 'scope:edge', onlyDependOnLibsWithTags: ['scope:core', 'scope:adapter', 'scope:contracts', 'scope:messaging', 'scope:edge', ...testing] },
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
    // Domain code (deciders, policies) stays pure: no NestJS, no driver, no clock from I/O.
    files: ['services/*/src/**/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@nestjs/*', 'pg', '@electric-sql/*', 'kafkajs', 'class-validator', 'class-transformer', '@hpc-access/eventstore-postgres', '@hpc-access/messaging', '@hpc-access/http', '@hpc-access/auth'], message: 'Domain code is pure: no framework, driver or I/O.' }] }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Deciders take now from the command.' }, { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Deciders take now from the command.' }],
    },
  },
];
