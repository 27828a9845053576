import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { EvidenceDto } from '../evidence.dto';

/** Declared figures are cumulative to date over all the organisation's allocations, as accounting's totals are. */
export class SubmitAttestationDto {
  @ApiProperty({ type: EvidenceDto }) @IsDefined() @ValidateNested() @Type(() => EvidenceDto) evidence!: EvidenceDto;

  @ApiProperty({ example: 3.2e21, description: 'Training compute used so far, in FLOP' })
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1e30) declaredTrainingFlop!: number;

  @ApiProperty({ example: 12500, description: 'Energy used so far, in kWh' })
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1e12) declaredEnergyKwh!: number;
}
