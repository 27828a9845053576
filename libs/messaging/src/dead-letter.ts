/**
 * Thrown by a handler for a message that no retry can fix (it fails validation, say): the bus
 * sends it to the dead-letter topic at once instead of retrying.
 */
export class DeadLetterError extends Error {
  override readonly name = 'DeadLetterError';
  constructor(
    reason: string,
    /** Machine-readable detail, recorded as JSON in the dead letter's headers. */
    readonly details?: unknown,
  ) {
    super(reason);
  }
}

/** Headers a dead-lettered message carries besides its original ones. */
export const DLQ_HEADERS = {
  reason: 'dlq-reason',
  details: 'dlq-details',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  group: 'dlq-group',
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
} as const;

export interface DeadLetterContext {
  topic: string;
  partition: number;
  offset: string;
  group: string;
  attempts: number;
  failedAt: Date;
}

/** The headers that record why and where a message failed; every adapter writes the same ones. */
export function deadLetterHeaders(error: unknown, context: DeadLetterContext): Record<string, string> {
  const headers: Record<string, string> = {
    [DLQ_HEADERS.reason]: error instanceof Error ? error.message : String(error),
    [DLQ_HEADERS.originalTopic]: context.topic,
    [DLQ_HEADERS.originalPartition]: String(context.partition),
    [DLQ_HEADERS.originalOffset]: context.offset,
    [DLQ_HEADERS.group]: context.group,
    [DLQ_HEADERS.attempts]: String(context.attempts),
    [DLQ_HEADERS.failedAt]: context.failedAt.toISOString(),
  };
  if (error instanceof DeadLetterError && error.details !== undefined) {
    headers[DLQ_HEADERS.details] = JSON.stringify(error.details);
  }
  return headers;
}
