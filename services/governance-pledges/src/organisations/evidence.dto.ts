import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, IsUrl, MaxLength } from 'class-validator';

/** What an organisation shows: a text and links to documents (model documentation, policies, reports). */
export class EvidenceDto {
  @ApiProperty({ example: 'Quarterly governance report: AI literacy training completed by 14 of 15 staff.' })
  @IsString() @IsNotEmpty() @MaxLength(10000) summary!: string;

  @ApiProperty({ type: [String], example: ['https://example.eu/governance/q1-2027.pdf'] })
  @IsArray() @ArrayMaxSize(20) @IsUrl({ require_protocol: true, protocols: ['https'] }, { each: true }) links!: string[];
}

export const evidenceOf = (dto: EvidenceDto) => ({ summary: dto.summary, links: [...dto.links] });
