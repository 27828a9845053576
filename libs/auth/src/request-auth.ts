import type { Identity } from './identity';
import type { Role } from './roles';

/** What the guard learnt about a request, for the parameter decorators and the gateway. */
export interface RequestAuth {
  identity: Identity;
  /** Absent when the route allows any role and the user holds none this platform knows. */
  actingRole?: Role;
}

// Kept beside the request rather than on it: no augmentation of Express's types, and nothing a
// client could set through a body parser or a query string can be mistaken for it.
const authByRequest = new WeakMap<object, RequestAuth>();

export function attachRequestAuth(request: object, auth: RequestAuth): void {
  authByRequest.set(request, auth);
}

export function requestAuthOf(request: object): RequestAuth | undefined {
  return authByRequest.get(request);
}
