import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { platformOpenApiDocument } from '../openapi/write-openapi-document';
import { TALLY_DIR } from './openapi-validation';

/**
 * The embedded platform's OpenAPI document for suites whose servers run in other processes
 * (distributed mode serves the same operations through its gateway). Built once per Jest run:
 * the run's reporter empties the directory when the run starts.
 */
export async function cachedPlatformOpenApiDocument(): Promise<OpenAPIObject> {
  const file = join(TALLY_DIR, 'platform-openapi.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as OpenAPIObject;
  const document = await platformOpenApiDocument();
  mkdirSync(TALLY_DIR, { recursive: true });
  // Another worker may be writing it too: whole files only.
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, JSON.stringify(document));
  renameSync(partial, file);
  return document;
}
