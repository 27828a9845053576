import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';
import { DraftProposalDto } from '../proposal.dto';

export class AmendApplicationDto {
  @ApiProperty({ type: DraftProposalDto, description: 'Only the fields that change' })
  @IsDefined() @ValidateNested() @Type(() => DraftProposalDto)
  changes!: DraftProposalDto;
}
