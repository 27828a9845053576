import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsString, Matches, ArrayMaxSize, ArrayUnique } from 'class-validator';
import { MEMBERS_MAX, USER_NAME } from '../domain/members';

export class SetAllocationMembersDto {
  @ApiProperty({ type: [String], maxItems: MEMBERS_MAX, uniqueItems: true, description: `User names at the hosting site (${USER_NAME.source}); the whole list, replacing the last`, example: ['akovacs', 'jnovak'] })
  @IsArray() @ArrayMaxSize(MEMBERS_MAX) @ArrayUnique() @IsString({ each: true }) @Matches(USER_NAME, { each: true, message: `each member must be a site user name (${USER_NAME.source})` })
  members!: string[];
}

/** An allocation's members: personal data, for the site, programme staff and the organisation itself. */
export class AllocationMembersView {
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
  @ApiProperty({ type: [String], description: 'Site user names, sorted; an erased member is left out' }) members!: string[];
  @ApiProperty({ type: 'integer', description: 'Revision of the member list (-1: never set); its ETag' }) revision!: number;
}
