import type { NextFunction, Request, Response } from 'express';
import { badRequest } from './problem';

/**
 * Refuses a NUL character (`%00`) anywhere in the path or the query before routing: PostgreSQL text
 * cannot hold it, so it would fail deep inside a query. Named by its query parameter, or `path`.
 */
export function refuseNulInUrl(request: Request, _response: Response, next: NextFunction): void {
  const url = request.url;
  if (!/%00/i.test(url)) return next();
  const queryAt = url.indexOf('?');
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  if (/%00/i.test(path)) return next(badRequest('path', 'must not contain the NUL character (%00)'));
  let field = 'query';
  try {
    for (const [key, value] of new URLSearchParams(url.slice(queryAt + 1))) {
      if (key.includes('\u0000') || value.includes('\u0000')) {
        field = key.replace(/\u0000/g, '%00');
        break;
      }
    }
  } catch {
    // A query URLSearchParams cannot read is still refused, named as a whole.
  }
  next(badRequest(field, 'must not contain the NUL character (%00)'));
}
