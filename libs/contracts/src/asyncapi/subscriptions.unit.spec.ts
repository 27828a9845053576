import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AccountingEvents } from '../accounting';
import { AllocationEvents } from '../allocation';
import { EthicsEvents } from '../ethics';
import { GovernanceEvents } from '../governance';
import { IntakeEvents } from '../intake';
import { BOUNDED_CONTEXTS } from '../naming';
import { PUBLISHER_OF, SUBSCRIPTIONS } from './subscriptions';

const SERVICES = join(__dirname, '..', '..', '..', '..', 'services');
const GROUPS: Record<string, Record<string, { type: string }>> = { AccountingEvents, AllocationEvents, EthicsEvents, GovernanceEvents, IntakeEvents };

/** A service's production sources (specs left out), as text. */
function sourcesOf(service: string): string {
  const read = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return read(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [readFileSync(path, 'utf8')] : [];
    });
  return read(join(SERVICES, service, 'src')).join('\n');
}

/** The event types a service's consumers have a handler for: `[IntakeEvents.ApplicationSubmitted.type]: (event, tx) =>`. */
function handledTypes(source: string): string[] {
  const types = [...source.matchAll(/\[(\w+Events)\.(\w+)\.type\]\s*:/g)].map(([, group, name]) => {
    const contract = GROUPS[group]?.[name];
    if (!contract) throw new Error(`${group}.${name} is not a contract`);
    return contract.type;
  });
  return [...new Set(types)].sort();
}

describe('the consumers the AsyncAPI document names', () => {
  const services = [...new Set([...SUBSCRIPTIONS.map((s) => s.service), ...Object.values(PUBLISHER_OF)])];

  it.each(services)('are the handlers %s really wires', (service) => {
    const source = sourcesOf(service);
    const declared = [...new Set(SUBSCRIPTIONS.filter((s) => s.service === service).flatMap((s) => s.types))].sort();
    expect(declared).toEqual(handledTypes(source));
    for (const { group } of SUBSCRIPTIONS.filter((s) => s.service === service)) expect(source).toContain(`'${group}'`);
  });

  it('cover every service that consumes anything', () => {
    const consuming = readdirSync(SERVICES).filter((service) => handledTypes(sourcesOf(service)).length > 0);
    expect(consuming.sort()).toEqual([...new Set(SUBSCRIPTIONS.map((s) => s.service))].sort());
  });

  it('publish each context from the service whose relay follows its topic', () => {
    for (const context of BOUNDED_CONTEXTS) {
      expect(sourcesOf(PUBLISHER_OF[context])).toMatch(new RegExp(`new Relay\\([^)]*topic: topicFor\\('${context}'\\)`));
    }
  });
});
