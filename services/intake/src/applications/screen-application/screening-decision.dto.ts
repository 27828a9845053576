import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';

export class ScreeningDecisionDto {
  @ApiProperty({ enum: ['eligible', 'ineligible', 'information-requested'] })
  @IsIn(['eligible', 'ineligible', 'information-requested'])
  decision!: 'eligible' | 'ineligible' | 'information-requested';

  @ApiPropertyOptional({ type: [String], description: 'Why ineligible (failed automatic checks are added)' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(3, 2000, { each: true })
  reasons?: string[];

  @ApiPropertyOptional({ type: [String], description: 'What the applicant must answer' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(3, 2000, { each: true })
  questions?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 4000) note?: string;
}
