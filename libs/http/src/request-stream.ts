import type { IncomingMessage } from 'node:http';
import { createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { ProblemException, badRequest, problem } from './problem';

/** Whether the request carries a body at all (RFC 9112: Transfer-Encoding or a non-zero Content-Length). */
export function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

export function payloadTooLarge(limitBytes: number): ProblemException {
  return new ProblemException(
    problem(413, 'payload-too-large', 'Payload too large', `the body holds at most ${limitBytes} bytes; split it into smaller requests`, [
      { field: 'body', reason: `larger than ${limitBytes} bytes` },
    ]),
  );
}

export function unsupportedMediaType(field: 'Content-Type' | 'Content-Encoding', reason: string): ProblemException {
  return new ProblemException(problem(415, 'unsupported-media-type', 'Unsupported media type', `${field}: ${reason}`, [{ field, reason }]));
}

/**
 * The request body as it arrives, decompressed (gzip, deflate or none), in chunks, refused with 413
 * as soon as more than `limitBytes` came (after decompression, so a small bomb is refused too).
 */
export async function* bodyChunks(request: IncomingMessage, limitBytes: number): AsyncGenerator<Buffer> {
  const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  let source: Readable = request;
  if (encoding === 'gzip' || encoding === 'x-gzip') source = request.pipe(createGunzip());
  else if (encoding === 'deflate') source = request.pipe(createInflate());
  else if (encoding !== 'identity') throw unsupportedMediaType('Content-Encoding', `${encoding} is not supported; send identity, gzip or deflate`);
  let size = 0;
  try {
    for await (const chunk of source) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size > limitBytes) throw payloadTooLarge(limitBytes);
      yield buffer;
    }
  } catch (error) {
    if (error instanceof ProblemException) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ECONNRESET' || (error as Error).message === 'aborted') {
      throw new ProblemException(problem(400, 'request-aborted', 'The request is not valid', 'body: the client stopped sending it', [{ field: 'body', reason: 'incomplete' }]));
    }
    // zlib's errors: the body claimed a compression it does not have.
    if (code?.startsWith('Z_')) {
      throw badRequest('body', `not valid ${encoding} data`);
    }
    throw error;
  } finally {
    // Stop reading what is left: the answer goes out without it (Node discards the rest).
    if (source !== request) {
      request.unpipe();
      source.destroy();
    }
  }
}
