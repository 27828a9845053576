import { parentPort } from 'node:worker_threads';
import { problemsOfJson } from './contract-problems';
import type { CheckReply, CheckRequest } from './contract-check';

// The thread that checks outgoing messages against the contracts (see ContractCheck).
parentPort?.on('message', ({ id, json }: CheckRequest) => {
  let reply: CheckReply;
  try {
    reply = { id, problems: problemsOfJson(json) };
  } catch (error) {
    reply = { id, failure: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
