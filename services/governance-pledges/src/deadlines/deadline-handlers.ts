import { newCorrelationId, newEventId } from '@hpc-access/eventsourcing';
import type { Sql } from '@hpc-access/eventstore-postgres';
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
export function deadlineHandlers(deps: { streams: GovernanceStreams; configurations: GovernanceConfigurationService; db: Sql; schema: string }): Record<string, ScheduledCommandHandler> {
  const { streams, configurations, db, schema } = deps;
  const run = async (organisationId: string, now: Date, type: OrganisationPledgeCommand['type'], data: Record<string, unknown>) => {
    const command = { type, data: { organisationId, ...data }, context: { now, actor: SCHEDULER_ACTOR } } as OrganisationPledgeCommand;
    await streams.execute(organisationPledgeDecider, organisationPledgeStreamId(organisationId), command, { correlationId: newCorrelationId() });
  };
  const grace = async () => ({ gracePeriodDays: (await configurations.current()).configuration.gracePeriodDays });
  const payload = (command: PendingCommand) => command.payload as { organisationId: string; dueAt?: string; obligationId?: string; pledgeVersion?: number };

  return {
    [DEADLINE_TYPES.attestationDue]: async (command, now) => {
      const { organisationId, dueAt } = payload(command);
      await run(organisationId, now, 'MarkAttestationOverdue', { dueAt, facts: await grace() });
    },
    [DEADLINE_TYPES.attestationBreach]: async (command, now) => {
      const { organisationId, dueAt } = payload(command);
      await run(organisationId, now, 'BreachOverdueAttestation', { dueAt, breachId: newEventId() });
    },
    [DEADLINE_TYPES.obligationDue]: async (command, now) => {
      const { organisationId, obligationId } = payload(command);
      await run(organisationId, now, 'MarkObligationOverdue', { obligationId, facts: await grace() });
    },
    [DEADLINE_TYPES.obligationBreach]: async (command, now) => {
      const { organisationId, obligationId } = payload(command);
      await run(organisationId, now, 'BreachOverdueObligation', { obligationId, breachId: newEventId() });
    },
    [DEADLINE_TYPES.resignBy]: async (command, now) => {
      const requiredVersion = Number(payload(command).pledgeVersion);
      // The read model finds the candidates; the decider on each stream has the last word.
      const { rows } = await db.query<{ organisation_id: string }>(
        `SELECT organisation_id FROM ${schema}.organisation_pledges WHERE status = 'signed' AND signed_version < $1 ORDER BY organisation_id`,
        [requiredVersion],
      );
      for (const { organisation_id } of rows) await run(organisation_id, now, 'LapseSignature', { requiredVersion });
    },
  };
}
