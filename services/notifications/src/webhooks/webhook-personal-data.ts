import type { PersonalDataPolicy } from '@hpc-access/eventsourcing';

/**
 * Signing secrets are sealed like personal data, each under its own subject id (the secretId):
 * the log never holds one in clear, and deleting a retired secret's key shreds it for good.
 * The core may add this to its own store's policy; sealing twice is harmless (a sealed value is
 * left as it is).
 */
export const WEBHOOK_SECRETS_POLICY: PersonalDataPolicy = {
  WebhookEndpointRegistered: [{ path: 'secret', subjectField: 'secretId', fields: ['value'] }],
  WebhookSecretRotated: [{ path: 'secret', subjectField: 'secretId', fields: ['value'] }],
};

/** The subject ids of secrets are prefixed, so that they never meet a person's id in the key table. */
export function secretSubjectId(uuid: string): string {
  return `webhook-secret-${uuid}`;
}
