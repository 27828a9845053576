import { problemOf, type Problem } from '../api/client';

export interface ProblemFormErrors {
  /** Mantine form errors, keyed by the form's paths (`proposal.gpuHours`). */
  errors: Record<string, string>;
  /** What no field of the form shows: the screen shows these above the form. */
  unmatched: string[];
}

export interface ProblemMapping {
  /** The form's paths; a problem field that is none of them (nor under one) is unmatched. */
  fields: readonly string[];
  /**
   * API field path (or path prefix) -> form path, where the form names a field differently: with
   * `{ changes: 'proposal' }` the API's `changes.gpuHours` is the form's `proposal.gpuHours`.
   */
  rename?: Readonly<Record<string, string>>;
}

/**
 * Maps a problem+json answer to errors at the fields it names (RFC 9457 with `errors[]`, field
 * paths dotted as in the body: `proposal.gpuHours`). A field nested deeper than the form
 * (`proposal.dataSources.training`) goes to the nearest form field above it. A problem without
 * field errors, or with fields the form does not have, is unmatched: it is never lost.
 */
export function problemToFormErrors(problem: Problem, mapping: ProblemMapping): ProblemFormErrors {
  const errors: Record<string, string> = {};
  const unmatched: string[] = [];
  const known = new Set(mapping.fields);
  for (const { field, reason } of problem.errors ?? []) {
    const target = formPathOf(field, known, mapping.rename ?? {});
    if (target === null) unmatched.push(`${field}: ${reason}`);
    else errors[target] = errors[target] ? `${errors[target]}; ${reason}` : reason;
  }
  if ((problem.errors ?? []).length === 0) unmatched.push(problem.detail ?? problem.title);
  return { errors, unmatched };
}

function formPathOf(field: string, known: ReadonlySet<string>, rename: Readonly<Record<string, string>>): string | null {
  // Array indices come as `items.0.name` or `items[0].name`: one notation.
  let path = renamed(field.replace(/\[(\d+)\]/g, '.$1'), rename);
  while (path.length > 0) {
    if (known.has(path)) return path;
    const dot = path.lastIndexOf('.');
    if (dot < 0) return null;
    path = path.slice(0, dot);
  }
  return null;
}

/** The longest matching prefix renamed: `changes.title` with `{ changes: 'proposal' }` is `proposal.title`. */
function renamed(path: string, rename: Readonly<Record<string, string>>): string {
  const prefix = Object.keys(rename)
    .filter((from) => path === from || path.startsWith(`${from}.`))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? path : `${rename[prefix]}${path.slice(prefix.length)}`;
}

/** What a Mantine form needs: `applyProblem(form, problem, fields)` in a mutation's onError. */
export function applyProblem(form: { setErrors(errors: Record<string, string>): void }, problem: Problem, mapping: ProblemMapping): string[] {
  const { errors, unmatched } = problemToFormErrors(problem, mapping);
  form.setErrors(errors);
  return unmatched;
}

/**
 * For a mutation's onError: an API problem's field errors onto the form, what no field shows
 * returned (for a ProblemAlert); any other error (the network) returned as its message.
 */
export function applyError(form: { setErrors(errors: Record<string, string>): void }, error: unknown, mapping: ProblemMapping): string[] {
  const problem = problemOf(error);
  return problem ? applyProblem(form, problem, mapping) : [error instanceof Error ? error.message : String(error)];
}
