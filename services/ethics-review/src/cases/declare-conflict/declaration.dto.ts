import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString, Length } from 'class-validator';

export class DeclarationDto {
  @ApiProperty({ description: 'true: a conflict of interest, which recuses the reviewer; false: none, which opens the dossier' })
  @IsBoolean()
  conflict!: boolean;

  @ApiProperty({ example: 'I have no professional or financial ties to the applicant.' })
  @IsString() @Length(3, 4000)
  statement!: string;
}
