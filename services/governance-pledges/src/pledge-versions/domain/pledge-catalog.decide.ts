import { assertNever, invalid, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import { addDays } from '../../organisations/domain/calendar';
import { evolvePledgeCatalog, initialPledgeCatalogState, type PledgeCatalogEvent, type PledgeCatalogState } from './pledge-catalog';
import type { PledgeText } from './pledge-text';

/** Version 1 from the seed file, at first start. */
export type SeedPledgeText = { type: 'SeedPledgeText'; data: { text: PledgeText }; context: CommandContext };
/** A governance officer publishes a new text; `resignPeriodDays` comes from the configuration. */
export type PublishPledgeVersion = { type: 'PublishPledgeVersion'; data: { text: PledgeText; resignPeriodDays: number }; context: CommandContext };
export type PledgeCatalogCommand = SeedPledgeText | PublishPledgeVersion;

function assertValidText(text: PledgeText): void {
  const ids = text.optionalCommitments.map((c) => c.id);
  if (new Set(ids).size !== ids.length) throw invalid('duplicate-optional-commitment', 'optional commitment ids must be unique', 'optionalCommitments');
}

export function decidePledgeCatalog(command: PledgeCatalogCommand, state: PledgeCatalogState): PledgeCatalogEvent[] {
  const now = command.context.now.toISOString();
  switch (command.type) {
    case 'SeedPledgeText':
      if (state.versions.length > 0) return [];
      assertValidText(command.data.text);
      // Nobody signed anything earlier, so there is nothing to re-sign by.
      return [{ type: 'PledgeVersionPublished', data: { pledgeVersion: 1, text: command.data.text, publishedBy: command.context.actor.id, publishedAt: now, resignBy: now } }];
    case 'PublishPledgeVersion': {
      assertValidText(command.data.text);
      const pledgeVersion = state.versions.length + 1;
      const resignBy = addDays(command.context.now, command.data.resignPeriodDays).toISOString();
      return [{ type: 'PledgeVersionPublished', data: { pledgeVersion, text: command.data.text, publishedBy: command.context.actor.id, publishedAt: now, resignBy } }];
    }
    default:
      return assertNever(command);
  }
}

export const pledgeCatalogDecider: Decider<PledgeCatalogCommand, PledgeCatalogState, PledgeCatalogEvent> = {
  initialState: initialPledgeCatalogState,
  evolve: evolvePledgeCatalog,
  decide: decidePledgeCatalog,
};
