/**
 * The one place where integration event types and topic names are spelled. Every producer and
 * consumer builds them here, so a casing slip cannot route an event nowhere.
 */

export const PLATFORM = 'hpc-access';

/** Bounded contexts that publish integration events (ARCHITECTURE.md section 1). */
export const BOUNDED_CONTEXTS = ['intake', 'ethics-review', 'allocation', 'accounting', 'governance'] as const;
export type BoundedContext = (typeof BOUNDED_CONTEXTS)[number];

export type IntegrationEventType<C extends BoundedContext, N extends string, V extends number> =
  `${typeof PLATFORM}.${C}.${N}.v${V}`;

export type Topic<C extends BoundedContext = BoundedContext, V extends number = number> = `${typeof PLATFORM}.${C}.v${V}`;

const PASCAL_CASE = /^[A-Z][A-Za-z0-9]*$/;

/** `hpc-access.governance.PledgeSigned.v1`: event names in PascalCase, past tense, versioned. */
export function integrationEventType<C extends BoundedContext, N extends string, V extends number>(
  context: C,
  name: N,
  version: V,
): IntegrationEventType<C, N, V> {
  if (!PASCAL_CASE.test(name)) throw new Error(`integration event name must be PascalCase: ${name}`);
  assertVersion(version);
  return `${PLATFORM}.${context}.${name}.v${version}`;
}

/** One topic per context and major version: `hpc-access.intake.v1`. */
export function topicFor<C extends BoundedContext, V extends number = 1>(context: C, majorVersion?: V): Topic<C, V> {
  const version = (majorVersion ?? 1) as V;
  assertVersion(version);
  return `${PLATFORM}.${context}.v${version}`;
}

/** Where messages of `topic` go when they cannot be handled: `hpc-access.intake.v1.dlq`. */
export function dlqTopicFor(topic: string): string {
  return `${topic}.dlq`;
}

function assertVersion(version: number): void {
  if (!Number.isInteger(version) || version < 1) throw new Error(`version must be a positive integer: ${version}`);
}
