import { validateIntegrationEvent, type IntegrationEvent } from '@hpc-access/contracts';

/**
 * What the contracts say of each outgoing message: null when it passes, else its field errors in
 * one line. The message is judged as consumers will see it, after a trip through JSON.
 */
export function contractProblems(messages: readonly IntegrationEvent[]): Array<string | null> {
  return messages.map((message) => {
    const validation = validateIntegrationEvent(JSON.parse(JSON.stringify(message)));
    return validation.ok ? null : validation.errors.map((e) => `${e.field}: ${e.reason}`).join('; ');
  });
}
