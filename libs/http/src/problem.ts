/** RFC 9457 problem details, with the fields at fault when input was refused. */
export interface FieldError {
  field: string;
  reason: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const TYPE_BASE = 'https://hpc-access.eu/problems/';

export function problem(status: number, code: string, title: string, detail?: string, errors?: FieldError[]): ProblemDetails {
  return { type: `${TYPE_BASE}${code}`, title, status, code, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) };
}

/** Thrown at the edge for input that is refused before any command runs. */
export class ProblemException extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
  }
}

export function badRequest(field: string, reason: string): ProblemException {
  return new ProblemException(problem(400, 'validation-failed', 'The request is not valid', `${field}: ${reason}`, [{ field, reason }]));
}
