import { randomUUID } from 'node:crypto';
import type { EventToAppend, PersonalDataPolicy } from '@hpc-access/eventsourcing';

/** The contact person's name and e-mail are personal data: encrypted per person before hashing. */
export const BENCH_POLICY: PersonalDataPolicy = {
  ApplicationDrafted: [{ path: 'contact', subjectField: 'personId', fields: ['name', 'email'] }],
};

const SUMMARY =
  'Fine-tuning a protein-structure foundation model on 512 GPUs; checkpoints every 2 hours; ' +
  'data from the public PDB and our own cryo-EM maps; no personal data in the training set.';

/** An application drafted by a start-up, about 600 bytes of JSON: what intake appends most. */
export function applicationDrafted(streamId: string, personId: string, now: Date): EventToAppend {
  return {
    eventId: randomUUID(),
    type: 'ApplicationDrafted',
    data: {
      applicationId: streamId,
      organisationId: 'org-fold-labs',
      title: 'Protein folding at scale',
      system: 'LUMI',
      partition: 'lumi-g',
      gpuHours: 12_500,
      summary: SUMMARY,
      contact: { personId, name: 'Ada Lovelace', email: 'ada.lovelace@foldlabs.example' },
    },
    metadata: {
      correlationId: randomUUID(),
      causationId: null,
      actor: { id: 'user-ada', role: 'applicant' },
      schemaVersion: 1,
    },
    recordedAt: now,
  };
}
