import { Injectable, type NestMiddleware } from '@nestjs/common';
import { ProblemException, problem } from '@hpc-access/http';
import type { NextFunction, Request, Response } from 'express';

const LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * The JSON body parser leaves text/plain alone; sacct files arrive that way. Read as a string into
 * `req.body` before interceptors run, so Idempotency-Key compares the file itself.
 */
@Injectable()
export class PlainTextBodyMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    if (!req.is('text/plain') || typeof req.body === 'string') return next();
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > LIMIT_BYTES && !failed) {
        failed = true;
        next(new ProblemException(problem(413, 'payload-too-large', 'Payload too large', `an import holds at most ${LIMIT_BYTES} bytes; split the file`)));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (failed) return;
      req.body = Buffer.concat(chunks).toString('utf8');
      next();
    });
    req.on('error', (error) => {
      if (!failed) next(error);
    });
  }
}
