// Jest setup (jest.config.js): an in-memory PGlite (`PGlite.create()` with no arguments, what
// openPglite() does without a directory) starts from a copy of a freshly initialised cluster
// instead of running initdb again. initdb is most of a PGlite's start: 4.4 s of CPU against 1.4 s
// from the copy (measured on the 2-core machine), and some 60 int and e2e files start at least one.
// The copy is a tar of the data directory PGlite itself wrote right after initdb (dumpDataDir), so
// every test still gets an empty cluster of its own; a directory given, or any option, goes
// through untouched.
const { Blob } = require('node:buffer');
const { existsSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { PGlite } = require('@electric-sql/pglite');

const create = PGlite.create;
if (!create.fromTemplate) {
  // One template per PGlite build (its entry point's size and time), shared by workers and runs.
  const entry = statSync(require.resolve('@electric-sql/pglite'));
  const template = join(tmpdir(), `hpc-access-pglite-template-${process.getuid?.() ?? 'user'}-${entry.size}-${Math.trunc(entry.mtimeMs)}.tar`);

  const templateBytes = async () => {
    if (!existsSync(template)) {
      const fresh = await create.call(PGlite);
      const tar = Buffer.from(await (await fresh.dumpDataDir('none')).arrayBuffer());
      await fresh.close();
      // Another worker may be writing it too: whole files only.
      const partial = `${template}.${process.pid}`;
      writeFileSync(partial, tar);
      renameSync(partial, template);
      return tar;
    }
    return readFileSync(template);
  };

  const fromTemplate = async function (...args) {
    if (args.length > 0 && args.some((arg) => arg !== undefined)) return create.apply(this, args);
    return create.call(this, { loadDataDir: new Blob([await templateBytes()]) });
  };
  fromTemplate.fromTemplate = true;
  PGlite.create = fromTemplate;
}
