import { Inject, Injectable } from '@nestjs/common';
import type { AccessMode } from '@hpc-access/contracts';
import { fold, notFound, type CommandContext, type EventStore, type RecordedEvent } from '@hpc-access/eventsourcing';
import { ALLOCATION_STORE } from '../allocation.tokens';
import { DEADLINES } from '../shared/deadlines';
import { UnitOfWork, type Trace } from '../shared/unit-of-work';
import { callDecider, callStreamId, type CallEvent, type CallState } from './domain/call';
import { RunCutOff } from './run-cut-off/run-cut-off';

/** Large Scale calls: reading one, opening one with its cut-offs (each cut-off's run is calls/run-cut-off). */
@Injectable()
export class CallCommands {
  constructor(
    private readonly units: UnitOfWork,
    @Inject(ALLOCATION_STORE) private readonly store: EventStore,
    private readonly cutOff: RunCutOff,
  ) {}

  async load(callId: string): Promise<{ state: CallState; revision: number; events: RecordedEvent[] }> {
    const events = await this.store.readStream(callStreamId(callId));
    if (events.length === 0) throw notFound('call-not-found', `no call ${callId}`);
    return { state: fold(callDecider, events.map((e) => ({ type: e.type, data: e.data }) as CallEvent)), revision: events.length - 1, events };
  }

  /** Opens the call; each cut-off becomes a persisted deadline in the same transaction. */
  open(callId: string, mode: AccessMode, cutOffs: string[], context: CommandContext, trace: Trace): Promise<{ state: CallState; revision: number }> {
    return this.units.run(trace, async (w) => {
      const result = await w.exec(callDecider, callStreamId(callId), { type: 'OpenCall', data: { callId, mode, cutOffs }, context });
      for (const [index, at] of result.state.cutOffs.entries()) {
        await w.schedule(DEADLINES.cutOff(callId, index), 'RunCutOff', new Date(at), { callId, index }, context.now);
      }
      return { state: result.state, revision: result.revision };
    });
  }

  /** The committee's order for a cut-off not yet passed: a permutation of what the cut-off ranks now (ADR 35). */
  setRankingOrder(callId: string, index: number, order: string[], reason: string, context: CommandContext, trace: Trace, expectedRevision?: number): Promise<{ state: CallState; revision: number }> {
    return this.units.run(trace, async (w) => {
      const ranked = (await this.cutOff.candidates(w)).map((c) => c.applicationId);
      const result = await w.exec(callDecider, callStreamId(callId), { type: 'SetRankingOrder', data: { index, order, ranked, reason }, context }, expectedRevision);
      return { state: result.state, revision: result.revision };
    });
  }

}
