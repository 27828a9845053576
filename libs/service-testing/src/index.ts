export * from './service-harness';
export * from './intake-bodies';
export * from './hosting-sites';
