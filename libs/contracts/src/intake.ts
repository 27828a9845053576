import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsNotEmpty,
  IsRFC3339,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';
import { IsEntityId } from './entity-id';
import { defineIntegrationEvent } from './integration-event';

// Published by intake on `hpc-access.intake.v1`. No personal data: contact persons, VAT numbers
// and project texts stay in intake; other contexts get ids, facts and decisions.

export const ACCESS_MODES = ['playground', 'fast-lane', 'large-scale'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

export const SCREENING_OUTCOMES = ['eligible', 'ineligible', 'information-requested'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

export class OrganisationRegistered {
  @IsEntityId() organisationId!: string;
  @IsString() @IsNotEmpty() @MaxLength(300) legalName!: string;
  /** ISO 3166-1 alpha-2: where the organisation is established. */
  @IsISO31661Alpha2() country!: string;
  @IsBoolean() sme!: boolean;
}

export class ApplicationSubmitted {
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsIn(ACCESS_MODES) mode!: AccessMode;
  @IsString() @IsNotEmpty() @MaxLength(100) system!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) partition!: string;
  // Limits per mode are programme configuration, checked by intake; the contract only
  // guarantees a sensible shape.
  @IsInt() @Min(1) gpuHours!: number;
  @IsInt() @Min(1) durationMonths!: number;
  /** Requested start: an ISO 8601 date (or timestamp). */
  @IsISO8601({ strict: true }) start!: string;
}

export class ApplicationScreened {
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsIn(SCREENING_OUTCOMES) outcome!: ScreeningOutcome;
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(2000, { each: true }) reasons!: string[];
}

export class ApplicationWithdrawn {
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsRFC3339() withdrawnAt!: string;
}

export const IntakeEvents = {
  OrganisationRegistered: defineIntegrationEvent('intake', 'OrganisationRegistered', 1, OrganisationRegistered),
  ApplicationSubmitted: defineIntegrationEvent('intake', 'ApplicationSubmitted', 1, ApplicationSubmitted),
  ApplicationScreened: defineIntegrationEvent('intake', 'ApplicationScreened', 1, ApplicationScreened),
  ApplicationWithdrawn: defineIntegrationEvent('intake', 'ApplicationWithdrawn', 1, ApplicationWithdrawn),
} as const;
