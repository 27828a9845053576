import type { Response } from 'express';
import { locationHeader } from '@hpc-access/http';
import type { ImportReport } from './import-report';

/** How the OpenAPI document declares the Location of an import's report. */
export const IMPORT_REPORT_LOCATION = locationHeader("Where the import's report stays readable", '/api/accounting/imports/0192f0c4-7a5e-7c1d-9a4e-2f7b5c3d1e0f');

/** A new import is a resource: its report stays readable where Location says. */
export function respondCreated(res: Response, report: ImportReport): ImportReport {
  res.setHeader('Location', `/api/accounting/imports/${report.importId}`);
  return report;
}
