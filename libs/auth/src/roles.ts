/**
 * The programme's actors (DOMAIN.md, "Actors"). Role strings are what identity providers put in
 * tokens and what event metadata records, so they are kebab-case and never renamed: renaming one
 * would make the events already stored name a role that no longer exists.
 */
export const ROLES = [
  'applicant',
  'intake-officer',
  'technical-assessor',
  'ethics-reviewer',
  'ethics-chair',
  'allocation-committee',
  'governance-officer',
  'accounting-officer',
  'site',
  'auditor',
  'administrator',
] as const;

export type Role = (typeof ROLES)[number];

const KNOWN: ReadonlySet<string> = new Set(ROLES);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && KNOWN.has(value);
}
