import { streamJsonBody } from '@hpc-access/http';
import type { Request } from 'express';

/** 20,000 job records (the most one import takes) are about 7 MB of JSON; room for pretty-printing. */
export const USAGE_JSON_LIMIT_BYTES = 32 * 1024 * 1024;

/** Job records as JSON, parsed as they stream in, after the caller was authenticated. */
export const readUsageUpload = (request: Request): Promise<unknown> => streamJsonBody(request, USAGE_JSON_LIMIT_BYTES);
