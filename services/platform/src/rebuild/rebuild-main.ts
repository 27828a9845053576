import { runRebuildCli } from './rebuild-cli';

// `npm run rebuild -- <service> [projection]`: progress and outcome on stderr, the exit code says how it went.
void runRebuildCli(process.argv.slice(2), process.env, (line) => process.stderr.write(`${line}\n`)).then((code) => {
  process.exitCode = code;
});
