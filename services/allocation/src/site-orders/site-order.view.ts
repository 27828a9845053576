import { ApiProperty } from '@nestjs/swagger';
import { SITE_ORDER_KINDS, SITE_ORDER_STATUSES } from './domain/site-orders';

/** One order for a hosting site, as its agent and the staff read it. */
export class SiteOrderView {
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ description: 'The site hosting the system now' }) siteId!: string;
  @ApiProperty() system!: string;
  @ApiProperty() partition!: string;
  @ApiProperty({ enum: SITE_ORDER_KINDS }) kind!: string;
  @ApiProperty({ description: 'The Slurm account to act on (Slurm keeps it in lower case)', example: 'EHPC-AIF-2026PG01-0001' }) projectId!: string;
  @ApiProperty({ format: 'uuid' }) allocationId!: string;
  @ApiProperty({ type: [String], description: 'Site user names: the whole list for create-project, set-members and close (the users to remove); empty otherwise' }) members!: string[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'GrpTRESMins gres/gpu: the limit for create-project, resume and set-limit; 0 for suspend; null otherwise' }) gpuMinutes!: number | null;
  @ApiProperty({ enum: SITE_ORDER_STATUSES }) status!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) attempt!: number;
  @ApiProperty({ type: String, nullable: true, description: "The site's error of the last failure" }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt!: string | null;
}
