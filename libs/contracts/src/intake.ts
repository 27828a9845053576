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
  IsNumber,
  IsOptional,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
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

export const MODEL_KINDS = ['language', 'vision', 'multimodal', 'other'] as const;
export const PRINCIPLE_ASSESSMENTS = ['no-issue', 'issue-mitigated', 'issue-open'] as const;

/** The applicant's answer for one ethics-by-design principle. */
export class PrincipleAnswer {
  @IsString() @IsNotEmpty() @MaxLength(60) principle!: string;
  @IsIn(PRINCIPLE_ASSESSMENTS) assessment!: (typeof PRINCIPLE_ASSESSMENTS)[number];
  @IsString() @MaxLength(5000) explanation!: string;
}

/**
 * What ethics review and allocation need of an eligible application: the request and the
 * project as the applicant described it. Contact persons and registry numbers stay in intake.
 */
export class ApplicationDossier {
  @IsIn(ACCESS_MODES) mode!: AccessMode;
  @IsString() @IsNotEmpty() @MaxLength(300) title!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) system!: string;
  @IsString() @IsNotEmpty() @MaxLength(100) partition!: string;
  @IsInt() @Min(1) gpuHours!: number;
  @IsInt() @Min(1) durationMonths!: number;
  @IsISO8601({ strict: true }) start!: string;
  @IsString() @MaxLength(10000) projectSummary!: string;
  @IsIn(MODEL_KINDS) modelKind!: (typeof MODEL_KINDS)[number];
  @IsNumber() @Min(0) trainingComputeFlop!: number;
  @IsBoolean() personalData!: boolean;
  @IsBoolean() copyrightedMaterial!: boolean;
  @IsBoolean() tdmOptOutsHonoured!: boolean;
  @IsBoolean() civilianUse!: boolean;
  @IsArray() @ArrayMaxSize(12) @IsInt({ each: true }) @Min(0, { each: true }) monthlyUsagePlan!: number[];
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(200, { each: true }) issueCategories!: string[];
  /** Declared AI Act Article 5 practice: ethics refuses at once. */
  @IsBoolean() prohibitedPractice!: boolean;
  @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => PrincipleAnswer) principles!: PrincipleAnswer[];
}

export class ApplicationScreened {
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsIn(SCREENING_OUTCOMES) outcome!: ScreeningOutcome;
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(2000, { each: true }) reasons!: string[];
  /** Present when the outcome is eligible: what review and allocation work from. */
  @IsOptional() @ValidateNested() @Type(() => ApplicationDossier) dossier?: ApplicationDossier;
}

export class ApplicationWithdrawn {
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  @IsRFC3339() withdrawnAt!: string;
}

/** The applicant answered questions asked by another context (ethics review). */
export class ApplicationInformationProvided {
  @IsEntityId() applicationId!: string;
  @IsEntityId() organisationId!: string;
  /** Who asked: `ethics-review`. */
  @IsString() @IsNotEmpty() @MaxLength(60) requestedBy!: string;
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(5000, { each: true }) answers!: string[];
  @IsRFC3339() providedAt!: string;
}

export const IntakeEvents = {
  ApplicationInformationProvided: defineIntegrationEvent('intake', 'ApplicationInformationProvided', 1, ApplicationInformationProvided),
  OrganisationRegistered: defineIntegrationEvent('intake', 'OrganisationRegistered', 1, OrganisationRegistered),
  ApplicationSubmitted: defineIntegrationEvent('intake', 'ApplicationSubmitted', 1, ApplicationSubmitted),
  ApplicationScreened: defineIntegrationEvent('intake', 'ApplicationScreened', 1, ApplicationScreened),
  ApplicationWithdrawn: defineIntegrationEvent('intake', 'ApplicationWithdrawn', 1, ApplicationWithdrawn),
} as const;
