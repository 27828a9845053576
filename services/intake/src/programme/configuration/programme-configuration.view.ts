import { ApiProperty } from '@nestjs/swagger';
import type { ProgrammeRules } from '../programme-rules';
import { ProgrammeRulesDto } from './programme-rules.dto';

/**
 * The rules in force with the revision they stand at. Documented as the document PUT replaces:
 * the seed (infra/seed/programme.json) and every change have that shape.
 */
export class ProgrammeConfigurationView {
  @ApiProperty({ type: () => ProgrammeRulesDto }) rules!: ProgrammeRules;
  @ApiProperty({ type: 'integer', description: 'Stream revision; also the ETag' }) revision!: number;
}
