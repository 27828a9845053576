import { ApiProperty } from '@nestjs/swagger';
import { AccountingConfigurationDto } from './change-configuration/configuration.dto';

/** The configuration in force, in the form a PUT takes, and the revision of its stream (also the ETag). */
export class AccountingConfigurationView {
  @ApiProperty({ type: () => AccountingConfigurationDto }) configuration!: AccountingConfigurationDto;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Revision of the configuration stream; also the ETag' }) revision!: number;
}
