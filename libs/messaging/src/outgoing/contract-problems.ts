import { validateIntegrationEvent, type IntegrationEvent } from '@hpc-access/contracts';

/**
 * What the contracts say of each outgoing message: null when it passes, else its field errors in
 * one line. The message is judged as consumers will see it, after a trip through JSON.
 */
export function contractProblems(messages: readonly IntegrationEvent[]): Array<string | null> {
  return problemsOfJson(JSON.stringify(messages));
}

/** The same for messages already serialised as one JSON array. */
export function problemsOfJson(json: string): Array<string | null> {
  return (JSON.parse(json) as unknown[]).map((message) => {
    const validation = validateIntegrationEvent(message);
    return validation.ok ? null : validation.errors.map((e) => `${e.field}: ${e.reason}`).join('; ');
  });
}
