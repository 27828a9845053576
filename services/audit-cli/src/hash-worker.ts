import { parentPort } from 'node:worker_threads';
import { hashMismatches, type HashInput } from './page-hashes';

/** A hashing thread of HashWorkers: pages in, the indexes of events whose hash does not match out. */
parentPort?.on('message', (message: { id: number; events: HashInput[]; jsonText: boolean }) => {
  parentPort?.postMessage({ id: message.id, mismatches: hashMismatches(message.events, message.jsonText) });
});
