import type { Response } from 'express';
import type { ImportReport } from './import-report';

/** A new import is a resource: its report stays readable where Location says. */
export function respondCreated(res: Response, report: ImportReport): ImportReport {
  res.setHeader('Location', `/api/accounting/imports/${report.importId}`);
  return report;
}
