// class-transformer's @Type reads design-time types: the metadata polyfill loads before any contract.
import 'reflect-metadata';
export * from './naming';
export * from './integration-event';
export * from './governance';
export * from './intake';
export * from './ethics';
export * from './allocation';
export * from './accounting';
export * from './registry';
export * from './validation';
export * from './asyncapi';
