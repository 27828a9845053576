import { conflict, notFound } from '@hpc-access/eventsourcing';
import { addDays, endOfDue, iso } from './calendar';
import type {
  AcceptObligation, BreachOverdueObligation, MarkObligationOverdue, RecordObligations, RejectObligationEvidence, SubmitObligationEvidence,
} from './organisation-pledge.commands';
import type { Obligation, OrganisationPledgeEvent, OrganisationPledgeState } from './organisation-pledge';

type ObligationCommand = RecordObligations | SubmitObligationEvidence | AcceptObligation | RejectObligationEvidence | MarkObligationOverdue | BreachOverdueObligation;

function obligationOf(state: OrganisationPledgeState, obligationId: string): Obligation {
  const obligation = state.obligations.find((o) => o.obligationId === obligationId);
  if (!obligation) throw notFound('obligation-not-found', `obligation ${obligationId} does not exist for this organisation`);
  return obligation;
}

function notFulfilled(obligation: Obligation): void {
  if (obligation.status === 'fulfilled') throw conflict('obligation-fulfilled', `obligation ${obligation.obligationId} is already fulfilled`);
}

/** Ethics conditions tracked under the pledge: evidence, acceptance, overdue, breach. */
export function decideObligation(command: ObligationCommand, state: OrganisationPledgeState): OrganisationPledgeEvent[] {
  const { organisationId } = command.data;
  const now = command.context.now;
  switch (command.type) {
    case 'RecordObligations':
      // A redelivered decision finds its conditions recorded already.
      return command.data.conditions
        .filter((c) => !state.obligations.some((o) => o.obligationId === c.conditionId))
        .map((c) => ({
          type: 'ObligationRecorded',
          data: { organisationId, obligationId: c.conditionId, applicationId: command.data.applicationId, text: c.text, dueDate: c.dueDate, dueAt: iso(endOfDue(c.dueDate)) },
        }));
    case 'SubmitObligationEvidence': {
      const obligation = obligationOf(state, command.data.obligationId);
      notFulfilled(obligation);
      return [{ type: 'ObligationEvidenceSubmitted', data: { organisationId, obligationId: obligation.obligationId, evidence: command.data.evidence, submittedBy: command.context.actor.id, submittedAt: iso(now) } }];
    }
    case 'AcceptObligation': {
      const obligation = obligationOf(state, command.data.obligationId);
      notFulfilled(obligation);
      if (obligation.status !== 'evidence-submitted') throw conflict('no-evidence', 'there is no evidence to accept for this obligation');
      const breach = state.breaches.find((b) => b.cause === 'obligation-overdue' && b.ref === obligation.obligationId && b.remediedAt === null);
      return [
        { type: 'ObligationFulfilled', data: { organisationId, obligationId: obligation.obligationId, applicationId: obligation.applicationId, acceptedBy: command.context.actor.id, fulfilledAt: iso(now) } },
        ...(breach ? [{ type: 'BreachRemedied' as const, data: { organisationId, breachId: breach.breachId, remedy: 'obligation-fulfilled' as const, remediedAt: iso(now) } }] : []),
      ];
    }
    case 'RejectObligationEvidence': {
      const obligation = obligationOf(state, command.data.obligationId);
      notFulfilled(obligation);
      if (obligation.status !== 'evidence-submitted') throw conflict('no-evidence', 'there is no evidence to reject for this obligation');
      const rejected: OrganisationPledgeEvent = { type: 'ObligationEvidenceRejected', data: { organisationId, obligationId: obligation.obligationId, reason: command.data.reason, rejectedBy: command.context.actor.id, rejectedAt: iso(now) } };
      // Rejected after its due date, the obligation is overdue at once: its deadline passed while under review.
      const lateAndNotYetOverdue = now.getTime() >= Date.parse(obligation.dueAt) && obligation.overdueSince === null;
      if (!lateAndNotYetOverdue) return [rejected];
      return [rejected, { type: 'ObligationOverdue', data: { organisationId, obligationId: obligation.obligationId, overdueAt: iso(now), breachAt: iso(addDays(now, command.data.facts.gracePeriodDays)) } }];
    }
    case 'MarkObligationOverdue': {
      const obligation = state.obligations.find((o) => o.obligationId === command.data.obligationId);
      // Evidence under review stops the clock; a fulfilled or already overdue one has nothing to do.
      if (!obligation || obligation.status !== 'open' || obligation.overdueSince !== null || now.getTime() < Date.parse(obligation.dueAt)) return [];
      return [{ type: 'ObligationOverdue', data: { organisationId, obligationId: obligation.obligationId, overdueAt: iso(now), breachAt: iso(addDays(now, command.data.facts.gracePeriodDays)) } }];
    }
    case 'BreachOverdueObligation': {
      const obligation = state.obligations.find((o) => o.obligationId === command.data.obligationId);
      if (!obligation || obligation.status !== 'open' || obligation.breachAt === null || now.getTime() < Date.parse(obligation.breachAt)) return [];
      if (state.breaches.some((b) => b.cause === 'obligation-overdue' && b.ref === obligation.obligationId)) return [];
      return [{
        type: 'PledgeBreached',
        data: { organisationId, breachId: command.data.breachId, cause: 'obligation-overdue', ref: obligation.obligationId, reason: `obligation ${obligation.obligationId} overdue since ${obligation.overdueSince} and past its grace period`, breachedAt: iso(now) },
      }];
    }
  }
}
