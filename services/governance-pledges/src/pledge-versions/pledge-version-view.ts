import type { PledgeCatalogState, PledgeVersion } from './domain/pledge-catalog';

export function pledgeVersionView(version: PledgeVersion, state: PledgeCatalogState) {
  return { ...version, current: version.pledgeVersion === state.versions.length };
}
