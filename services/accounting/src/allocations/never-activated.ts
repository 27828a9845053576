import { DomainError } from '@hpc-access/eventsourcing';

/**
 * Runs a reaction to allocation's lifecycle (suspended, resumed, closed) on an account that may
 * not exist: for an allocation that never became active accounting has nothing to record, so the
 * decider's not-found is logged and the event acknowledged.
 */
export async function unlessNeverActivated(
  log: { info(message: string, fields?: Record<string, unknown>): void },
  event: { type: string },
  allocationId: string,
  work: () => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof DomainError && error.kind === 'not_found')) throw error;
    log.info('allocation event for an allocation never activated; nothing to record', { type: event.type, allocationId });
  }
}
