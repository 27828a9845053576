export * from './service-definition';
export * from './start-service';
export * from './run-service';
export * from './history-verdict-watch';
