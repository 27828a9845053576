import type { AwardDecision } from '../../allocations/domain/allocation';
import type { ApplicationState } from './allocation-application';

/**
 * Who decided an award (issue 16): the rule of the continuous modes (first come, first served
 * once everything is clear), or the committee whose scores ranked it, at a cut-off or later on
 * the reserve list. Never whoever's request happened to complete the application.
 */
export function awardDecision(app: Pick<ApplicationState, 'scoredBy'>, how: { kind: 'hold' | 'cut-off' | 'reserve-list' }): AwardDecision {
  if (how.kind === 'hold') return { kind: 'rule', rule: 'first-come-first-served', decidedBy: [] };
  return { kind: 'committee', rule: how.kind === 'cut-off' ? 'cut-off-ranking' : 'reserve-list', decidedBy: app.scoredBy ? [app.scoredBy] : [] };
}
