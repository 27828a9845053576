import type { PersonalDataPolicy } from '@hpc-access/eventsourcing';
import { ORGANISATION_PERSONAL_DATA } from './organisations/domain/organisation';

/** Every intake event type that carries personal data, and where (crypto-shredding). */
export const INTAKE_PERSONAL_DATA: PersonalDataPolicy = { ...ORGANISATION_PERSONAL_DATA };
