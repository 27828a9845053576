import { etagFor } from '@hpc-access/http';
import type { Response } from 'express';
import type { FiledBreachReport } from './domain/breach-report';

export function respondWithBreachReport(res: Response, result: { state: FiledBreachReport; revision: number }) {
  res.setHeader('ETag', etagFor(result.revision));
  return { ...result.state.report, status: result.state.status, decision: result.state.decision, revision: result.revision };
}
