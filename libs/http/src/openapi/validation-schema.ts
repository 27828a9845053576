import type { Type } from '@nestjs/common';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/** The parts of a JSON schema the validation rules of one property decide. */
export interface SchemaRules {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  enum?: unknown[];
  minItems?: number;
  maxItems?: number;
  /** The rules of each item, for rules declared with `{ each: true }`. */
  items?: SchemaRules;
}

export interface PropertyRules {
  rules: SchemaRules;
  /** Refused when absent: validated and neither @IsOptional() nor @ValidateIf(). */
  required: boolean;
  /** @IsOptional() lets `null` through as well as a missing value. */
  nullable: boolean;
  /** The class of a nested object (or of each item), when the property is @ValidateNested(). */
  nested?: Type<unknown>;
}

/**
 * The rules class-validator enforces on each property of a DTO, as JSON schema keywords. Only the
 * decorators the platform's DTOs use are mapped; a property the pipe would refuse for being
 * unknown (no validation decorator at all, with `forbidNonWhitelisted`) is not listed.
 */
export function validationRulesOf(type: Type<unknown>): Map<string, PropertyRules> {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false) as ValidationMetadata[];
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const entry of metadata) byProperty.set(entry.propertyName, [...(byProperty.get(entry.propertyName) ?? []), entry]);
  const result = new Map<string, PropertyRules>();
  for (const [property, entries] of byProperty) {
    const optional = entries.some((e) => e.type === ValidationTypes.CONDITIONAL_VALIDATION && e.name === 'isOptional');
    const conditional = entries.some((e) => e.type === ValidationTypes.CONDITIONAL_VALIDATION);
    const rules: SchemaRules = {};
    for (const entry of entries) {
      if (entry.type !== ValidationTypes.CUSTOM_VALIDATION) continue;
      const target = entry.each ? (rules.items ??= {}) : rules;
      applyRule(target, entry.name ?? '', entry.constraints ?? []);
    }
    const nestedRule = entries.find((e) => e.type === ValidationTypes.NESTED_VALIDATION);
    const nested = nestedRule ? nestedClassOf(type, property) : undefined;
    result.set(property, { rules, required: !conditional, nullable: optional, ...(nested ? { nested } : {}) });
  }
  return result;
}

function nestedClassOf(type: Type<unknown>, property: string): Type<unknown> | undefined {
  const declared = defaultMetadataStorage.findTypeMetadata(type, property);
  const found: unknown = declared?.typeFunction?.();
  return typeof found === 'function' && found !== Object && found !== Array ? (found as Type<unknown>) : undefined;
}

/** Days (2026-03-01) and times (2026-03-01T10:00:00Z, offsets, fractions): the ISO 8601 a client sends. */
export const ISO_DAY_OR_TIME_PATTERN =
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?(Z|[+-]([01]\\d|2[0-3]):?[0-5]\\d)?)?$';

function applyRule(schema: SchemaRules, name: string, constraints: unknown[]): void {
  const [first, second] = constraints;
  switch (name) {
    case 'isString':
      schema.type = 'string';
      break;
    case 'isInt':
      schema.type = 'integer';
      break;
    case 'isNumber':
      schema.type ??= 'number';
      break;
    case 'isBoolean':
      schema.type = 'boolean';
      break;
    case 'isArray':
      schema.type = 'array';
      break;
    case 'isObject':
      schema.type = 'object';
      break;
    case 'isNotEmpty':
      // A string must have a character; other values only be present.
      if (schema.type === 'string' || schema.type === undefined) schema.minLength = Math.max(schema.minLength ?? 0, 1);
      break;
    case 'minLength':
      schema.minLength = Math.max(schema.minLength ?? 0, Number(first));
      break;
    case 'maxLength':
      schema.maxLength = Math.min(schema.maxLength ?? Infinity, Number(first));
      break;
    case 'isLength':
      schema.minLength = Math.max(schema.minLength ?? 0, Number(first));
      if (second !== undefined) schema.maxLength = Math.min(schema.maxLength ?? Infinity, Number(second));
      break;
    case 'matches':
      // A pattern with flags cannot be said in JSON schema; a case-insensitive one is left to the server.
      if (first instanceof RegExp && first.flags.replace(/[gu]/g, '') === '') schema.pattern = first.source;
      else if (typeof first === 'string' && !second) schema.pattern = first;
      break;
    case 'min':
      schema.minimum = Math.max(schema.minimum ?? -Infinity, Number(first));
      break;
    case 'max':
      schema.maximum = Math.min(schema.maximum ?? Infinity, Number(first));
      break;
    case 'isPositive':
      schema.minimum = Math.max(schema.minimum ?? -Infinity, 0);
      schema.exclusiveMinimum = true;
      break;
    case 'isIn':
      if (Array.isArray(first)) schema.enum = [...(first as unknown[])];
      break;
    case 'isEnum':
      if (first && typeof first === 'object') schema.enum = [...new Set(Object.values(first as object))];
      break;
    case 'arrayMinSize':
      schema.minItems = Number(first);
      break;
    case 'arrayMaxSize':
      schema.maxItems = Number(first);
      break;
    case 'isUuid':
      schema.format = 'uuid';
      break;
    case 'isEmail':
      schema.format = 'email';
      break;
    case 'isUrl':
      schema.format = 'uri';
      break;
    case 'isDateString':
    case 'isIso8601':
      // A day or a time: no one format says both, so a pattern does. The server also takes week and
      // ordinal dates, which no client sends; without the pattern the document allowed any string.
      schema.pattern ??= ISO_DAY_OR_TIME_PATTERN;
      break;
    default:
      break;
  }
}
