import { findRepoFile } from '@hpc-access/sql';
import { readSeedFile } from '@hpc-access/versioned-configuration';
import type { ProgrammeRules } from './programme-rules';

/** Reads the seeded programme rules; PROGRAMME_CONFIG points at another file. */
export function loadProgrammeRules(path = process.env.PROGRAMME_CONFIG ?? findRepoFile('infra/seed/programme.json')): ProgrammeRules {
  return readSeedFile<ProgrammeRules>(path);
}
