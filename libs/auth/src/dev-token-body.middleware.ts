import { BadRequestException, Injectable, PayloadTooLargeException, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';

const LIMIT_BYTES = 4096;

type TokenRequest = IncomingMessage & { body?: unknown };

/**
 * Reads the token request's JSON body when the host application has no body parser: the gateway
 * runs without one so that it can stream request bodies to the services byte for byte.
 */
@Injectable()
export class DevTokenBodyMiddleware implements NestMiddleware {
  async use(request: TokenRequest, _response: unknown, next: (error?: unknown) => void): Promise<void> {
    if (request.body !== undefined || request.readableEnded || !/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      return next();
    }
    try {
      const text = await readText(request);
      request.body = text.length === 0 ? {} : JSON.parse(text);
      next();
    } catch (error) {
      next(error instanceof SyntaxError ? new BadRequestException(`the body is not valid JSON: ${error.message}`) : error);
    }
  }
}

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > LIMIT_BYTES) throw new PayloadTooLargeException(`a token request is at most ${LIMIT_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
