import { getMetadataStorage, IS_ISO31661_ALPHA_2, IS_ISO8601, IS_RFC_3339, ValidationTypes } from 'class-validator';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { targetConstructorToSchema } from 'class-validator-jsonschema';
import type { ISchemaConverters } from 'class-validator-jsonschema/build/defaultConverters';

/** A JSON Schema (draft 07, as AsyncAPI's default schema format takes it). */
export type JsonSchema = { [keyword: string]: unknown };

type PayloadClass = new () => object;

/** Where the document keeps nested classes' schemas; payloads point at them with `$ref`. */
export const SCHEMA_REF_PREFIX = '#/components/schemas/';

// The converters class-validator-jsonschema lacks or gets wider than the consumers' validation.
const additionalConverters: ISchemaConverters = {
  // isRFC3339 has no converter there (it would fall back to a bare string); RFC 3339 is what
  // JSON Schema's `date-time` format means.
  [IS_RFC_3339]: { type: 'string', format: 'date-time' },
  // Upper or lower case: validator.js upper-cases before the look-up.
  [IS_ISO31661_ALPHA_2]: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 country code' },
  // The library says `date` or `date-time`, but a strict ISO 8601 check also takes forms those
  // formats refuse (no offset, week dates): a schema narrower than the consumer would lie.
  [IS_ISO8601]: { type: 'string', description: 'ISO 8601 date or date-time (a real calendar date), e.g. 2026-03-01' },
};

const options: Parameters<typeof targetConstructorToSchema>[1] = {
  refPointerPrefix: SCHEMA_REF_PREFIX,
  classTransformerMetadataStorage: defaultMetadataStorage,
  additionalConverters,
};

/**
 * The JSON Schema of a payload class, from the same class-validator metadata the consumers
 * validate with, plus the schemas of the classes it nests (by name). Every object is closed
 * (`additionalProperties: false`): consumers validate with `forbidNonWhitelisted`, so an unknown
 * field is refused, and the document must say so.
 */
export function payloadSchemaOf(payload: PayloadClass): { schema: JsonSchema; nested: Map<string, JsonSchema> } {
  const nested = new Map<string, JsonSchema>();
  const visit = (cls: PayloadClass): void => {
    for (const child of nestedClassesOf(cls)) {
      if (nested.has(child.name)) continue;
      nested.set(child.name, classSchema(child));
      visit(child);
    }
  };
  visit(payload);
  return { schema: classSchema(payload), nested };
}

function classSchema(cls: PayloadClass): JsonSchema {
  const schema = targetConstructorToSchema(cls, options) as JsonSchema;
  if (schema['type'] !== 'object') throw new Error(`${cls.name} has no class-validator metadata: it cannot be a payload`);
  return { ...schema, additionalProperties: false };
}

/** Classes reached through @ValidateNested, by @Type when given (arrays), else by design type. */
function nestedClassesOf(cls: PayloadClass): PayloadClass[] {
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  return metadatas
    .filter((meta) => meta.type === ValidationTypes.NESTED_VALIDATION)
    .map((meta) => {
      const typed = defaultMetadataStorage.findTypeMetadata(cls, meta.propertyName);
      const child = typed ? typed.typeFunction() : Reflect.getMetadata('design:type', cls.prototype, meta.propertyName);
      if (typeof child !== 'function' || child === Array || child === Object) {
        throw new Error(`${cls.name}.${meta.propertyName} is nested but names no class (@Type(() => ...))`);
      }
      return child as PayloadClass;
    });
}
