export * from './mock-kafka';
export * from './kcat';
