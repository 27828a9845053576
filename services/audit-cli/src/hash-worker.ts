import { parentPort, workerData } from 'node:worker_threads';
import { checkBundleBlock, type FullLineCheck } from './bundle-blocks';
import type { HashInput } from './page-hashes';

type Message = { id: number; kind: 'rows'; events: HashInput[]; jsonText: boolean } | { id: number; kind: 'block'; block: ArrayBuffer; start: number; firstLine: number };

// Loaded at the first need: the libraries behind them (the event store's, the bundle's) cost a
// thread a good part of a second to load, and a bundle in export's form never needs them.
let full: FullLineCheck | undefined;
// A database's rows always need them: loaded while the first page is read.
const rows = (workerData as { rows?: boolean } | undefined)?.rows ? import('./page-hashes') : undefined;

async function answer(message: Message): Promise<unknown> {
  if (message.kind === 'rows') return (await (rows ?? import('./page-hashes'))).hashMismatches(message.events, message.jsonText);
  const block = new Uint8Array(message.block);
  return checkBundleBlock(block, message.start, message.firstLine) ?? checkBundleBlock(block, message.start, message.firstLine, (full ??= (await import('./bundle-line-full')).fullLineCheck));
}

/** A hashing thread of HashWorkers: pages of rows or blocks of bundle lines in, what does not match out. */
parentPort?.on('message', (message: Message) => {
  void answer(message).then((result) => parentPort?.postMessage({ id: message.id, result }));
});
