import type { EventStore } from '@hpc-access/eventsourcing';
import { programmeConfiguration } from '../programme/domain/programme-configuration';
import type { ProgrammeRules } from '../programme/programme-rules';

/** The programme rules in force at a moment of the past, from the configuration's own history. */
export type RulesInForceAt = (time: Date) => ProgrammeRules;

/**
 * Reads every version of the programme rules once (at start) and answers which was in force at a
 * given time. Only events recorded before their verdict was kept in them need it (the SME verdict
 * of OrganisationRegistered): all of those predate this start, and so does every version that
 * could have been in force for them, so the answer for such an event never changes afterwards.
 */
export async function loadRulesInForceAt(store: EventStore, fallback: ProgrammeRules): Promise<RulesInForceAt> {
  const versions = (await programmeConfiguration.history(store))
    .map((v) => ({ from: Date.parse(v.recordedAt), rules: (v.data as { rules: ProgrammeRules }).rules }));
  return (time) => {
    let inForce = versions[0]?.rules ?? fallback;
    for (const version of versions) if (version.from <= time.getTime()) inForce = version.rules;
    return inForce;
  };
}
