import { badRequest, type FieldError } from './problem';

/** Deeper than any DTO of the platform (four levels at most) by far; what lies below is an attack, not data. */
export const MAX_JSON_DEPTH = 32;

/**
 * Keys that class-transformer and the validation pipe drop without a word (`__proto__` becomes the
 * object's prototype, `constructor` and `prototype` are stripped): refused by name instead, as every
 * unknown field is.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What JSON.parse accepts but the platform cannot store or compare: numbers it turned into Infinity
 * (`1e999`), NUL characters (PostgreSQL text refuses them), nesting that overflows recursive code
 * (class-transformer, the pipe, canonical hashing) and keys that would be dropped silently.
 * Iterative, so that any depth is inspected without recursion. Returns the first fault, by field path.
 */
export function inspectJson(value: unknown, maxDepth = MAX_JSON_DEPTH): FieldError | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    const field = path || 'body';
    if (typeof current === 'number' && !Number.isFinite(current)) return { field, reason: 'must be a finite number' };
    if (typeof current === 'string' && current.includes('\u0000')) return { field, reason: 'must not contain the NUL character (\\u0000)' };
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return { field, reason: `nests deeper than ${maxDepth} levels` };
    for (const key of Object.keys(current)) {
      const child = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) return { field: child, reason: `property ${key} should not exist` };
      if (key.includes('\u0000')) return { field: child.replace(/\u0000/g, '\\u0000'), reason: 'a property name must not contain the NUL character (\\u0000)' };
      stack.push({ value: (current as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Throws the 400 problem naming the field at fault, if any. */
export function refuseUnsafeJson(value: unknown): void {
  const fault = inspectJson(value);
  if (fault) throw badRequest(fault.field, fault.reason);
}
