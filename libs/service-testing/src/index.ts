export * from './service-harness';
export * from './intake-bodies';
