import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, type TransferListItem } from 'node:worker_threads';
import { findRepoFile } from '@hpc-access/sql';
import { checkBundleBlock, type BlockResult } from './bundle-blocks';
import { fullLineCheck } from './bundle-line-full';
import { hashMismatches, type HashInput } from './page-hashes';

/**
 * Hashes pages of events on other threads while this one reads the next page: hashing is most
 * of verify's work, and every event's hash can be checked alone (page-hashes.ts). Pages come
 * back in the order they went out. Runs in this thread where there is no compiled worker
 * (under ts-jest) or no second core to use.
 */
export class HashWorkers {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  private nextId = 0;

  private constructor(count: number, rows: boolean) {
    const script = join(__dirname, 'hash-worker.js');
    // The worker needs the compiled tree's @hpc-access/* aliases before it loads the script.
    const registerPaths = findRepoFile(join('scripts', 'register-paths.js'), __dirname);
    for (let i = 0; i < count; i++) {
      const worker = new Worker(`require(${JSON.stringify(registerPaths)}); require(${JSON.stringify(script)});`, { eval: true, workerData: { rows } });
      worker.on('message', ({ id, result }: { id: number; result: unknown }) => {
        this.waiting.get(id)?.resolve(result);
        this.waiting.delete(id);
      });
      worker.on('error', (error) => {
        for (const pending of this.waiting.values()) pending.reject(error);
        this.waiting.clear();
      });
      this.workers.push(worker);
    }
  }

  /**
   * One per core, at most 4 (the reading thread mostly waits for the database and the hashing,
   * so it does not need a core of its own); none when not compiled.
   */
  static start(threads = Math.min(4, availableParallelism()), options: { rows?: boolean } = {}): HashWorkers {
    const compiled = __filename.endsWith('.js') && existsSync(join(__dirname, 'hash-worker.js'));
    return new HashWorkers(compiled ? Math.max(threads, 0) : 0, options.rows ?? false);
  }

  /**
   * Threads for a bundle of `bytes`: none under 256 MiB. The short path (bundle-blocks.ts) checks
   * an event in export's form in about twice a bare JSON.parse of its line, while starting a
   * thread and loading its code costs 0.1 to 0.5 s of CPU and the results must cross back: on a
   * 58 MB bundle of 50,000 events on a loaded 2-core machine, 0 threads ran at 52,000 to 58,000
   * events/s, 1 at 28,000 to 41,000, 2 at 19,000 to 25,000. Above that, one per core beyond this
   * one, at most 3. `HPC_AUDIT_HASH_THREADS` (a whole number) decides instead.
   */
  static forBundle(bytes: number, env: NodeJS.ProcessEnv = process.env): number {
    const forced = env.HPC_AUDIT_HASH_THREADS;
    if (forced !== undefined && /^[0-9]+$/.test(forced)) return Number(forced);
    return bytes < 256 * 1024 * 1024 ? 0 : Math.min(3, availableParallelism() - 1);
  }

  get threads(): number {
    return this.workers.length;
  }

  /** The indexes of the events whose hash does not match (page-hashes.ts). */
  mismatches(events: HashInput[], jsonText: boolean): Promise<number[]> {
    if (this.workers.length === 0) return Promise.resolve(hashMismatches(events, jsonText));
    return this.send({ kind: 'rows', events, jsonText }) as Promise<number[]>;
  }

  /**
   * A block of bundle lines (from byte `start`) parsed and its events' hashes checked
   * (bundle-blocks.ts). The block's memory moves to the hashing thread: the caller must not
   * touch it afterwards (it reads as empty here).
   */
  block(block: Buffer, start: number, firstLine: number): Promise<BlockResult> {
    if (this.workers.length === 0) return Promise.resolve(checkBundleBlock(block, start, firstLine, fullLineCheck));
    const whole = block.byteOffset === 0 && block.length === block.buffer.byteLength;
    // A block that shares its memory (a pooled small buffer) is copied once; readBundle's are their own.
    const bytes = (whole ? block.buffer : block.buffer.slice(block.byteOffset, block.byteOffset + block.length)) as ArrayBuffer;
    return this.send({ kind: 'block', block: bytes, start, firstLine }, [bytes]) as Promise<BlockResult>;
  }

  private send(message: Record<string, unknown>, transfer: TransferListItem[] = []): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, ...message }, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
