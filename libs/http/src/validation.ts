import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { ProblemException, problem, type FieldError } from './problem';

/** Flattens class-validator's tree into `contacts.0.email`-style field paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

interface PropertyRule {
  type: string;
  propertyName: string;
  each?: boolean;
}

/**
 * class-validator's @ValidateNested() passes a missing value, and validates an array's items when it
 * finds an array where one object is declared: `sme: []` or `rules: []` would pass with nothing
 * checked. A nested property that is not @IsOptional() must hold one object (arrays declared with
 * `each` are walked item by item). Walks the DTO instances the pipe built, so every DTO gets the rule.
 */
export function nestedObjectFaults(value: unknown, parent = ''): FieldError[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const rules = getMetadataStorage().getTargetValidationMetadatas(value.constructor, '', true, false) as PropertyRule[];
  const optional = new Set(rules.filter((r) => r.type === ValidationTypes.CONDITIONAL_VALIDATION).map((r) => r.propertyName));
  const nested = rules.filter((r) => r.type === ValidationTypes.NESTED_VALIDATION);
  const faults: FieldError[] = [];
  for (const rule of nested) {
    const field = parent ? `${parent}.${rule.propertyName}` : rule.propertyName;
    const child = (value as Record<string, unknown>)[rule.propertyName];
    if (rule.each) {
      if (Array.isArray(child)) child.forEach((item, index) => faults.push(...nestedObjectFaults(item, `${field}.${index}`)));
    } else if (child === undefined || child === null) {
      if (!optional.has(rule.propertyName)) faults.push({ field, reason: `${rule.propertyName} must be an object` });
    } else if (typeof child !== 'object' || Array.isArray(child)) {
      faults.push({ field, reason: `${rule.propertyName} must be an object` });
    } else {
      faults.push(...nestedObjectFaults(child, field));
    }
  }
  return faults;
}

function validationProblem(fields: FieldError[]): ProblemException {
  return new ProblemException(
    problem(400, 'validation-failed', 'The request is not valid', fields.map((f) => `${f.field}: ${f.reason}`).join('; '), fields),
  );
}

class PlatformValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result: unknown = await super.transform(value, metadata);
    if (metadata.metatype && result instanceof metadata.metatype) {
      const faults = nestedObjectFaults(result);
      if (faults.length > 0) throw validationProblem(faults);
    }
    return result;
  }
}

/** The one global pipe: unknown fields are refused, known ones converted to their declared types. */
export function createValidationPipe(): ValidationPipe {
  return new PlatformValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationProblem(flattenValidationErrors(errors)),
  });
}
