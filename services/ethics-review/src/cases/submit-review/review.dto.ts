import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { PRINCIPLE_RATINGS, type PrincipleRating } from '../domain/ethics-case';

export class RatingDto {
  @ApiProperty({ example: 'fairness' }) @IsString() @Length(1, 60) principle!: string;
  @ApiProperty({ enum: PRINCIPLE_RATINGS }) @IsIn(PRINCIPLE_RATINGS) rating!: PrincipleRating;
  @ApiProperty({ description: 'For the applicant', example: 'Bias evaluation planned on the held-out set' }) @IsString() @Length(1, 4000) comment!: string;
  @ApiPropertyOptional({ description: 'Internal: for the chair, the reviewers and auditors, never the applicant', example: 'Ask for the evaluation protocol at the next call', maxLength: 4000 })
  @IsOptional() @IsString() @MaxLength(4000)
  internalComment?: string;
}

/** One rating per configured principle (GET /api/ethics/configuration lists them). */
export class ReviewDto {
  @ApiProperty({ type: [RatingDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => RatingDto)
  ratings!: RatingDto[];
}
