import { IntakeEvents } from '@hpc-access/contracts';
import { causedByEvent, type CommandsInTransaction, type IntegrationEventHandlers } from '@hpc-access/messaging';
import type { Sql } from '@hpc-access/sql';
import type { EthicsSettings } from '../../configuration/domain/ethics-configuration';
import { caseIdFor, caseStreamId } from '../domain/ethics-case';
import { ethicsCaseDecider } from '../domain/ethics-case.decide';

export interface OpenCaseDeps {
  commands: CommandsInTransaction<Sql>;
  /** The configuration as the inbox's transaction sees it: how many reviewers each mode needs. */
  settingsIn: (tx: Sql) => Promise<EthicsSettings>;
  log: { error(message: string, fields?: Record<string, unknown>): void };
}

/** An application screened eligible opens its ethics case, with as many reviewers as its mode requires. */
export const onApplicationScreened = ({ commands, settingsIn, log }: OpenCaseDeps): IntegrationEventHandlers => ({
  [IntakeEvents.ApplicationScreened.type]: async (event, tx) => {
    const { applicationId, organisationId, outcome, dossier } = event.data;
    if (outcome !== 'eligible') return;
    if (!dossier) {
      // The contract makes the dossier optional; without it there is no mode and nothing to review.
      log.error('eligible application without a dossier; no case opened', { applicationId, eventId: event.id });
      return;
    }
    const settings = await settingsIn(tx);
    await commands.run(tx, causedByEvent(event), ethicsCaseDecider, caseStreamId(caseIdFor(applicationId)), {
      type: 'OpenCase',
      data: { applicationId, organisationId, dossier, reviewersRequired: settings.reviewersRequired[dossier.mode] },
    });
  },
});
