import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsString, Min } from 'class-validator';

/** The signer is the calling applicant (their user id): no personal data in the body. */
export class SignPledgeDto {
  @ApiProperty({ example: 1, description: 'Must be the current version' })
  @IsInt() @Min(1) pledgeVersion!: number;

  @ApiProperty({ type: [String], example: ['human-oversight'], description: 'Ids of the optional commitments of that version the organisation takes on' })
  @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) optionalCommitments!: string[];
}
