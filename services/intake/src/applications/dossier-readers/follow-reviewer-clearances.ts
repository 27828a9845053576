import { EthicsEvents, topicFor } from '@hpc-access/contracts';
import type { Database } from '@hpc-access/sql';
import { Inbox, subscribeToIntegrationEvents, type BusSubscription, type MessageBus } from '@hpc-access/messaging';

/**
 * Keeps intake's list of who may read which dossier from ethics review's word: a reviewer who
 * declared no conflict on an application's case reads it until their assignment ends. Each change
 * commits with its inbox row, so a redelivery changes nothing; one application's events come in
 * order (the message key is the application id).
 */
export function followReviewerClearances(options: { bus: MessageBus; db: Database; schema: string }): Promise<BusSubscription> {
  const table = `${options.schema}.dossier_readers`;
  return subscribeToIntegrationEvents({
    bus: options.bus,
    db: options.db,
    inbox: new Inbox(options.schema),
    topic: topicFor('ethics-review'),
    group: 'intake.dossier-readers',
    handlers: {
      [EthicsEvents.ReviewerDeclaredNoConflict.type]: async (event, tx) => {
        const { applicationId, reviewerId, declaredAt } = event.data;
        await tx.query(`INSERT INTO ${table} (application_id, reviewer_id, declared_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [applicationId, reviewerId, declaredAt]);
      },
      [EthicsEvents.ReviewerAssignmentEnded.type]: async (event, tx) => {
        await tx.query(`DELETE FROM ${table} WHERE application_id = $1 AND reviewer_id = $2`, [event.data.applicationId, event.data.reviewerId]);
      },
    },
  });
}
