import type { AnyRoute } from '@tanstack/react-router';
import type { Role } from '../auth/roles';

/** One entry of a role's navigation; `labelKey` is in the role's own i18n namespace. */
export interface NavItem {
  labelKey: string;
  to: string;
}

/**
 * What a role's folder (roles/<role>/index.ts) gives the app: its home, its navigation, its
 * strings and its routes. The role's routes hang under `/<role>` (see roleRoute), so folders never collide.
 */
export interface RoleModule {
  role: Role;
  /** Where the role lands after signing in: its home ("N waiting for you"). */
  home: string;
  nav: readonly NavItem[];
  /** The role's i18n namespace (named after the role): `useTranslation('<role>')`. */
  translations: { en: Record<string, unknown> };
  /** The role's route tree, built under the signed-in layout route the app passes. */
  routes(parent: AnyRoute): AnyRoute;
}
