import { notifications } from '@mantine/notifications';
import createClient, { type Middleware } from 'openapi-fetch';
import { currentSession, endSession } from '../auth/session';
import i18n from '../i18n';
import type { components, paths } from './schema';

export type Problem = components['schemas']['Problem'];
export type Schemas = components['schemas'];

/** An API answer that was a problem+json: thrown by {@link unwrap}, so TanStack Query holds it as the error. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/**
 * Every call carries the signed-in person's token; a 401 ends the session (the token expired or was
 * refused) and says so: the shell then goes to the sign-in page.
 */
export const bearer: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session) request.headers.set('Authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && currentSession()) {
      endSession();
      notifications.show({ id: 'session-ended', color: 'orange', message: i18n.t('shell.sessionEnded') });
    }
    return response;
  },
};

/** The typed client of the platform's REST API (schema.d.ts is generated from its OpenAPI document). */
export const api = createClient<paths>({ baseUrl: '' });
api.use(bearer);

/**
 * The data of an answer, or an {@link ApiProblem} thrown: `unwrap(await api.GET('/api/applications', {...}))`.
 * A non-JSON error (a proxy's 502 page) becomes a problem too, so screens handle one kind of error.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const error = result.error;
    if (error && typeof error === 'object' && 'status' in error && 'title' in error) throw new ApiProblem(error as Problem);
    throw new ApiProblem({ type: 'about:blank', title: result.response.statusText || 'Request failed', status: result.response.status });
  }
  return result.data as T;
}

/** The problem of an error a query or mutation failed with, if it came from the API. */
export function problemOf(error: unknown): Problem | null {
  return error instanceof ApiProblem ? error.problem : null;
}
