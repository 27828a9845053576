import { parentPort } from 'node:worker_threads';
import { checkBundleLines, hashMismatches, type HashInput } from './page-hashes';

type Message = { id: number; kind: 'rows'; events: HashInput[]; jsonText: boolean } | { id: number; kind: 'lines'; lines: string[]; firstLine: number };

/** A hashing thread of HashWorkers: pages of rows or bundle lines in, what does not match out. */
parentPort?.on('message', (message: Message) => {
  const result = message.kind === 'rows' ? hashMismatches(message.events, message.jsonText) : checkBundleLines(message.lines, message.firstLine);
  parentPort?.postMessage({ id: message.id, result });
});
