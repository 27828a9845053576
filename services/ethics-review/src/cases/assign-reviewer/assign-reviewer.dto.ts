import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../../reviewers/register-reviewer/register-reviewer.dto';

export class AssignReviewerDto {
  @ApiProperty({ description: 'A registered reviewer', example: 'rev-anna' })
  @IsString() @Matches(ID_PATTERN, { message: ID_MESSAGE })
  reviewerId!: string;
}
