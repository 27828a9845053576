import { startPlatform, type PlatformHarness } from '../testing-only/platform-harness';
import { everyEntityHasAPagedHistory } from './scenarios/usage-dates-histories';
import { usageFollowsAllocationDates } from './scenarios/usage-dates';

describe("usage follows the allocation's dates (embedded)", () => {
  let platform: PlatformHarness;

  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform.close());

  it('charges only jobs inside the dates; records before the start, in the future or impossible are flagged and listed; a month far over its quota is flagged; a reassessment charges what became chargeable', () =>
    usageFollowsAllocationDates(platform));

  it('every entity has a history, paged as the lists: an organisation, a breach report, a call, a capacity ledger, an allocation; each refused outside its scope', () =>
    everyEntityHasAPagedHistory(platform));
});
