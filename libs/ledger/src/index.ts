// The audit ledger's pure parts: RFC 9162 Merkle trees and proofs, C2SP checkpoints and notes,
// and the leaf data of an event. No I/O; the audit service and the auditor's tool share them.
export * from './hashing';
export * from './merkle-tree';
export * from './compact-range';
export * from './proofs';
export * from './note-keys';
export * from './checkpoint-note';
export * from './event-leaf';
export * from './key-ring';
