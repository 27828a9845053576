// Builds the staff UI only when dist/ is missing or older than what it is built from (its sources,
// index.html, the Vite config, the lock file), so `npm start` and the browser tests do not pay for
// a Vite build when nothing changed. `npm run build` always builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const newest = (path) =>
  statSync(path).isDirectory() ? Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name)))) : statSync(path).mtimeMs;

const index = join(root, 'dist', 'index.html');
const built = existsSync(index) ? statSync(index).mtimeMs : 0;
const inputs = [join(root, 'src'), join(root, 'index.html'), join(root, 'vite.config.ts'), join(root, 'package.json'), join(root, '..', '..', 'package-lock.json')];
if (built >= Math.max(...inputs.filter(existsSync).map(newest))) {
  console.error('staff UI: dist/ is up to date');
} else {
  // vite's package exports do not include its bin: resolve its package.json and go from there.
  const vite = join(dirname(createRequire(join(root, 'package.json')).resolve('vite/package.json')), 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
