// The metadata keys @nestjs/common and @nestjs/swagger keep routes and their documentation under
// (their constants modules are not exported).
const ROUTE_METHOD = 'method';
const API_OPERATION = 'swagger/apiOperation';
const API_RESPONSE = 'swagger/apiResponse';

export interface RouteOperation {
  /** `<Controller>.<method>`, to name it in a failure. */
  route: string;
  operationId?: string;
  summary?: string;
  /** Whether a 2xx answer is declared with a type or a schema. */
  documentsSuccess: boolean;
}

/**
 * The OpenAPI operations of some controllers, read from their decorators without starting an app:
 * a service's unit spec checks its own routes' ids against its compile-time view checks (ExactView),
 * beside the platform-wide check of the generated document.
 */
export function routeOperations(controllers: ReadonlyArray<abstract new (...args: never[]) => unknown>): RouteOperation[] {
  return controllers.flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype).flatMap((name) => {
      const handler = (controller.prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function' || Reflect.getMetadata(ROUTE_METHOD, handler) === undefined) return [];
      const operation = (Reflect.getMetadata(API_OPERATION, handler) ?? {}) as { operationId?: string; summary?: string };
      const responses = (Reflect.getMetadata(API_RESPONSE, handler) ?? {}) as Record<string, { type?: unknown; schema?: unknown }>;
      const documentsSuccess = Object.entries(responses).some(([status, r]) => /^2\d\d$/.test(status) && (r.type !== undefined || r.schema !== undefined));
      return [{ route: `${controller.name}.${name}`, operationId: operation.operationId, summary: operation.summary, documentsSuccess }];
    }),
  );
}

/** The routes among `operations` whose id is not `<service>.<verbNoun>`, lack a summary or a documented success answer. */
export function undocumentedOperations(service: string, operations: RouteOperation[]): string[] {
  const idForm = new RegExp(`^${service}\\.[a-z][A-Za-z]+$`);
  return operations.filter((o) => !idForm.test(o.operationId ?? '') || !o.summary || !o.documentsSuccess).map((o) => o.route);
}
