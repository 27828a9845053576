const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Schema names are spliced into SQL (they cannot be bind parameters), so only plain lower-case
 * identifiers are accepted: nothing that needs quoting, nothing that could close a statement.
 */
export function assertSchemaName(schema: string): string {
  if (!IDENTIFIER.test(schema)) throw new Error(`not a plain SQL schema name: ${JSON.stringify(schema)}`);
  return schema;
}
