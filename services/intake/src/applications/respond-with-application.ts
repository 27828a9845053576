import { etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import type { ExistingApplication } from './domain/application';
import { applicationView, type ApplicationView } from './application-view';

/** Every command route answers with the application as it now stands and its revision as ETag. */
export function respondWithApplication(res: Response, result: { application: ExistingApplication; revision: number }): ApplicationView {
  res.setHeader('ETag', etagFor(result.revision));
  return applicationView(result.application, result.revision);
}
