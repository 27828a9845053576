/** The programme's roles, as tokens name them (libs/auth/src/roles.ts): kebab-case, never renamed. */
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

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
