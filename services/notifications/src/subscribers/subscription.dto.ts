import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NOTIFICATION_KINDS } from '../shared/notification';

// The type of a property's schema, which @nestjs/swagger does not export from its entry point.
import type { SchemaObjectMetadata } from '@nestjs/swagger/dist/interfaces/schema-object-metadata.interface';

const CHOICES: SchemaObjectMetadata = { type: 'array', items: { type: 'string', enum: ['inbox', 'email'] }, uniqueItems: true };

/** What a person says about themselves: the whole subscription (a PUT replaces it). */
export class SubscriptionDto {
  @ApiPropertyOptional({ example: 'kadri.tamm@aurora-models.ee', description: 'Where e-mail goes; absent: no e-mail. Sealed under the person\'s key' })
  @IsOptional() @IsEmail() @MaxLength(320) email?: string;

  @ApiProperty({ example: 'en', description: 'BCP 47 language of the messages (English when there is no catalogue for it)' })
  @IsString() @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as en or de-AT' }) language!: string;

  @ApiPropertyOptional({
    type: 'object',
    properties: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, CHOICES])),
    additionalProperties: false,
    description: 'Channels per kind; a kind left out gets both. Mandatory kinds (allocation-suspended, attestation-overdue, final-report-overdue) must keep both',
  })
  @IsOptional() @IsObject() channels?: Record<string, unknown>;
}

export class SubscriptionView {
  @ApiProperty() userId!: string;
  @ApiProperty({ description: 'Whether the person has a subscription (an address, language and choices)' }) subscribed!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The address in clear, to its owner only; null when none was given' }) email!: string | null;
  @ApiProperty({ example: 'en' }) language!: string;
  @ApiProperty({ type: 'object', properties: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, CHOICES])), description: 'The channels of every kind, as they apply' })
  channels!: Record<string, string[]>;
  @ApiProperty({ type: [String], description: 'Kinds that cannot be turned off' }) mandatoryKinds!: string[];
}
