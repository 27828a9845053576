import { api, unwrap, type Schemas } from '../../api/client';
import { allPages } from '../../components/all-pages';
import type { EntityKind } from './history-search';

export type HistoryEntry = Schemas['HistoryEntry'];

type HistoryPage = { page: number; pageSize: number; total: number; events: HistoryEntry[] };

/** Histories page as the lists do (`page`, `pageSize`, `total`): the auditor reads every page. */
export const wholeHistory = (fetchPage: (query: { page: number; pageSize: number }) => Promise<HistoryPage>): Promise<HistoryEntry[]> =>
  allPages(async (page, pageSize) => {
    const answer = await fetchPage({ page, pageSize });
    return { page: answer.page, pageSize: answer.pageSize, total: answer.total, items: answer.events };
  }, 10_000);

/** The history of one entity from the service that keeps it. */
export async function fetchHistory(kind: EntityKind, id: string): Promise<HistoryEntry[]> {
  switch (kind) {
    case 'application':
      return wholeHistory(async (query) => unwrap(await api.GET('/api/applications/{id}/history', { params: { path: { id }, query } })));
    case 'intake-organisation':
      return wholeHistory(async (query) => unwrap(await api.GET('/api/organisations/{id}/history', { params: { path: { id }, query } })));
    case 'breach-report':
      return wholeHistory(async (query) => unwrap(await api.GET('/api/governance/breach-reports/{reportId}/history', { params: { path: { reportId: id }, query } })));
    case 'call':
      return wholeHistory(async (query) => unwrap(await api.GET('/api/allocation/calls/{id}/history', { params: { path: { id }, query } })));
    case 'capacity-ledger': {
      const [system = '', partition = ''] = id.split('/');
      return wholeHistory(async (query) => unwrap(await api.GET('/api/allocation/capacity/{system}/{partition}/history', { params: { path: { system, partition }, query } })));
    }
    case 'ethics-case':
      return wholeHistory(async (query) => unwrap(await api.GET('/api/ethics/cases/{id}/history', { params: { path: { id }, query } })));
    case 'organisation':
      return wholeHistory(async (query) => unwrap(await api.GET('/api/governance/organisations/{organisationId}/history', { params: { path: { organisationId: id }, query } })));
    case 'allocation-application':
      return wholeHistory(async (query) => unwrap(await api.GET('/api/allocation/applications/{id}/history', { params: { path: { id }, query } })));
    case 'allocation':
      return wholeHistory(async (query) => unwrap(await api.GET('/api/allocation/allocations/{id}/history', { params: { path: { id }, query } })));
    case 'account':
      return wholeHistory(async (query) => unwrap(await api.GET('/api/accounting/allocations/{id}/history', { params: { path: { id }, query } })));
  }
}

export interface EntityOption {
  value: string;
  label: string;
}

const PAGE = { page: 1, pageSize: 100 };

/** The entities of a kind to pick from (the 100 most recent; any other id can be typed). */
export async function fetchEntities(kind: EntityKind): Promise<EntityOption[]> {
  switch (kind) {
    case 'application':
      return unwrap(await api.GET('/api/applications', { params: { query: PAGE } })).items.map((a) => ({ value: a.applicationId, label: `${a.title ?? a.applicationId} (${a.organisationId})` }));
    // Intake has no list of organisations: governance's holds the same ids.
    case 'intake-organisation':
      return unwrap(await api.GET('/api/governance/organisations', { params: { query: PAGE } })).items.map((o) => ({ value: o.organisationId, label: o.legalName ?? o.organisationId }));
    case 'breach-report':
      return unwrap(await api.GET('/api/governance/breach-reports', { params: { query: PAGE } })).items.map((r) => ({ value: r.reportId, label: `${r.organisationId} · ${r.reportId.slice(0, 8)}` }));
    case 'call':
      return unwrap(await api.GET('/api/allocation/calls', { params: { query: PAGE } })).items.map((c) => ({ value: c.callId, label: `${c.mode} · ${c.callId.slice(0, 8)}` }));
    case 'capacity-ledger':
      return unwrap(await api.GET('/api/allocation/capacity')).partitions.map((p) => ({ value: `${p.system}/${p.partition}`, label: `${p.system} / ${p.partition}` }));
    case 'ethics-case':
      return unwrap(await api.GET('/api/ethics/cases', { params: { query: PAGE } })).items.map((c) => ({ value: c.caseId, label: `${c.organisationId} · ${c.caseId.slice(0, 8)}` }));
    case 'organisation':
      return unwrap(await api.GET('/api/governance/organisations', { params: { query: PAGE } })).items.map((o) => ({ value: o.organisationId, label: o.legalName ?? o.organisationId }));
    case 'allocation-application':
      return unwrap(await api.GET('/api/allocation/applications', { params: { query: PAGE } })).items.map((a) => ({ value: a.applicationId, label: `${a.organisationId} · ${a.applicationId.slice(0, 8)}` }));
    case 'allocation':
      return unwrap(await api.GET('/api/allocation/allocations', { params: { query: PAGE } })).items.map((a) => ({ value: a.allocationId, label: `${a.projectId} (${a.organisationId})` }));
    case 'account':
      return unwrap(await api.GET('/api/accounting/allocations', { params: { query: PAGE } })).items.map((a) => ({ value: a.allocationId, label: `${a.projectId} (${a.organisationId})` }));
  }
}
