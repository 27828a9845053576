import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, IsUrl, MaxLength } from 'class-validator';
import { IsOrganisationId } from '@hpc-access/http';

export class FileBreachReportDto {
  @IsOrganisationId() organisationId!: string;

  @ApiProperty({ example: 'The training-data summary promised under the pledge was never published.' })
  @IsString() @IsNotEmpty() @MaxLength(2000) description!: string;

  @ApiProperty({ type: [String] })
  @IsArray() @ArrayMaxSize(20) @IsUrl({ require_protocol: true, protocols: ['https'] }, { each: true }) evidenceLinks!: string[];
}
