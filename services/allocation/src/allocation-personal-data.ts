import { EncryptingEventStore, PersonalDataCipher, type EventStore, type PersonalDataPolicy, type PersonalDataRule } from '@hpc-access/eventsourcing';
import { PostgresPersonalDataKeys, type Sql } from '@hpc-access/eventstore-postgres';

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

/** The cipher of allocation's personal data, its keys read through `sql` (a transaction or the database). */
export function allocationCipher(sql: Sql, schema: string): PersonalDataCipher {
  return new PersonalDataCipher(new PostgresPersonalDataKeys(sql, { schema }), ALLOCATION_PERSONAL_DATA);
}

/** A store that seals members on append and opens them on read; other events pass through unchanged. */
export function encryptingAllocationStore(inner: EventStore, sql: Sql, schema: string): EventStore {
  return new EncryptingEventStore(inner, allocationCipher(sql, schema));
}
