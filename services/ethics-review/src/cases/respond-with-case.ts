import type { Caller } from '@hpc-access/auth';
import { etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import type { CaseResult } from './case-commands';
import { caseViewFor, type EthicsCaseView } from './case-view';

/** Every case route answers with the case as the caller may see it, and its revision as ETag. */
export function respondWithCase(res: Response, caller: Caller, result: CaseResult): EthicsCaseView {
  res.setHeader('ETag', etagFor(result.revision));
  return caseViewFor(caller, result.state, result.revision);
}
