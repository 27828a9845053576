import type { PersonalDataPolicy } from '@hpc-access/eventsourcing';
import { SUBSCRIBER_PERSONAL_DATA } from './domain/subscriber';
import { WEBHOOK_SECRETS_POLICY } from './webhooks/webhook-personal-data';

/** Every notifications event that carries personal data or a secret, and where (crypto-shredding). */
export const NOTIFICATIONS_PERSONAL_DATA: PersonalDataPolicy = { ...SUBSCRIBER_PERSONAL_DATA, ...WEBHOOK_SECRETS_POLICY };
