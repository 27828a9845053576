import { ApiProperty } from '@nestjs/swagger';
import { ACCESS_MODES } from '@hpc-access/contracts';

export class ModeTimeToAccessView {
  @ApiProperty({ enum: ACCESS_MODES }) mode!: string;
  @ApiProperty({ type: 'integer', description: 'The configured target, in working days' }) targetWorkingDays!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Applications awarded' }) awarded!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Of those, activated at their site' }) activated!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Two decimals; null without awards' }) averageWorkingDaysToAward!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Two decimals; null without activations' }) averageWorkingDaysToAccess!: number | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) activatedWithinTarget!: number;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1, description: 'Share of activations within target (three decimals); null without activations' }) shareWithinTarget!: number | null;
}

/** Time to access per mode against its target. */
export class TimeToAccessView {
  @ApiProperty({ type: () => [ModeTimeToAccessView], description: 'One entry per access mode' }) modes!: ModeTimeToAccessView[];
}
