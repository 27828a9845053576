import { assertNever, conflict, forbidden, notFound, type CommandContext, type Decider } from '@hpc-access/eventsourcing';
import { evolveBreachReport, initialBreachReportState, type BreachReportEvent, type BreachReportState } from './breach-report';

/** Facts: whether governance knows the organisation reported on. */
export type FileBreachReport = {
  type: 'FileBreachReport';
  data: { reportId: string; organisationId: string; description: string; evidenceLinks: string[]; facts: { organisationKnown: boolean } };
  context: CommandContext;
};
export type DecideBreachReport = { type: 'DecideBreachReport'; data: { decision: 'confirmed' | 'dismissed'; note: string }; context: CommandContext };
export type BreachReportCommand = FileBreachReport | DecideBreachReport;

export function decideBreachReport(command: BreachReportCommand, state: BreachReportState): BreachReportEvent[] {
  const { actor, now } = command.context;
  switch (command.type) {
    case 'FileBreachReport': {
      if (state.status !== 'none') throw conflict('report-exists', `breach report ${command.data.reportId} exists already`);
      const { facts, ...report } = command.data;
      if (!facts.organisationKnown) throw notFound('organisation-not-found', `organisation ${report.organisationId} is not known to governance`);
      return [{ type: 'BreachReportFiled', data: { ...report, filedBy: actor.id, filedRole: actor.role, filedAt: now.toISOString() } }];
    }
    case 'DecideBreachReport': {
      if (state.status === 'none') throw notFound('breach-report-not-found', 'this breach report does not exist');
      if (state.status !== 'open') throw conflict('report-decided', `the report was ${state.status} already`);
      // Separation of duties: whoever filed a report does not decide it, nor anyone of the organisation.
      if (state.report.filedBy === actor.id) throw forbidden('own-report', 'a breach report is decided by someone other than who filed it');
      if (actor.organisationId === state.report.organisationId) throw forbidden('own-organisation', 'nobody decides on their own organisation');
      const decision = { reportId: state.report.reportId, organisationId: state.report.organisationId, note: command.data.note, decidedBy: actor.id, decidedAt: now.toISOString() };
      return [{ type: command.data.decision === 'confirmed' ? 'BreachReportConfirmed' : 'BreachReportDismissed', data: decision }];
    }
    default:
      return assertNever(command);
  }
}

export const breachReportDecider: Decider<BreachReportCommand, BreachReportState, BreachReportEvent> = {
  initialState: initialBreachReportState,
  evolve: evolveBreachReport,
  decide: decideBreachReport,
};
