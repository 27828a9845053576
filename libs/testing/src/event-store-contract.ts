/// <reference types="jest" />
import { appendAndReadContract } from './event-store-contract/append-and-read';
import { concurrencyContract } from './event-store-contract/concurrency';
import { globalOrderContract } from './event-store-contract/global-order';
import { hashChainContract } from './event-store-contract/hash-chain';
import type { EventStoreContractFactory, EventStoreContractSubject } from './event-store-contract/subject';
import { subscriptionContract } from './event-store-contract/subscriptions';

export type { EventStoreContractFactory, EventStoreContractSubject } from './event-store-contract/subject';
export { anEvent, idsOf, someEvents } from './event-store-contract/fixtures';
export { readAllPaged, visibleAll } from './event-store-contract/global-order';

/**
 * The EventStore port's contract, one suite for every adapter: `factory` returns a fresh, empty
 * store for each test. Call it at the top level of an adapter's *.int.spec.ts.
 */
export function eventStoreContract(name: string, factory: EventStoreContractFactory): void {
  describe(`${name} honours the EventStore contract`, () => {
    let current: EventStoreContractSubject | undefined;
    beforeEach(async () => {
      current = await factory();
    });
    afterEach(async () => {
      await current?.dispose?.();
      current = undefined;
    });
    const subject = (): EventStoreContractSubject => {
      if (!current) throw new Error('the contract subject was not created (did the factory fail?)');
      return current;
    };
    appendAndReadContract(subject);
    globalOrderContract(subject);
    subscriptionContract(subject);
    hashChainContract(subject);
    concurrencyContract(subject);
  });
}
