import { readFileSync } from 'node:fs';
import { findRepoFile } from '@hpc-access/sql';
import type { PledgeText } from '../pledge-versions/domain/pledge-text';
import type { GovernanceConfiguration } from './domain/configuration';

export interface GovernanceSeed {
  configuration: GovernanceConfiguration;
  pledgeText: PledgeText;
}

/** The first configuration and pledge text; GOVERNANCE_SEED points at another file. */
export function loadGovernanceSeed(path = process.env.GOVERNANCE_SEED ?? findRepoFile('infra/seed/governance-pledges.json')): GovernanceSeed {
  const { configuration, pledgeText } = JSON.parse(readFileSync(path, 'utf8')) as GovernanceSeed;
  return { configuration, pledgeText };
}
