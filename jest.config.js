// PGlite loads its WebAssembly with a dynamic import(): Jest needs NODE_OPTIONS=--experimental-vm-modules
// (the npm test scripts set it).
// One Jest run, three tiers selected by file suffix (STYLE.md): *.unit.spec.ts, *.int.spec.ts, *.e2e.spec.ts.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const PGLITE_TEMPLATE = '<rootDir>/scripts/jest-pglite-template.js';

const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', isolatedModules: true, diagnostics: false }],
  },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  roots: ['<rootDir>/libs', '<rootDir>/services', '<rootDir>/test'],
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  // Global only (Jest ignores it per project): PGlite start-up and real servers take seconds on 2 cores.
  testTimeout: 60000,
  // The OpenAPI reporter adds up the e2e tier's checked answers; the summary line stays last.
  reporters: ['default', '<rootDir>/scripts/openapi-validation-reporter.js', '<rootDir>/scripts/summary-reporter.js'],
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['**/*.unit.spec.ts'] },
    // The tiers that start databases: an in-memory PGlite starts from a copy of an initialised cluster.
    { ...shared, displayName: 'int', testMatch: ['**/*.int.spec.ts'], setupFiles: [...shared.setupFiles, PGLITE_TEMPLATE] },
    // Every answer an e2e test receives is checked against the OpenAPI document (ADR 18).
    { ...shared, displayName: 'e2e', testMatch: ['**/*.e2e.spec.ts'], setupFiles: [...shared.setupFiles, PGLITE_TEMPLATE], setupFilesAfterEnv: ['<rootDir>/services/platform/src/testing-only/openapi-validation.setup.ts'] },
  ],
};
