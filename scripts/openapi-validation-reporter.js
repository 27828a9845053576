// Adds up what the e2e tier's answers were checked against (services/platform/src/testing-only/
// openapi-validation.ts writes one file per test file) and prints it before Jest's closing line.
const { mkdirSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

// One directory per run (the test files' workers inherit the variable): two Jest runs on one
// machine do not empty each other's counts.
const TALLY_DIR = join(__dirname, '..', 'dist-test', 'openapi-validation', `run-${process.pid}`);

class OpenApiValidationReporter {
  constructor() {
    process.env.HPC_OPENAPI_TALLY_DIR = TALLY_DIR;
  }

  onRunStart() {
    rmSync(TALLY_DIR, { recursive: true, force: true });
    mkdirSync(TALLY_DIR, { recursive: true });
  }

  onRunComplete() {
    let files;
    try {
      files = readdirSync(TALLY_DIR).filter((f) => f.startsWith('tally-') && f.endsWith('.json'));
    } catch {
      return;
    }
    if (files.length === 0) {
      rmSync(TALLY_DIR, { recursive: true, force: true });
      return;
    }
    const sum = { validated: 0, spared: 0, outside: 0, mismatched: 0 };
    const operations = new Set();
    const spared = new Set();
    for (const file of files) {
      const tally = JSON.parse(readFileSync(join(TALLY_DIR, file), 'utf8'));
      for (const key of Object.keys(sum)) sum[key] += tally[key];
      tally.operations.forEach((o) => operations.add(o));
      tally.sparedOperations.forEach((o) => spared.add(o));
    }
    const lines = [
      `openapi: ${sum.validated} answers validated against the OpenAPI document (${operations.size} operations, ${files.length} test files), ${sum.mismatched} not matching`,
      `openapi: ${sum.spared} answers of ${spared.size} operations without a declared success body spared; ${sum.outside} answers outside the document (docs, metrics, unknown paths)`,
    ];
    if (spared.size > 0) lines.push(`openapi: spared operations: ${[...spared].sort().join(', ')}`);
    process.stdout.write(`\n${lines.join('\n')}\n`);
    rmSync(TALLY_DIR, { recursive: true, force: true });
  }
}
module.exports = OpenApiValidationReporter;
