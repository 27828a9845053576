import { readFileSync } from 'node:fs';
import { findRepoFile } from '@hpc-access/sql';
import type { ProgrammeRules } from './programme-rules';

/** Reads the seeded programme rules; PROGRAMME_CONFIG points at another file. */
export function loadProgrammeRules(path = process.env.PROGRAMME_CONFIG ?? findRepoFile('infra/seed/programme.json')): ProgrammeRules {
  // `$comment` documents the file; it is not part of the rules.
  const { $comment: _comment, ...rules } = JSON.parse(readFileSync(path, 'utf8')) as ProgrammeRules & { $comment?: string };
  return rules;
}
