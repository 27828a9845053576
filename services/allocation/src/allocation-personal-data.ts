import { EncryptingEventStore, PersonalDataCipher, type EventStore, type PersonalDataKeys, type PersonalDataPolicy, type PersonalDataRule } from '@hpc-access/eventsourcing';

/**
 * A project member: the user name at the hosting site is personal data, sealed under the
 * member's own key (`personId`), so erasing one member leaves the others readable.
 */
export const MEMBER_RULE: PersonalDataRule = { path: 'members[]', subjectField: 'personId', fields: ['userName'] };

/** Every allocation event type that carries personal data, and where (crypto-shredding, ADR 6). */
export const ALLOCATION_PERSONAL_DATA: PersonalDataPolicy = {
  AllocationMembersSet: [MEMBER_RULE],
  SiteOrderIssued: [MEMBER_RULE],
};

/** The cipher of allocation's personal data, with keys read through a transaction or the database (ALLOCATION_KEYS). */
export function allocationCipher(keys: PersonalDataKeys): PersonalDataCipher {
  return new PersonalDataCipher(keys, ALLOCATION_PERSONAL_DATA);
}

/** A store that seals members on append and opens them on read; other events pass through unchanged. */
export function encryptingAllocationStore(inner: EventStore, keys: PersonalDataKeys): EventStore {
  return new EncryptingEventStore(inner, allocationCipher(keys));
}
