import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { openPglite } from '@hpc-access/sql';
import { openApiDocumentOf } from '@hpc-access/http';
import { InProcessBus } from '@hpc-access/messaging';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createPlatformApp } from '../create-app';

/**
 * The embedded platform's OpenAPI document, built as the running platform builds it but without
 * listening or migrating (Nest's init never runs): on a throw-away in-memory database and data
 * directory. The document is the one every operation of every service is in.
 */
export async function platformOpenApiDocument(): Promise<OpenAPIObject> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hpc-access-openapi-'));
  const db = await openPglite();
  const bus = new InProcessBus({ logger: { info: () => undefined, warn: () => undefined, error: () => undefined } });
  try {
    const app = await createPlatformApp({ db, bus, auth: { mode: 'embedded', publicBaseUrl: 'http://localhost:3000', dataDir }, scheduler: { autoStart: false } });
    const document = openApiDocumentOf(app);
    await app.close();
    return document;
  } finally {
    await bus.close();
    await db.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `node … write-openapi-document.js [file]`: writes the document (default dist-test/openapi/openapi.json). */
async function main(): Promise<void> {
  const file = resolve(process.argv[2] ?? 'dist-test/openapi/openapi.json');
  const document = await platformOpenApiDocument();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`OpenAPI document written to ${file}: ${Object.keys(document.paths).length} paths\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
