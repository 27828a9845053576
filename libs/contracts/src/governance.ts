import { IsInt, IsNotEmpty, IsRFC3339, IsString, MaxLength, Min } from 'class-validator';
import { IsEntityId } from './entity-id';
import { defineIntegrationEvent } from './integration-event';

// Published by governance-pledges on `hpc-access.governance.v1`. A breaking change to a payload is
// a new class (`PledgeSignedV2`) under a new version, published beside the old one.

/** An organisation's authorised representative signed a pledge version. */
export class PledgeSigned {
  @IsEntityId() organisationId!: string;
  @IsInt() @Min(1) pledgeVersion!: number;
  /** The signing user's id; who they are stays in governance (no personal data here). */
  @IsEntityId() signedBy!: string;
  @IsRFC3339() signedAt!: string;
}

/** The organisation withdrew its pledge: its allocations are to be suspended. */
export class PledgeWithdrawn {
  @IsEntityId() organisationId!: string;
  @IsRFC3339() withdrawnAt!: string;
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}

export const GovernanceEvents = {
  PledgeSigned: defineIntegrationEvent('governance', 'PledgeSigned', 1, PledgeSigned),
  PledgeWithdrawn: defineIntegrationEvent('governance', 'PledgeWithdrawn', 1, PledgeWithdrawn),
} as const;
