import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';
import { DraftProposalDto } from '../proposal.dto';
import { IsOrganisationId } from '@hpc-access/http';

export class DraftApplicationDto {
  @IsOrganisationId() organisationId!: string;

  @ApiProperty({ type: DraftProposalDto })
  @IsDefined() @ValidateNested() @Type(() => DraftProposalDto)
  proposal!: DraftProposalDto;
}
