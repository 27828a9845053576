import { readFileSync } from 'node:fs';
import { findRepoFile } from '@hpc-access/sql';
import type { AccountingConfiguration } from './domain/configuration';

/** Where the seed lives: ACCOUNTING_CONFIG points at another file. */
export function defaultSeedFile(): string {
  return process.env.ACCOUNTING_CONFIG ?? findRepoFile('infra/seed/accounting.json');
}

export function readSeedConfiguration(path: string): AccountingConfiguration {
  const { $comment: _comment, ...configuration } = JSON.parse(readFileSync(path, 'utf8')) as AccountingConfiguration & { $comment?: string };
  return configuration;
}
