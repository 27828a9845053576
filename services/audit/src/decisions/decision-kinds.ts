/** A deciding event as its service's table stores it. */
export interface DecidingEvent {
  service: string;
  type: string;
  streamId: string;
  data: Record<string, unknown>;
}

export type DecisionKind = 'ethics-decision' | 'allocation-award';

/** The entities whose state at the decision's instant shows what its maker saw. */
export interface DecisionInputs {
  kind: DecisionKind;
  applicationId: string;
}

/**
 * Which events are decisions this route explains (issue 17: "a decision shows what its maker
 * saw"): the ethics chair's decision on a case (what the maker saw: the application and the
 * reviews) and allocation's award (the application, allocation's view of it, the capacity of
 * its partition). Anything else is not one; the as-of route shows any entity.
 */
export function decisionInputs(event: DecidingEvent): DecisionInputs | null {
  const applicationId = typeof event.data.applicationId === 'string' ? event.data.applicationId : null;
  if (!applicationId) return null;
  if (event.service === 'ethics' && event.type === 'EthicsCaseDecided') return { kind: 'ethics-decision', applicationId };
  if (event.service === 'allocation' && event.type === 'ApplicationAwarded' && event.streamId.startsWith('allocation-application-')) return { kind: 'allocation-award', applicationId };
  return null;
}

/** The partition ledger's id (`<system>.<partition>`) from allocation's state of an application. */
export function capacityLedgerIdOf(allocationApplicationState: unknown): string | null {
  const request = (allocationApplicationState as { request?: { system?: unknown; partition?: unknown } | null } | null)?.request;
  return request && typeof request.system === 'string' && typeof request.partition === 'string' ? `${request.system}.${request.partition}` : null;
}
