import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { findRepoFile } from '@hpc-access/sql';
import { checkBundleLines, hashMismatches, type HashInput, type LineResult } from './page-hashes';

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

  private constructor(count: number) {
    const script = join(__dirname, 'hash-worker.js');
    // The worker needs the compiled tree's @hpc-access/* aliases before it loads the script.
    const registerPaths = findRepoFile(join('scripts', 'register-paths.js'), __dirname);
    for (let i = 0; i < count; i++) {
      const worker = new Worker(`require(${JSON.stringify(registerPaths)}); require(${JSON.stringify(script)});`, { eval: true });
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
  static start(threads = Math.min(4, availableParallelism())): HashWorkers {
    const compiled = __filename.endsWith('.js') && existsSync(join(__dirname, 'hash-worker.js'));
    return new HashWorkers(compiled ? Math.max(threads, 0) : 0);
  }

  get threads(): number {
    return this.workers.length;
  }

  /** The indexes of the events whose hash does not match (page-hashes.ts). */
  mismatches(events: HashInput[], jsonText: boolean): Promise<number[]> {
    if (this.workers.length === 0) return Promise.resolve(hashMismatches(events, jsonText));
    return this.send({ kind: 'rows', events, jsonText }) as Promise<number[]>;
  }

  /** Bundle lines parsed and their events' hashes checked (page-hashes.ts). */
  lines(lines: string[], firstLine: number): Promise<LineResult[]> {
    if (this.workers.length === 0) return Promise.resolve(checkBundleLines(lines, firstLine));
    return this.send({ kind: 'lines', lines, firstLine }) as Promise<LineResult[]>;
  }

  private send(message: Record<string, unknown>): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, ...message });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
