export * from './problem.schema';
export * from './responses';
export * from './organisation-id';
export * from './document';
export { PARAM_SCHEMA, UUID_PATTERN, patternParamPipe, requestDtosOf, routeHandlers, type ParamSchema } from './route-facts';
export * from './response-headers';
