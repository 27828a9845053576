import { timelineEventView } from './timeline-event.view';

const row = {
  leaf_index: '7', service: 'intake', event_id: 'e1', type: 'OrganisationRegistered', stream_id: 'organisation-a', stream_position: 0, global_position: '12',
  recorded_at: new Date('2026-12-07T10:00:00.000Z'), data: { legalName: { ciphertext: 'x' } }, metadata: { actor: { id: 'kadri', role: 'applicant' }, schemaVersion: 2, correlationId: 'c' },
  hash: 'h', prev_hash: null,
};

describe('a timeline event as the auditor reads it', () => {
  it('carries the ledger index, actor and schema version from the metadata, and the data as stored', () => {
    expect(timelineEventView(row)).toEqual({
      ledgerIndex: 7, service: 'intake', eventId: 'e1', type: 'OrganisationRegistered', streamId: 'organisation-a', streamPosition: 0, globalPosition: '12',
      recordedAt: '2026-12-07T10:00:00.000Z', actor: { id: 'kadri', role: 'applicant' }, schemaVersion: 2, data: { legalName: { ciphertext: 'x' } }, metadata: row.metadata, hash: 'h', prevHash: null,
    });
  });

  it('says null where the metadata names no actor or schema version', () => {
    expect(timelineEventView({ ...row, metadata: {} })).toMatchObject({ actor: null, schemaVersion: null });
  });
});
