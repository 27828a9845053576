// Resolves the @hpc-access/* aliases of tsconfig.base.json against the compiled tree in dist/.
const path = require('node:path');
const { register } = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.base.json');

const paths = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, targets]) => [alias, targets.map((t) => t.replace(/\.ts$/, '.js'))]),
);
register({ baseUrl: path.join(__dirname, '..', 'dist'), paths });
