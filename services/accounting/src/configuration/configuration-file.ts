import { findRepoFile } from '@hpc-access/sql';
import { readSeedFile } from '@hpc-access/versioned-configuration';
import type { AccountingConfiguration } from './domain/configuration';

/** Where the seed lives: ACCOUNTING_CONFIG points at another file. */
export function defaultSeedFile(): string {
  return process.env.ACCOUNTING_CONFIG ?? findRepoFile('infra/seed/accounting.json');
}

export const readSeedConfiguration = (path: string): AccountingConfiguration => readSeedFile<AccountingConfiguration>(path);
