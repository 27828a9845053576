import type { Role } from '../auth/roles';
import { roleModules } from './registry';

/** Where a role lands: its module's home, or the shell's page for roles without screens yet. */
export function homeOf(role: Role): string {
  return roleModules.find((module) => module.role === role)?.home ?? '/no-screens';
}
