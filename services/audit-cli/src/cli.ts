import { runCli } from './run-cli';

/** `hpc-audit ...`: bin/hpc-audit.js runs this compiled. */
runCli(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`hpc-audit: ${error.stack ?? error.message}`);
    process.exitCode = 2;
  },
);
