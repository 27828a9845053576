/**
 * Schema names are spliced into SQL text (identifiers cannot be bound as parameters), so only
 * plain lower-case identifiers are accepted.
 */
export function assertSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`invalid schema name ${JSON.stringify(schema)}: use lower-case letters, digits and _`);
  }
  return schema;
}

/** Replaces every `${schema}` placeholder of a migration or query template. */
export function withSchema(sqlTemplate: string, schema: string): string {
  return sqlTemplate.split('${schema}').join(assertSchemaName(schema));
}
