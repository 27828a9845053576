import { StringDecoder } from 'node:string_decoder';
import { bodyChunks, unsupportedMediaType } from '@hpc-access/http';
import type { Request } from 'express';
import { SacctReader, type SacctParse } from '../domain/sacct';

/** A month of a large site's jobs, with room to spare (ADR 12). */
export const SACCT_LIMIT_BYTES = 64 * 1024 * 1024;

/**
 * Reads an sacct file (text/plain) line by line as it streams in, after the caller was
 * authenticated: only the parsed records are kept, never the whole text. The system comes from the
 * query; the validation pipe refuses a bad one afterwards.
 */
export async function readSacctUpload(request: Request): Promise<SacctParse> {
  if (!request.is('text/plain')) throw unsupportedMediaType('Content-Type', 'must be text/plain');
  const reader = new SacctReader(typeof request.query.system === 'string' ? request.query.system : '');
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of bodyChunks(request, SACCT_LIMIT_BYTES)) {
    const lines = (pending + decoder.write(chunk)).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) reader.line(line.endsWith('\r') ? line.slice(0, -1) : line);
  }
  const last = pending + decoder.end();
  reader.line(last.endsWith('\r') ? last.slice(0, -1) : last);
  return reader.result();
}
