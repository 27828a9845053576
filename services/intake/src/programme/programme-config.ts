import { readFileSync } from 'node:fs';
import { findRepoFile } from '../repo-files';
import type { ProgrammeRules } from './programme-rules';

/** Reads the seeded programme rules; PROGRAMME_CONFIG points at another file. */
export function loadProgrammeRules(path = process.env.PROGRAMME_CONFIG ?? findRepoFile('infra/seed/programme.json')): ProgrammeRules {
  return JSON.parse(readFileSync(path, 'utf8')) as ProgrammeRules;
}

export const PROGRAMME_RULES = Symbol('PROGRAMME_RULES');
