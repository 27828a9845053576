import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Equals, IsBoolean, IsNumber, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';

export class ProvisioningDto {
  @ApiProperty({ description: 'The site created the project account' }) @IsBoolean() @Equals(true, { message: 'accountCreated must be true: confirm only an account that exists' }) accountCreated!: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) siteReference?: string;
}

// Governance has a SuspensionDto too: one document holds both, so each schema needs its own name.
@ApiSchema({ name: 'AllocationSuspensionDto' })
export class SuspensionDto {
  @ApiProperty() @IsString() @Length(3, 2000) reason!: string;
}

export class FinalReportDto {
  @ApiProperty() @IsString() @Length(10, 20000) results!: string;
  @ApiProperty() @IsNumber() @Min(0) energyKwh!: number;
  @ApiProperty() @IsNumber() @Min(0) computeFlop!: number;
  @ApiProperty({ description: 'Acknowledgement of EuroHPC: must be true' }) @IsBoolean() @Equals(true, { message: 'acknowledgement must be true' }) acknowledgement!: boolean;
}
