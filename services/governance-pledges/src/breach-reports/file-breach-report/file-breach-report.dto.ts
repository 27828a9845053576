import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, IsUrl, Matches, MaxLength } from 'class-validator';

export class FileBreachReportDto {
  @ApiProperty({ example: 'org-demo' })
  @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, { message: 'organisationId must be an organisation id' }) organisationId!: string;

  @ApiProperty({ example: 'The training-data summary promised under the pledge was never published.' })
  @IsString() @IsNotEmpty() @MaxLength(2000) description!: string;

  @ApiProperty({ type: [String] })
  @IsArray() @ArrayMaxSize(20) @IsUrl({ require_protocol: true, protocols: ['https'] }, { each: true }) evidenceLinks!: string[];
}
