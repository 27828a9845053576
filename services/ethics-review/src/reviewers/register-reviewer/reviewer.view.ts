import { ApiProperty } from '@nestjs/swagger';

/** A registered ethics reviewer, as the list shows them. */
export class ReviewerView {
  @ApiProperty({ description: 'The user id the reviewer signs in with' }) reviewerId!: string;
  @ApiProperty({ description: "The reviewer's affiliation" }) organisationId!: string;
  @ApiProperty({ type: [String] }) expertise!: string[];
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
}

/** The registration's answer: the reviewer and the revision of their stream. */
export class RegisteredReviewerView extends ReviewerView {
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
}
