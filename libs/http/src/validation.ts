import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ProblemException, problem, type FieldError } from './problem';

/** Flattens class-validator's tree into `contacts.0.email`-style field paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The one global pipe: unknown fields are refused, known ones converted to their declared types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      return new ProblemException(
        problem(400, 'validation-failed', 'The request is not valid', fields.map((f) => `${f.field}: ${f.reason}`).join('; '), fields),
      );
    },
  });
}
