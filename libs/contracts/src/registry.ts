import { AccountingEvents } from './accounting';
import { AllocationEvents } from './allocation';
import { EthicsEvents } from './ethics';
import { GovernanceEvents } from './governance';
import { IntakeEvents } from './intake';
import type { EventOf, IntegrationEventContract } from './integration-event';

// Every published event type, by context. A new context adds its `...Events` object here.
const byContext = [GovernanceEvents, IntakeEvents, EthicsEvents, AllocationEvents, AccountingEvents] as const;

type ContractsIn<Group> = Group[keyof Group];
type KnownContract =
  | ContractsIn<typeof GovernanceEvents>
  | ContractsIn<typeof IntakeEvents>
  | ContractsIn<typeof EthicsEvents>
  | ContractsIn<typeof AllocationEvents>
  | ContractsIn<typeof AccountingEvents>;

/** Every integration event this platform knows, as a union discriminated by `type`. */
export type KnownIntegrationEvent = EventOf<KnownContract>;
export type KnownIntegrationEventType = KnownIntegrationEvent['type'];

function buildRegistry(): ReadonlyMap<string, IntegrationEventContract> {
  const registry = new Map<string, IntegrationEventContract>();
  for (const group of byContext) {
    for (const contract of Object.values(group) as IntegrationEventContract[]) {
      if (registry.has(contract.type)) throw new Error(`integration event type defined twice: ${contract.type}`);
      registry.set(contract.type, contract);
    }
  }
  return registry;
}

/** type -> contract (payload class, context, version). */
export const integrationEventRegistry: ReadonlyMap<string, IntegrationEventContract> = buildRegistry();

export function contractFor(type: string): IntegrationEventContract | undefined {
  return integrationEventRegistry.get(type);
}
