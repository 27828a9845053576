export * from './scheduled-commands';
export * from './scheduler';
export * from './scheduler.module';
