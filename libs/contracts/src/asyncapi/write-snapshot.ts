import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import 'reflect-metadata';
import { buildAsyncApiDocument } from './asyncapi-document';
import { compareWithPublished, describeBreaks, publishedSchemasOf, type PublishedSchemas } from './published-schemas';

const COMMENT =
  'Every integration event version ever published, as the AsyncAPI document describes it (ADR 19). Written only by `npm run contracts:snapshot`, which refuses a change to a version already here; compatibility.unit.spec.ts fails the build when the contracts drift from it.';

/**
 * `npm run contracts:snapshot`: adds new event versions to the snapshot of published schemas.
 * It refuses to rewrite a published version incompatibly: that needs a new version instead
 * (or, to retire one, its entry deleted by hand in a reviewed commit).
 */
function main(path = resolve(process.argv[2] ?? 'libs/contracts/asyncapi/published.json')): number {
  const current = publishedSchemasOf(buildAsyncApiDocument());
  const published: PublishedSchemas = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PublishedSchemas) : { events: {} };
  const { breaking, unpublished } = compareWithPublished(published, current);
  if (breaking.length > 0) {
    console.error(`${path}: not written, published versions would change incompatibly; publish a new version instead:\n${describeBreaks(breaking)}`);
    return 1;
  }
  const events = Object.fromEntries(Object.keys(current.events).sort().map((type) => [type, current.events[type]]));
  writeFileSync(path, `${JSON.stringify({ $comment: COMMENT, events }, null, 2)}\n`);
  process.stdout.write(`${path}: ${Object.keys(events).length} event versions, ${unpublished.length} newly published${unpublished.length ? `: ${unpublished.join(', ')}` : ''}\n`);
  return 0;
}

process.exitCode = main();
