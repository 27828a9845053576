import { DomainError } from '@hpc-access/eventsourcing';
import { assertMayActOnSystem, systemScopeOf, visibleSystems } from './site-scope';

const hosted: Record<string, string[]> = { cineca: ['leonardo'], csc: ['lumi'] };
const hostedBy = async (siteId: string) => hosted[siteId] ?? [];
const caller = (role: string, siteId?: string) => ({ identity: { userId: 'u-1', roles: [], ...(siteId ? { siteId } : {}) }, actor: { role } });
const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('the site scope of a caller', () => {
  it('gives staff every system and a site or its technical assessor only the systems it hosts', async () => {
    const staff = await systemScopeOf(caller('auditor'), hostedBy);
    expect(visibleSystems(staff)).toBeUndefined();
    expect(() => assertMayActOnSystem(staff, 'lumi')).not.toThrow();
    for (const role of ['site', 'technical-assessor']) {
      const scope = await systemScopeOf(caller(role, 'cineca'), hostedBy);
      expect(visibleSystems(scope)).toEqual(['leonardo']);
      expect(() => assertMayActOnSystem(scope, 'leonardo')).not.toThrow();
      expect(refusal(() => assertMayActOnSystem(scope, 'lumi', 'records.2.system'))).toMatchObject({
        kind: 'forbidden', code: 'system-of-another-site', field: 'records.2.system', message: 'site cineca does not host system lumi',
      });
    }
  });

  it('refuses a site-scoped token that names no site, and a record whose system is unknown', async () => {
    await expect(systemScopeOf(caller('site'), hostedBy)).rejects.toMatchObject({ kind: 'forbidden', code: 'site-not-named', field: 'site' });
    const unknownSite = await systemScopeOf(caller('site', 'hlrs'), hostedBy);
    expect(visibleSystems(unknownSite)).toEqual([]);
    expect(refusal(() => assertMayActOnSystem(unknownSite, null))).toMatchObject({ code: 'system-of-another-site', field: 'system' });
  });
});
