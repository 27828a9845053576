export * from './configuration-decider';
export * from './versioned-configuration';
export * from './seed-file';
