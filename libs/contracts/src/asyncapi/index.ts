export * from './asyncapi-document';
export * from './cloud-event-headers';
export * from './payload-schemas';
export * from './subscriptions';
export * from './published-schemas';
