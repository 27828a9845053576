// The audit bundle (ADR 30): its format, its signed manifest, the store's snapshot reader, and
// the one writer that `hpc-audit export` and the audit service's export route share.
export * from './stored-event';
export * from './bundle-format';
export * from './bundle-manifest';
export * from './database-source';
export * from './bundle-writer';
