import { readFileSync } from 'node:fs';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { AgentConfig } from './agent-config';

/** The configuration with every default filled in and the client secret read. */
export interface ResolvedConfig {
  platform: { baseUrl: string; siteId: string; requestTimeoutMs: number };
  auth: { issuer?: string; tokenEndpoint?: string; clientId: string; clientSecret: string; clientAuthMethod: 'client_secret_basic' | 'client_secret_post'; scope?: string; resource?: string; audience?: string };
  slurm: { system: string; cluster: string; sacctmgr: string; sacct: string; commandTimeoutMs: number; projectAccountPrefix: string };
  partitions: Array<{ name: string; billing: 'gpu' | 'weight'; weight: number }>;
  usage: { startFrom: Date; settleSeconds: number; batchSize: number; windowSeconds: number };
  listen: { host: string; port: number };
  pollIntervalMs: number;
  reconcileIntervalMs: number;
  stateDir: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const DEFAULT_SECRET_ENV = 'HPC_SITE_AGENT_CLIENT_SECRET';

/** Reads and checks the JSON configuration file; every problem is named with its field. */
export function loadConfig(file: string, env: Readonly<Record<string, string | undefined>> = process.env): ResolvedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`configuration ${file}: cannot be read (${(error as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`configuration ${file}: not JSON (${(error as Error).message})`);
  }
  return resolveConfig(raw, file, env);
}

export function resolveConfig(raw: unknown, source: string, env: Readonly<Record<string, string | undefined>> = process.env): ResolvedConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`configuration ${source}: must be a JSON object`);
  const config = plainToInstance(AgentConfig, raw);
  const errors = validateSync(config, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new ConfigError(`configuration ${source}:\n${describe(errors).map((line) => `  - ${line}`).join('\n')}`);
  const names = config.partitions.map((p) => p.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new ConfigError(`configuration ${source}:\n  - partitions: ${twice} is listed twice`);
  return {
    platform: { baseUrl: config.platform.baseUrl.replace(/\/+$/, ''), siteId: config.platform.siteId, requestTimeoutMs: (config.platform.requestTimeoutSeconds ?? 30) * 1000 },
    auth: {
      issuer: config.auth.issuer?.replace(/\/+$/, ''),
      tokenEndpoint: config.auth.tokenEndpoint,
      clientId: config.auth.clientId,
      clientSecret: readSecret(config.auth.clientSecretFile, config.auth.clientSecretEnv, source, env),
      clientAuthMethod: config.auth.clientAuthMethod ?? 'client_secret_basic',
      scope: config.auth.scope,
      resource: config.auth.resource,
      audience: config.auth.audience,
    },
    slurm: {
      system: config.slurm.system,
      cluster: config.slurm.cluster,
      sacctmgr: config.slurm.sacctmgr ?? 'sacctmgr',
      sacct: config.slurm.sacct ?? 'sacct',
      commandTimeoutMs: (config.slurm.commandTimeoutSeconds ?? 120) * 1000,
      projectAccountPrefix: config.slurm.projectAccountPrefix ?? 'ehpc-',
    },
    partitions: config.partitions.map((p) => ({ name: p.name, billing: p.billing, weight: p.weight ?? 1 })),
    usage: {
      startFrom: new Date(config.usage.startFrom),
      settleSeconds: config.usage.settleSeconds ?? 60,
      batchSize: config.usage.batchSize ?? 500,
      windowSeconds: config.usage.windowSeconds ?? 86_400,
    },
    listen: { host: config.listen.host ?? '127.0.0.1', port: config.listen.port },
    pollIntervalMs: (config.pollIntervalSeconds ?? 60) * 1000,
    reconcileIntervalMs: (config.reconcileIntervalSeconds ?? 3600) * 1000,
    stateDir: config.stateDir,
  };
}

function readSecret(file: string | undefined, envName: string | undefined, source: string, env: Readonly<Record<string, string | undefined>>): string {
  if (file !== undefined && envName !== undefined) throw new ConfigError(`configuration ${source}:\n  - auth: give clientSecretFile or clientSecretEnv, not both`);
  if (file !== undefined) {
    let secret: string;
    try {
      secret = readFileSync(file, 'utf8').trim();
    } catch (error) {
      throw new ConfigError(`configuration ${source}:\n  - auth.clientSecretFile: ${file} cannot be read (${(error as Error).message})`);
    }
    if (!secret) throw new ConfigError(`configuration ${source}:\n  - auth.clientSecretFile: ${file} is empty`);
    return secret;
  }
  const name = envName ?? DEFAULT_SECRET_ENV;
  const secret = env[name]?.trim();
  if (!secret) throw new ConfigError(`configuration ${source}:\n  - auth: no client secret: set ${name}, or give auth.clientSecretFile`);
  return secret;
}

/** `usage.startFrom: must be ...` for every failed constraint, nested fields with their path. */
function describe(errors: ValidationError[], path = ''): string[] {
  return errors.flatMap((error) => {
    const field = path ? (/^\d+$/.test(error.property) ? `${path}[${error.property}]` : `${path}.${error.property}`) : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => (error.constraints?.['whitelistValidation'] === message ? `${field}: is not a known setting` : `${field}: ${message}`));
    return [...own, ...describe(error.children ?? [], field)];
  });
}
