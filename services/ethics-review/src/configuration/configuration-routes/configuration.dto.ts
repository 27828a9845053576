import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsInt, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';

export class ReviewersRequiredDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(10) playground!: number;
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(10) 'fast-lane'!: number;
  @ApiProperty({ example: 2 }) @IsInt() @Min(1) @Max(10) 'large-scale'!: number;
}

/** The whole configuration: PUT replaces it, so every field is required. */
export class EthicsConfigurationDto {
  @ApiProperty({ type: ReviewersRequiredDto, description: 'Reviewers required per access mode' })
  @IsDefined() @ValidateNested() @Type(() => ReviewersRequiredDto)
  reviewersRequired!: ReviewersRequiredDto;

  @ApiProperty({ type: [String], description: 'The ethics-by-design principles every review rates' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @IsString({ each: true }) @Matches(/^[a-zA-Z][a-zA-Z0-9-]{1,59}$/, { each: true })
  principles!: string[];

  @ApiProperty({ description: 'Days a condition runs when the chair gives no due date', example: 90 })
  @IsInt() @Min(1) @Max(3650)
  defaultConditionDueDays!: number;

  @ApiProperty({ description: 'Days an assigned reviewer has before the review is marked overdue', example: 10 })
  @IsInt() @Min(1) @Max(365)
  reviewDueDays!: number;
}
