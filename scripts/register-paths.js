// Resolves the @hpc-access/* aliases of tsconfig.base.json against the compiled tree: dist/ by
// default, HPC_DIST_DIR for the test processes' build (dist-test/, which keeps testing-only code).
const path = require('node:path');
const { register } = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.base.json');

const paths = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((t) => t.replace(/\.ts$/, '.js'))]),
);
register({ baseUrl: path.resolve(__dirname, '..', process.env.HPC_DIST_DIR ?? 'dist'), paths });
