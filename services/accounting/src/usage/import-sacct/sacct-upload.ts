import { StringDecoder } from 'node:string_decoder';
import { badRequest, bodyChunks, unsupportedMediaType } from '@hpc-access/http';
import type { Request } from 'express';
import { SacctReader, type SacctParse } from '../domain/sacct';

/** A month of a large site's jobs, with room to spare (ADR 12). */
export const SACCT_LIMIT_BYTES = 64 * 1024 * 1024;
/** An sacct line is a few hundred characters; a longer one is not sacct output (and would be re-scanned with every chunk). */
export const SACCT_LINE_LIMIT = 64 * 1024;

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
    if (pending.length > SACCT_LINE_LIMIT) throw badRequest(`line ${reader.linesRead + 1}`, `longer than ${SACCT_LINE_LIMIT} characters: not sacct --parsable2 output`);
  }
  const last = pending + decoder.end();
  reader.line(last.endsWith('\r') ? last.slice(0, -1) : last);
  return reader.result();
}
