import { readFileSync } from 'node:fs';
import { findRepoFile } from '@hpc-access/sql';

export interface SeededSite {
  id: string;
  name: string;
  systems: string[];
}

/** The hosting sites as seeded (infra/seed/allocation.json): tests ask for the token of the site hosting a system. */
export function seededSites(): SeededSite[] {
  return (JSON.parse(readFileSync(findRepoFile('infra/seed/allocation.json'), 'utf8')) as { sites: SeededSite[] }).sites;
}

/** The seeded site hosting `system`; throws for a system no seeded site hosts, so a typo fails loudly. */
export function hostingSiteOf(system: string): string {
  const site = seededSites().find((s) => s.systems.includes(system));
  if (!site) throw new Error(`no seeded site hosts system ${system}`);
  return site.id;
}

/** The map as allocation publishes it (HostingSitesChanged), for services tested alone. */
export function seededHostingSites(): Array<{ siteId: string; name: string; systems: string[] }> {
  return seededSites().map((s) => ({ siteId: s.id, name: s.name, systems: [...s.systems] }));
}
