import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReasonDto {
  @ApiProperty({ example: 'Board decision to leave the programme' })
  @IsString() @IsNotEmpty() @MaxLength(2000) reason!: string;
}
