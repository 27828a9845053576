import { assertNever, conflict, invalid, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import type { AccessMode } from '@hpc-access/contracts';
import type { RankEntry } from './ranking';

/** A Large Scale call: its cut-offs, and the ranking recorded at each. */
export interface CallState {
  callId: string | null;
  mode: AccessMode | null;
  cutOffs: string[];
  rankings: Record<number, { cutOffAt: string; entries: RankEntry[] }>;
  /** The committee's order of the ready applications for a cut-off not yet passed (ADR 35); the latest counts. */
  orders: Record<number, { order: string[]; reason: string }>;
}

export type CallEvent =
  | { type: 'CallOpened'; data: { callId: string; mode: AccessMode; cutOffs: string[]; openedAt: string } }
  | { type: 'CutOffPassed'; data: { callId: string; index: number; cutOffAt: string; ranking: RankEntry[] } }
  | { type: 'RankingOrderSet'; data: { callId: string; index: number; order: string[]; reason: string; setAt: string } };

export type CallCommand =
  | { type: 'OpenCall'; data: { callId: string; mode: AccessMode; cutOffs: string[] }; context: CommandContext }
  | { type: 'RecordCutOff'; data: { index: number; ranking: RankEntry[] }; context: CommandContext }
  /** `ranked`: the applications the cut-off would rank now; `order` must be a permutation of them. */
  | { type: 'SetRankingOrder'; data: { index: number; order: string[]; ranked: string[]; reason: string }; context: CommandContext };

export const callStreamId = (callId: string): string => `allocation-call-${callId}`;

/** Cut-offs are at 10:00 in Brussels (CET, or CEST in summer). */
export function isTenInBrussels(iso: string): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return parts === '10:00:00';
}

function evolve(state: CallState, event: CallEvent): CallState {
  switch (event.type) {
    case 'CallOpened':
      return { ...state, callId: event.data.callId, mode: event.data.mode, cutOffs: event.data.cutOffs };
    case 'CutOffPassed':
      return { ...state, rankings: { ...state.rankings, [event.data.index]: { cutOffAt: event.data.cutOffAt, entries: event.data.ranking } } };
    case 'RankingOrderSet':
      return { ...state, orders: { ...state.orders, [event.data.index]: { order: event.data.order, reason: event.data.reason } } };
  }
}

function decide(command: CallCommand, state: CallState): CallEvent[] {
  const now = command.context.now;
  switch (command.type) {
    case 'OpenCall': {
      if (state.callId) throw conflict('call-exists', 'the call exists already');
      const { mode, cutOffs } = command.data;
      if (mode !== 'large-scale') throw invalid('continuous-mode', 'Playground and Fast Lane are always open: only Large Scale has calls', 'mode');
      const sorted = cutOffs.map((c) => new Date(c).toISOString()).sort();
      if (new Set(sorted).size !== sorted.length) throw invalid('duplicate-cut-off', 'each cut-off appears once', 'cutOffs');
      if (sorted.some((c) => new Date(c) <= now)) throw invalid('cut-off-in-past', 'cut-offs must lie in the future', 'cutOffs');
      if (!sorted.every(isTenInBrussels)) throw invalid('cut-off-not-ten', 'cut-offs are at 10:00 CET (Brussels time)', 'cutOffs');
      return [{ type: 'CallOpened', data: { callId: command.data.callId, mode, cutOffs: sorted, openedAt: now.toISOString() } }];
    }
    case 'RecordCutOff': {
      if (!state.callId) throw notFound('call-not-found', 'no such call');
      const cutOffAt = state.cutOffs[command.data.index];
      if (cutOffAt === undefined) throw notFound('cut-off-not-found', `the call has no cut-off ${command.data.index}`);
      if (state.rankings[command.data.index]) return [];
      return [{ type: 'CutOffPassed', data: { callId: state.callId, index: command.data.index, cutOffAt, ranking: command.data.ranking } }];
    }
    case 'SetRankingOrder': {
      if (!state.callId) throw notFound('call-not-found', 'no such call');
      const { index, order, ranked, reason } = command.data;
      if (state.cutOffs[index] === undefined) throw notFound('cut-off-not-found', `the call has no cut-off ${index}`);
      if (state.rankings[index]) throw conflict('cut-off-passed', `cut-off ${index} has passed: its ranking is recorded and awarded`);
      if (reason.trim().length < 3) throw invalid('reason-missing', 'say why the order differs from the scores', 'reason');
      if (!isPermutation(order, ranked)) throw invalid('not-a-permutation', 'the order must list each application the cut-off ranks now exactly once', 'order');
      return [{ type: 'RankingOrderSet', data: { callId: state.callId, index, order, reason: reason.trim(), setAt: now.toISOString() } }];
    }
    default:
      return assertNever(command);
  }
}

function isPermutation(order: readonly string[], ranked: readonly string[]): boolean {
  return order.length === ranked.length && new Set(order).size === order.length && ranked.every((id) => order.includes(id));
}

export const callDecider: Decider<CallCommand, CallState, CallEvent> = {
  initialState: () => ({ callId: null, mode: null, cutOffs: [], rankings: {}, orders: {} }),
  evolve,
  decide,
};
