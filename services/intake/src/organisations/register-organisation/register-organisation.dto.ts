import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsOrganisationId } from '@hpc-access/http';

export class ContactPersonDto {
  @ApiProperty({ example: 'Ada Lovelace' }) @IsString() @Length(1, 200) name!: string;
  @ApiProperty({ example: 'ada@example.eu' }) @IsEmail() email!: string;
  @ApiPropertyOptional({ example: '+352 123 456' }) @IsOptional() @IsString() @Matches(/^\+?[0-9 ()./-]{5,30}$/, { message: 'phone must be a phone number' }) phone?: string;
  @ApiProperty({ enum: ['representative', 'technical', 'other'] }) @IsIn(['representative', 'technical', 'other']) role!: 'representative' | 'technical' | 'other';
}

export class SmeFactsDto {
  @ApiProperty({ description: 'Staff headcount (annual work units)' }) @IsInt() @Min(0) @Max(10_000_000) staff!: number;
  @ApiProperty({ description: 'Annual turnover, EUR million' }) @IsNumber() @Min(0) turnoverEurM!: number;
  @ApiProperty({ description: 'Annual balance sheet total, EUR million' }) @IsNumber() @Min(0) balanceSheetEurM!: number;
}

export class RegisterOrganisationDto {
  @IsOrganisationId({ optional: true, description: "Defaults to the applicant's organisation from the token, or a new id for staff" })
  organisationId?: string;

  @ApiProperty({ example: 'Aurora Models OÜ' }) @IsString() @Length(2, 300) legalName!: string;
  @ApiProperty({ example: 'EE', description: 'ISO 3166-1 alpha-2 country of establishment' }) @IsString() @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' }) country!: string;
  @ApiProperty({ description: 'VAT or business registry number' }) @IsString() @Length(3, 64) registrationNumber!: string;
  @ApiProperty({ type: SmeFactsDto }) @ValidateNested() @Type(() => SmeFactsDto) sme!: SmeFactsDto;
  @ApiProperty({ type: [ContactPersonDto] }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => ContactPersonDto) contacts!: ContactPersonDto[];
}
