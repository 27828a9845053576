export * from './naming';
export * from './integration-event';
export * from './governance';
export * from './intake';
export * from './registry';
export * from './validation';
