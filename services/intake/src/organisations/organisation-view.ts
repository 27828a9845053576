import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RegisteredOrganisation } from './domain/organisation';

const CONTACT_ROLES = ['representative', 'technical', 'other'];

/** A contact person; name, e-mail and phone only for those who read contacts ("[erased]" once erased). */
export class ContactPersonView {
  @ApiProperty({ description: 'person-<uuid>: the key their personal data is encrypted with' }) personId!: string;
  @ApiProperty({ enum: CONTACT_ROLES }) role!: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional({ description: 'An e-mail address, or "[erased]"' }) email?: string;
  @ApiPropertyOptional() phone?: string;
}

export class SmeFactsView {
  @ApiProperty({ type: 'integer', description: 'Staff headcount (annual work units)' }) staff!: number;
  @ApiProperty({ description: 'Annual turnover, EUR million' }) turnoverEurM!: number;
  @ApiProperty({ description: 'Annual balance sheet total, EUR million' }) balanceSheetEurM!: number;
}

export class PledgeSignatureView {
  @ApiProperty({ description: 'The pledge version signed' }) version!: string;
  @ApiProperty({ format: 'date-time' }) signedAt!: string;
  @ApiProperty({ description: 'The user who signed' }) signedBy!: string;
}

export class OrganisationView {
  @ApiProperty() organisationId!: string;
  @ApiProperty() legalName!: string;
  @ApiProperty({ description: 'ISO 3166-1 alpha-2' }) country!: string;
  @ApiProperty() registrationNumber!: string;
  @ApiProperty({ type: () => SmeFactsView }) sme!: SmeFactsView;
  @ApiProperty({ type: () => [ContactPersonView] }) contacts!: ContactPersonView[];
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ type: () => PledgeSignatureView, nullable: true, description: 'The pledge in force, as governance recorded it' }) pledge!: PledgeSignatureView | null;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
}

/**
 * The organisation as a reader sees it; without `contacts` allowed, each contact person shows
 * only their id and role, never name, e-mail or phone (personal data to those who need it).
 */
export function organisationView(state: RegisteredOrganisation, revision: number, allowed: { contacts: boolean }): OrganisationView {
  return {
    organisationId: state.organisationId,
    legalName: state.legalName,
    country: state.country,
    registrationNumber: state.registrationNumber,
    sme: state.sme,
    contacts: allowed.contacts ? state.contacts : state.contacts.map(({ personId, role }) => ({ personId, role })),
    registeredAt: state.registeredAt,
    pledge: state.pledge,
    revision,
  };
}
