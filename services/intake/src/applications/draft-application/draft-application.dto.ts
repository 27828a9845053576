import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsString, Matches, ValidateNested } from 'class-validator';
import { DraftProposalDto } from '../proposal.dto';

export class DraftApplicationDto {
  @ApiProperty({ example: 'org-demo' })
  @IsString() @Matches(/^[a-z0-9][a-z0-9-]{2,63}$/, { message: 'organisationId must be 3 to 64 lower-case letters, digits or dashes' })
  organisationId!: string;

  @ApiProperty({ type: DraftProposalDto })
  @IsDefined() @ValidateNested() @Type(() => DraftProposalDto)
  proposal!: DraftProposalDto;
}
