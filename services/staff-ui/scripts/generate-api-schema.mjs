// Regenerates src/api/schema.d.ts from the platform's OpenAPI document (`npm run openapi:document`
// at the root writes dist-test/openapi/openapi.json). With --check it writes nothing and fails when
// the committed schema differs: the client may not drift from the API it talks to.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const documentPath = resolve(here, '../../../dist-test/openapi/openapi.json');
const schemaPath = resolve(here, '../src/api/schema.d.ts');
const check = process.argv.includes('--check');

if (!existsSync(documentPath)) {
  console.error(`${documentPath} is missing: run \`npm run openapi:document\` at the repository root first`);
  process.exit(1);
}
const document = JSON.parse(readFileSync(documentPath, 'utf8'));
const header = '// Generated from the platform\'s OpenAPI document by services/staff-ui/scripts/generate-api-schema.mjs.\n// Do not edit: run `npm run ui:api` at the repository root.\n\n';
const schema = header + astToString(await openapiTS(document, { alphabetize: true }));

if (check) {
  const committed = existsSync(schemaPath) ? readFileSync(schemaPath, 'utf8') : '';
  if (committed !== schema) {
    console.error('services/staff-ui/src/api/schema.d.ts differs from the OpenAPI document: run `npm run ui:api` and commit the result');
    process.exit(1);
  }
  console.error('staff UI client: up to date with the OpenAPI document');
} else {
  writeFileSync(schemaPath, schema);
  console.error(`wrote ${schemaPath}`);
}
