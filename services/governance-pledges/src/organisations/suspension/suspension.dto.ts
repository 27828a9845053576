import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { ReasonDto } from '../reason.dto';

export class SuspensionDto extends ReasonDto {
  @ApiPropertyOptional({ description: 'The breach the suspension answers' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, { message: 'breachId must be an id of a breach of this organisation' }) breachId?: string;
}
