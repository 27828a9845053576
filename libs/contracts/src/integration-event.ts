import type { BoundedContext, IntegrationEventType } from './naming';
import { integrationEventType } from './naming';

/**
 * What one service publishes about itself for others: the CloudEvents attributes we use
 * (ARCHITECTURE.md section 4) plus correlation and causation for tracing a flow across services.
 */
export interface IntegrationEvent<Data = unknown, Type extends string = string> {
  /** The id of the domain event it was made from: consumers deduplicate on it (inbox). */
  readonly id: string;
  readonly type: Type;
  /** The publishing bounded context. */
  readonly source: BoundedContext;
  /** The entity the event is about; also the message key, so one entity's events stay in order. */
  readonly subject: string;
  /** When the domain event was recorded, RFC 3339. */
  readonly time: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly data: Data;
}

/** A published event type: its name, version and the class that validates its payload. */
export interface IntegrationEventContract<Data extends object = object, Type extends string = string> {
  readonly type: Type;
  readonly context: BoundedContext;
  readonly name: string;
  readonly version: number;
  readonly payload: new () => Data;
}

export function defineIntegrationEvent<C extends BoundedContext, N extends string, V extends number, Data extends object>(
  context: C,
  name: N,
  version: V,
  payload: new () => Data,
): IntegrationEventContract<Data, IntegrationEventType<C, N, V>> {
  return { type: integrationEventType(context, name, version), context, name, version, payload };
}

/** The event type a contract describes. */
export type EventOf<C> = C extends IntegrationEventContract<infer Data, infer Type> ? IntegrationEvent<Data, Type> : never;

/** Builds an event of a contract; `type` and `source` come from the contract, never typed by hand. */
export function createIntegrationEvent<Data extends object, Type extends string>(
  contract: IntegrationEventContract<Data, Type>,
  fields: Omit<IntegrationEvent<Data, Type>, 'type' | 'source'>,
): IntegrationEvent<Data, Type> {
  return { ...fields, type: contract.type, source: contract.context };
}
