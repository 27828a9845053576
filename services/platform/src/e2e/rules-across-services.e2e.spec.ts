import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import { lapsedSignatureMakesTheOrganisationUnsigned, suspensionReasonsLiftOnlyTheirOwn } from './scenarios/rules-across-services';
import { earlyClosureServesTheQueue, releaseAwardsTheReserveListInRankOrder } from './scenarios/rules-across-services-capacity';

// Issue 16: the programme's rules hold across services. One platform for the file; the lapse
// publishes a pledge version for everyone, so it runs last.
describe('the programme rules hold across services (embedded)', () => {
  let platform: PlatformHarness;

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.close());

  it('a suspension carries its reasons: governance adds its own to an overuse suspension, screening fails on the named rule, each maker lifts only its own', () =>
    suspensionReasonsLiftOnlyTheirOwn(platform));

  it('a revoked allocation returns its capacity at once: the queue behind it is awarded, named as the rule’s decision; only the committee may revoke', () =>
    earlyClosureServesTheQueue(platform));

  it('a cut-off funds within capacity, puts two on the reserve list and one below the threshold; a revocation awards the reserve list in rank order', () =>
    releaseAwardsTheReserveListInRankOrder(platform));

  it('a signature not renewed by the new version’s date lapses: intake treats the organisation as unsigned until it signs', () =>
    lapsedSignatureMakesTheOrganisationUnsigned(platform));
});
