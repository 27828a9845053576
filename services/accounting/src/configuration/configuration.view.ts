import { ApiProperty } from '@nestjs/swagger';
import { HistoryActorView } from '@hpc-access/http';
import { AccountingConfigurationDto } from './change-configuration/configuration.dto';

/** The configuration in force, in the form a PUT takes, and the revision of its stream (also the ETag). */
export class AccountingConfigurationView {
  @ApiProperty({ type: () => AccountingConfigurationDto }) configuration!: AccountingConfigurationDto;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Revision of the configuration stream; also the ETag' }) revision!: number;
}

/** One version of the configuration: seeded at the first start, then each change. */
export class AccountingConfigurationVersionView {
  @ApiProperty({ enum: ['ConfigurationSeeded', 'ConfigurationChanged'] }) type!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision!: number;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ type: () => HistoryActorView }) actor!: HistoryActorView;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event\'s data: `{ configuration }`' }) data!: unknown;
}

export class AccountingConfigurationHistoryView {
  @ApiProperty({ type: () => [AccountingConfigurationVersionView], description: 'Oldest first' }) events!: AccountingConfigurationVersionView[];
}
