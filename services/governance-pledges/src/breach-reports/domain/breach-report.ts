import type { DomainEvent } from '@hpc-access/eventsourcing';

export type BreachReportStatus = 'open' | 'confirmed' | 'dismissed';

// ---- events ----------------------------------------------------------------------------------
export type BreachReportFiled = DomainEvent<'BreachReportFiled', {
  reportId: string;
  organisationId: string;
  description: string;
  evidenceLinks: string[];
  filedBy: string;
  filedRole: string;
  filedAt: string;
}>;
type Decision = { reportId: string; organisationId: string; note: string; decidedBy: string; decidedAt: string };
/** The officer confirmed the report: the organisation's stream records a PledgeBreached with this id. */
export type BreachReportConfirmed = DomainEvent<'BreachReportConfirmed', Decision>;
export type BreachReportDismissed = DomainEvent<'BreachReportDismissed', Decision>;
export type BreachReportEvent = BreachReportFiled | BreachReportConfirmed | BreachReportDismissed;

// ---- state -----------------------------------------------------------------------------------
export interface FiledBreachReport {
  status: BreachReportStatus;
  report: BreachReportFiled['data'];
  decision: Decision | null;
}
export type BreachReportState = { status: 'none' } | FiledBreachReport;

export const initialBreachReportState = (): BreachReportState => ({ status: 'none' });

export function evolveBreachReport(state: BreachReportState, event: BreachReportEvent): BreachReportState {
  switch (event.type) {
    case 'BreachReportFiled':
      return { status: 'open', report: event.data, decision: null };
    case 'BreachReportConfirmed':
      return state.status === 'none' ? state : { ...state, status: 'confirmed', decision: event.data };
    case 'BreachReportDismissed':
      return state.status === 'none' ? state : { ...state, status: 'dismissed', decision: event.data };
  }
}

export const breachReportStreamId = (reportId: string): string => `breach-report-${reportId}`;
