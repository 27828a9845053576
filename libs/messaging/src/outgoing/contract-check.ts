import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IntegrationEvent } from '@hpc-access/contracts';
import { contractProblems } from './contract-problems';

export interface CheckRequest {
  id: number;
  /** The messages as one JSON array: a string crosses to the worker far cheaper than objects (structured clone). */
  json: string;
}

export type CheckReply = { id: number; problems: Array<string | null> } | { id: number; failure: string };

/** Judges outgoing messages against the contracts: per message, null or its problems. */
export interface ContractCheck {
  problems(messages: IntegrationEvent[]): Promise<Array<string | null>>;
}

/** On the caller's thread: for code run from TypeScript sources, where no compiled worker exists. */
export const inThreadContractCheck: ContractCheck = {
  problems: (messages) => Promise.resolve(contractProblems(messages)),
};

const WORKER_FILE = join(__dirname, 'contract-check-worker.js');

/**
 * The check on a thread of its own. Validation with class-validator costs more CPU per message
 * than encoding and producing it; on the event loop it capped the relay's throughput and delayed
 * the HTTP requests of the same process. The worker takes it to another core: the relay reads and
 * publishes while the next batch is checked. One worker per process, shared by its relays (the
 * embedded platform has five); idle, it does not keep the process alive. A worker that dies fails the
 * checks in hand (the relay retries them) and the next check starts a new one.
 */
export class WorkerContractCheck implements ContractCheck {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(problems: Array<string | null>): void; reject(error: Error): void }>();

  constructor(private readonly file: string) {}

  problems(messages: IntegrationEvent[]): Promise<Array<string | null>> {
    const worker = this.running();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // Held while a check is in hand, so its answer is awaited; idle, it keeps nothing alive.
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, json: JSON.stringify(messages) } satisfies CheckRequest);
    });
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file);
    worker.on('message', (reply: CheckReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('failure' in reply) waiting?.reject(new Error(`contract check failed: ${reply.failure}`));
      else waiting?.resolve(reply.problems);
    });
    const gone = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', gone);
    worker.on('exit', (code) => gone(new Error(`contract check worker exited with ${code}`)));
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

let shared: ContractCheck | null = null;

/** The process's check: on a worker thread when running compiled, else on this thread. */
export function sharedContractCheck(): ContractCheck {
  shared ??= existsSync(WORKER_FILE) ? new WorkerContractCheck(WORKER_FILE) : inThreadContractCheck;
  return shared;
}
