import { evolveAllocationAccount, initialAllocationAccountState, allocationAccountStreamId } from '@hpc-access/accounting/domain';
import * as allocation from '@hpc-access/allocation/domain';
import { caseStreamId, evolveCase, initialCase } from '@hpc-access/ethics-review/domain';
import { breachReportStreamId, evolveBreachReport, evolveOrganisationPledge, initialBreachReportState, initialOrganisationPledgeState, organisationPledgeStreamId } from '@hpc-access/governance-pledges/domain';
import * as intake from '@hpc-access/intake/domain';
import type { DomainEvent } from '@hpc-access/eventsourcing';

/**
 * How to rebuild one kind of entity: where its events are (the owning service's schema and the
 * stream id it gives the entity) and the owning service's own initial state and evolve. The
 * evolve functions are the ones the services decide with, imported from their pure domain
 * entries, so an as-of answer is the state the service itself held, not a re-implementation.
 */
export interface EntityType {
  /** The schema whose events table holds the stream. */
  service: string;
  streamId(id: string): string;
  /** Where the evolve lives, for the README and the answer. */
  evolve: string;
  initialState(): unknown;
  apply(state: unknown, event: DomainEvent): unknown;
}

// The evolve functions are typed to their own event unions; the stored stream holds exactly
// those (a stream belongs to one decider), so the widening here is sound.
type Evolve<S, E> = (state: S, event: E) => S;
const entity = <S, E>(service: string, streamId: (id: string) => string, evolveName: string, initialState: () => S, evolve: Evolve<S, E>): EntityType => ({
  service,
  streamId,
  evolve: evolveName,
  initialState,
  apply: (state, event) => evolve(state as S, event as unknown as E),
});

function capacityLedgerStreamId(id: string): string {
  const dot = id.indexOf('.');
  return dot < 0 ? allocation.ledgerStreamId(id, '') : allocation.ledgerStreamId(id.slice(0, dot), id.slice(dot + 1));
}

export const ENTITY_TYPES: Readonly<Record<string, EntityType>> = {
  application: entity('intake', intake.applicationStreamId, 'intake: evolveApplication', intake.initialApplicationState, intake.evolveApplication),
  organisation: entity('intake', intake.organisationStreamId, 'intake: evolveOrganisation', intake.initialOrganisationState, intake.evolveOrganisation),
  'ethics-case': entity('ethics', caseStreamId, 'ethics-review: evolveCase', initialCase, evolveCase),
  allocation: entity('allocation', allocation.allocationStreamId, 'allocation: evolveAllocation', allocation.initialAllocationState, allocation.evolveAllocation),
  'allocation-application': entity('allocation', allocation.applicationStreamId, 'allocation: evolveApplication', allocation.initialApplicationState, allocation.evolveApplication),
  // The id of a partition ledger is `<system>.<partition>`, as its stream id spells it.
  'capacity-ledger': entity('allocation', capacityLedgerStreamId, 'allocation: evolveLedger', allocation.initialLedgerState, allocation.evolveLedger),
  'breach-report': entity('governance', breachReportStreamId, 'governance-pledges: evolveBreachReport', initialBreachReportState, evolveBreachReport),
  'organisation-pledge': entity('governance', organisationPledgeStreamId, 'governance-pledges: evolveOrganisationPledge', initialOrganisationPledgeState, evolveOrganisationPledge),
  'allocation-account': entity('accounting', allocationAccountStreamId, 'accounting: evolveAllocationAccount', initialAllocationAccountState, evolveAllocationAccount),
};

export const ENTITY_TYPE_NAMES = Object.keys(ENTITY_TYPES);

export function entityTypeOf(name: string): EntityType | undefined {
  return Object.prototype.hasOwnProperty.call(ENTITY_TYPES, name) ? ENTITY_TYPES[name] : undefined;
}
