import { Body, Controller, Headers, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '@hpc-access/auth';
import type { Response } from 'express';
import { CaseCommandRoute } from '../case-command-route';
import { CaseCommands } from '../case-commands';
import { CaseIdPipe } from '../case-id.pipe';
import type { EthicsCaseView } from '../case-view';
import { respondWithCase } from '../respond-with-case';
import { DeclarationDto } from './declaration.dto';

@ApiTags('ethics cases')
@ApiBearerAuth()
@Controller('api/ethics/cases')
export class DeclareConflictController {
  constructor(private readonly cases: CaseCommands) {}

  @CaseCommandRoute(
    ':id/declarations',
    'ethics-reviewer',
    'ethics.declareConflict',
    'The assigned reviewer declares a conflict of interest (recused) or none (the dossier opens)',
    { status: 422, description: 'The Idempotency-Key was used with a different body' },
  )
  async declare(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: DeclarationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EthicsCaseView> {
    return respondWithCase(res, caller, await this.cases.run(id, caller, ifMatch, 'DeclareConflictOfInterest', { conflict: body.conflict, statement: body.statement }));
  }
}
