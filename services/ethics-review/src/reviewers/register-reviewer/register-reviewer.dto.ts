import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Length, Matches } from 'class-validator';
import { IsOrganisationId } from '@hpc-access/http';

/** Ids as the identity provider issues them (user ids, organisation ids). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/;
export const ID_MESSAGE = '$property must be 1 to 128 letters, digits, ".", "_", "@" or "-"';

export class RegisterReviewerDto {
  @ApiProperty({ description: 'The user id the reviewer signs in with', example: 'rev-anna' })
  @IsString() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  reviewerId!: string;

  @IsOrganisationId({ description: "The reviewer's affiliation: never assigned to this organisation's applications" })
  organisationId!: string;

  @ApiProperty({ type: [String], example: ['privacy', 'fairness'] })
  @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(2, 100, { each: true })
  expertise!: string[];
}
