import { etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import type { ApplicationResult } from './application-reader';
import { applicationView } from './application-view';

/** The application as a command on it answers, its revision as the ETag. */
export function respondWithApplication(res: Response, result: ApplicationResult) {
  res.setHeader('ETag', etagFor(result.revision));
  return applicationView(result.state, result.revision);
}
