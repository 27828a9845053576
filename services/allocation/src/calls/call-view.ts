import type { CallState } from './domain/call';

/** One call as its stream has it, its cut-offs marked passed once ranked. */
export const callView = (state: CallState, revision: number) => ({
  callId: state.callId,
  mode: state.mode,
  cutOffs: state.cutOffs.map((at, index) => ({ index, at, passed: state.rankings[index] !== undefined, committeeOrder: state.orders[index]?.order ?? null, committeeOrderReason: state.orders[index]?.reason ?? null })),
  revision,
});
