import { columns, rowProjection, type RowModel } from '@hpc-access/sql';
import type { OrganisationEvent } from './domain/organisation';

/** An organisation for lists; no contact persons (personal data stays in the encrypted events). */
export interface OrganisationSummaryRow {
  organisationId: string;
  legalName: string;
  country: string;
  pledgeVersion: string | null;
  registeredAt: Date;
  revision: number;
}

/** Organisations for lists (table organisation_summaries), one row each, folded from their events. */
export function organisationSummaryRows(schema: string): RowModel<OrganisationSummaryRow, OrganisationEvent> {
  return {
    table: `${schema}.organisation_summaries`,
    columns: {
      organisationId: columns.text('organisation_id'),
      legalName: columns.text('legal_name'),
      country: columns.text('country'),
      pledgeVersion: columns.nullable.text('pledge_version'),
      registeredAt: columns.timestamp('registered_at'),
      revision: columns.number('revision'),
    },
    key: ['organisationId'],
    canHandle: ['OrganisationRegistered', 'PledgeSignatureRecorded', 'PledgeWithdrawalRecorded', 'PledgeLapseRecorded'],
    revision: 'revision',
    keyOf: (event) => ({ organisationId: event.data.organisationId }),
    evolve(row, event) {
      switch (event.type) {
        case 'OrganisationRegistered': {
          const { organisationId, legalName, country, registeredAt } = event.data;
          return row ?? { organisationId, legalName, country, pledgeVersion: null, registeredAt: new Date(registeredAt), revision: 0 };
        }
        case 'PledgeSignatureRecorded':
          return row && { ...row, pledgeVersion: event.data.pledgeVersion };
        case 'PledgeWithdrawalRecorded':
        case 'PledgeLapseRecorded':
          return row && { ...row, pledgeVersion: null };
        default:
          return row;
      }
    },
  };
}

export const organisationSummariesProjection = (schema: string) => rowProjection('intake.organisation-summaries', organisationSummaryRows(schema));
