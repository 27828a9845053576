import { newCorrelationId, newEventId } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/sql';
import type { PendingCommand, ScheduledCommandHandler } from '@hpc-access/scheduler';
import type { GovernanceConfigurationService } from '../configuration/governance-configuration.service';
import type { GovernanceStreams } from '../governance-streams';
import { organisationPledgeStreamId } from '../organisations/domain/organisation-pledge';
import type { OrganisationPledgeCommand } from '../organisations/domain/organisation-pledge.commands';
import { organisationPledgeDecider } from '../organisations/domain/organisation-pledge.decide';
import { DEADLINE_TYPES } from './deadlines';

const SCHEDULER_ACTOR = { id: 'governance-scheduler', role: 'system' };

/**
 * What each deadline does when it falls due. Every one is idempotent: the decider sees a
 * deadline already met (attested, fulfilled, re-signed, breached) as nothing to do.
 */
export function deadlineHandlers(deps: { streams: GovernanceStreams; configurations: GovernanceConfigurationService; schema: string }): Record<string, ScheduledCommandHandler> {
  const { streams, configurations, schema } = deps;
  // Everything in the scheduler's transaction `tx`: the effect commits with the "fired" mark.
  const run = async (tx: Sql, organisationId: string, now: Date, type: OrganisationPledgeCommand['type'], data: Record<string, unknown>) => {
    const command = { type, data: { organisationId, ...data }, context: { now, actor: SCHEDULER_ACTOR } } as OrganisationPledgeCommand;
    await streams.executeIn(tx, organisationPledgeDecider, organisationPledgeStreamId(organisationId), command, { correlationId: newCorrelationId() });
  };
  const grace = async (tx: Sql) => ({ gracePeriodDays: (await configurations.current(tx)).configuration.gracePeriodDays });
  const payload = (command: PendingCommand) => command.payload as { organisationId: string; dueAt?: string; obligationId?: string; pledgeVersion?: number };

  return {
    [DEADLINE_TYPES.attestationDue]: async (command, now, tx) => {
      const { organisationId, dueAt } = payload(command);
      await run(tx, organisationId, now, 'MarkAttestationOverdue', { dueAt, facts: await grace(tx) });
    },
    [DEADLINE_TYPES.attestationBreach]: async (command, now, tx) => {
      const { organisationId, dueAt } = payload(command);
      await run(tx, organisationId, now, 'BreachOverdueAttestation', { dueAt, breachId: newEventId() });
    },
    [DEADLINE_TYPES.obligationDue]: async (command, now, tx) => {
      const { organisationId, obligationId } = payload(command);
      await run(tx, organisationId, now, 'MarkObligationOverdue', { obligationId, facts: await grace(tx) });
    },
    [DEADLINE_TYPES.obligationBreach]: async (command, now, tx) => {
      const { organisationId, obligationId } = payload(command);
      await run(tx, organisationId, now, 'BreachOverdueObligation', { obligationId, breachId: newEventId() });
    },
    [DEADLINE_TYPES.resignBy]: async (command, now, tx) => {
      const requiredVersion = Number(payload(command).pledgeVersion);
      // The read model finds the candidates; the decider on each stream has the last word.
      const { rows } = await tx.query<{ organisation_id: string }>(
        `SELECT organisation_id FROM ${schema}.organisation_pledges WHERE status = 'signed' AND signed_version < $1 ORDER BY organisation_id`,
        [requiredVersion],
      );
      for (const { organisation_id } of rows) await run(tx, organisation_id, now, 'LapseSignature', { requiredVersion });
    },
  };
}
