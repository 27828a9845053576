import { ParseIntPipe, ParseUUIDPipe, type INestApplication, type PipeTransform, type Type } from '@nestjs/common';
import { GUARDS_METADATA, INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { IS_PUBLIC_KEY } from '@hpc-access/auth';
import { IdempotencyInterceptor } from '../idempotency.interceptor';
import { badRequest } from '../problem';

/** The extension a route's facts travel in from its handler to the post-processor (removed there). */
export const ROUTE_FACTS_EXTENSION = 'x-hpc-route';

/**
 * What the global guard, the interceptors and the pipe will do for one route, read from the
 * handler's own metadata: the document post-processor turns these into the statuses, headers and
 * schema rules the operation really has.
 */
export interface RouteFacts {
  /** @Public(): no bearer token asked, so no 401/403/429 from the guard. */
  public: boolean;
  /** Idempotency-Key accepted (409 while in progress, 422 reused, 400 malformed). */
  idempotent: boolean;
  /** A guard of its own limits the rate (the development token route): 429. */
  rateLimited: boolean;
  /** The DTO class of `@Body()`, by name as the document knows it. */
  body?: string;
  /** The key of the DTO class of `@Query()` in `RequestClasses.queries`, to map its rules onto the query parameters. */
  query?: string;
  /** What the pipes of each `@Param(name, pipe)` accept, as a schema. */
  params?: Record<string, ParamSchema>;
}

export interface ParamSchema {
  type: 'string' | 'integer';
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
}

/** A pipe that says what it accepts carries its schema under this key (see `patternParamPipe`). */
export const PARAM_SCHEMA = Symbol.for('hpc-access:param-schema');

/** What ParseUUIDPipe (any version) accepts: five groups of hex digits, any case. */
export const UUID_PATTERN = '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$';

/**
 * A path-parameter pipe that refuses anything not matching `pattern` with a 400 naming the
 * parameter, and tells the OpenAPI document so.
 */
export function patternParamPipe(field: string, pattern: RegExp, reason: string, bounds: { minLength?: number; maxLength?: number } = {}): PipeTransform<string, string> & { [PARAM_SCHEMA]: ParamSchema } {
  return {
    [PARAM_SCHEMA]: { type: 'string', pattern: pattern.source, ...bounds },
    transform(value: string): string {
      if (!pattern.test(value)) throw badRequest(field, reason);
      return value;
    },
  };
}

function paramSchemaOf(pipes: unknown[]): ParamSchema | undefined {
  for (const pipe of pipes) {
    if (pipe instanceof ParseUUIDPipe || pipe === ParseUUIDPipe) return { type: 'string', format: 'uuid', pattern: UUID_PATTERN };
    if (pipe instanceof ParseIntPipe || pipe === ParseIntPipe) return { type: 'integer' };
    const declared = pipe && typeof pipe === 'object' ? (pipe as { [PARAM_SCHEMA]?: ParamSchema })[PARAM_SCHEMA] : undefined;
    if (declared) return declared;
  }
  return undefined;
}

interface RouteArg {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

/** Classes met as a `@Body()` or `@Query()` of some route, by their name in the document. */
export interface RequestClasses {
  bodies: Map<string, Type<unknown>>;
  queries: Map<string, Type<unknown>>;
}

/**
 * Walks every controller of the application and puts its facts on each route handler as the
 * `x-hpc-route` extension, before SwaggerModule reads the handlers. Idempotent: building the
 * document twice marks the same facts twice.
 */
export function markRouteFacts(app: INestApplication): RequestClasses {
  const bodies = new Map<string, Type<unknown>>();
  const queries = new Map<string, Type<unknown>>();
  for (const { controller, name, handler } of routeHandlers(app)) {
    const route = factsOf(controller, name, handler);
    if (route.body) bodies.set(schemaName(route.body), route.body);
    if (route.query) {
      // Query classes are no components, so two services' `ListAllocationsQuery` may share a
      // name: each class gets its own key, or one route would be documented with the other's rules.
      const taken = [...queries].find(([, type]) => type === route.query)?.[0];
      const key = taken ?? (queries.has(schemaName(route.query)) ? `${schemaName(route.query)}#${queries.size}` : schemaName(route.query));
      queries.set(key, route.query);
      route.facts.query = key;
    }
    const prototype = controller.prototype as Record<string, unknown>;
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name) as PropertyDescriptor;
    ApiExtension(ROUTE_FACTS_EXTENSION, route.facts)(prototype, name, descriptor);
  }
  return { bodies, queries };
}

/** Every route handler of the application's controllers, as Nest maps them. */
export function routeHandlers(app: INestApplication): Array<{ controller: Type<unknown>; name: string; handler: (...args: unknown[]) => unknown }> {
  const handlers: Array<{ controller: Type<unknown>; name: string; handler: (...args: unknown[]) => unknown }> = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | undefined;
      if (!controller || Reflect.getMetadata(PATH_METADATA, controller) === undefined) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        handlers.push({ controller, name, handler: handler as (...args: unknown[]) => unknown });
      }
    }
  }
  return handlers;
}

/** The classes of a handler's whole `@Body()` and `@Query()`, read as Nest's validation pipe gets them. */
export function requestDtosOf(controller: Type<unknown>, name: string): { body?: Type<unknown>; query?: Type<unknown> } {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) as Record<string, RouteArg> | undefined) ?? {};
  const paramTypes = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, name) as unknown[] | undefined) ?? [];
  const dtoOf = (kind: RouteParamtypes): Type<unknown> | undefined => {
    const entry = Object.entries(args).find(([key, arg]) => key.split(':')[0] === String(kind) && arg.data === undefined);
    const type = entry ? paramTypes[entry[1].index] : undefined;
    return typeof type === 'function' && ![String, Number, Boolean, Object, Array].includes(type as never) ? (type as Type<unknown>) : undefined;
  };
  return { body: dtoOf(RouteParamtypes.BODY), query: dtoOf(RouteParamtypes.QUERY) };
}

function factsOf(controller: Type<unknown>, name: string, handler: (...args: unknown[]) => unknown): { facts: RouteFacts; body?: Type<unknown>; query?: Type<unknown> } {
  const targets: object[] = [handler, controller];
  const isPublic = targets.some((target) => Reflect.getMetadata(IS_PUBLIC_KEY, target) === true);
  const interceptors = targets.flatMap((target) => (Reflect.getMetadata(INTERCEPTORS_METADATA, target) as unknown[] | undefined) ?? []);
  const guards = targets.flatMap((target) => (Reflect.getMetadata(GUARDS_METADATA, target) as unknown[] | undefined) ?? []);
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) as Record<string, RouteArg> | undefined) ?? {};
  const { body, query } = requestDtosOf(controller, name);
  const params: Record<string, ParamSchema> = {};
  for (const [key, arg] of Object.entries(args)) {
    if (key.split(':')[0] !== String(RouteParamtypes.PARAM) || typeof arg.data !== 'string') continue;
    const schema = paramSchemaOf(arg.pipes ?? []);
    if (schema) params[arg.data] = schema;
  }
  return {
    facts: {
      public: isPublic,
      idempotent: interceptors.some((i) => i === IdempotencyInterceptor || i instanceof IdempotencyInterceptor),
      // Guards other than the global AuthGuard are rate limits today (DevTokenRateLimitGuard).
      rateLimited: guards.some((g) => typeof g === 'function' && /RateLimit/.test(g.name)),
      ...(body ? { body: schemaName(body) } : {}),
      ...(query ? { query: schemaName(query) } : {}),
      ...(Object.keys(params).length > 0 ? { params } : {}),
    },
    ...(body ? { body } : {}),
    ...(query ? { query } : {}),
  };
}

/** The component name SwaggerModule gives a class: its @ApiSchema name, else the class name. */
export function schemaName(type: Type<unknown>): string {
  // As SchemaObjectFactory.getSchemaMetadata reads it: the class's own, last @ApiSchema wins.
  const schemas = (Reflect.getOwnMetadata('swagger/apiSchema', type) as Array<{ name?: string }> | undefined) ?? [];
  return schemas[schemas.length - 1]?.name ?? type.name;
}
