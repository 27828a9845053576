import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/load-config';
import { SiteAgent } from './agent';
import { createLogger } from './observability/logger';

const USAGE = 'usage: hpc-site-agent --config <file.json> [--once]';

/** `hpc-site-agent --config <file>`: runs until SIGTERM or SIGINT; `--once` runs one round and exits. */
async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--config');
  const file = at >= 0 ? argv[at + 1] : undefined;
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  let config;
  try {
    config = loadConfig(file);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const log = createLogger({ siteId: config.platform.siteId, system: config.slurm.system });
  const crash = process.env['NODE_ENV'] !== 'production' ? Number(process.env['HPC_SITE_AGENT_CRASH_AFTER_BATCHES'] ?? '') : NaN;
  const agent = new SiteAgent(config, log, undefined, Number.isInteger(crash) && crash > 0 ? { crashAfterBatches: crash } : {});
  await agent.start();
  if (argv.includes('--once')) {
    await agent.round();
    await agent.stop();
    return 0;
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'stopping after the current step');
      void agent.stop();
    });
  }
  await agent.run();
  log.info('stopped');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`hpc-site-agent: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
