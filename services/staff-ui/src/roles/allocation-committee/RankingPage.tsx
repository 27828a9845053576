import { Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { allPages } from '../../components/all-pages';
import { OutcomeBadge, PartitionBoard, type Candidate } from './PartitionBoard';
import { followOrder, weaveOrders } from './committee-order';
import { byScore, capacityLineIndex } from './ranking-plan';
import { SaveOrderForm } from './SaveOrderForm';
import type { RankingSearch } from './ranking-search';

/** `/allocation-committee/ranking?callId&cutOff`: the Large Scale ranking board of a cut-off. */
export function RankingPage({ search, onSearch }: { search: RankingSearch; onSearch: (next: RankingSearch) => void }) {
  const { t } = useTranslation('allocation-committee');
  const calls = useQuery({
    queryKey: ['allocation-calls'],
    queryFn: async () => (await allPages((page, pageSize) => api.GET('/api/allocation/calls', { params: { query: { page, pageSize } } }).then(unwrap))).filter((c) => c.mode === 'large-scale'),
  });
  const callId = search.callId ?? calls.data?.[0]?.callId;
  const call = useQuery({
    queryKey: ['allocation-call', callId],
    enabled: callId !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/allocation/calls/{id}', { params: { path: { id: callId as string } } })),
  });
  const cutOffs = call.data?.cutOffs ?? [];
  const cutOff = cutOffs.find((c) => c.index === search.cutOff) ?? cutOffs.find((c) => !c.passed) ?? cutOffs.at(-1);
  return (
    <Stack maw={1200}>
      <Title order={1} size="h2">
        {t('ranking.title')}
      </Title>
      <QueryState query={calls}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('ranking.noCalls')}</Text>
          ) : (
            <Group>
              <Select
                label={t('ranking.call')}
                data={list.map((c) => ({ value: c.callId, label: `${formatDate(c.openedAt)} · ${c.callId.slice(-8)}` }))}
                value={callId ?? null}
                onChange={(value) => value && onSearch({ callId: value })}
                allowDeselect={false}
              />
              <Select
                label={t('ranking.cutOff')}
                data={cutOffs.map((c) => ({ value: String(c.index), label: t('ranking.cutOffOption', { date: formatDate(c.at), state: t(c.passed ? 'ranking.passed' : 'ranking.upcoming') }) }))}
                value={cutOff ? String(cutOff.index) : null}
                onChange={(value) => value !== null && onSearch({ ...(callId ? { callId } : {}), cutOff: Number(value) })}
                allowDeselect={false}
                disabled={cutOffs.length === 0}
              />
            </Group>
          )
        }
      </QueryState>
      {callId &&
        cutOff &&
        call.data &&
        (cutOff.passed ? (
          <RecordedRanking callId={callId} index={cutOff.index} />
        ) : (
          <PlannedBoard key={`${callId}:${cutOff.index}`} callId={callId} index={cutOff.index} revision={call.data.revision} cutOffAt={cutOff.at} committeeOrder={cutOff.committeeOrder} committeeOrderReason={cutOff.committeeOrderReason} />
        ))}
    </Stack>
  );
}

/** After the cut-off: the ranking as recorded, with the outcomes the run gave and the line after the last award. */
function RecordedRanking({ callId, index }: { callId: string; index: number }) {
  const { t } = useTranslation('allocation-committee');
  const ranking = useQuery({ queryKey: ['allocation-ranking', callId, index], queryFn: async () => unwrap(await api.GET('/api/allocation/calls/{id}/cut-offs/{index}/ranking', { params: { path: { id: callId, index } } })) });
  return (
    <QueryState query={ranking}>
      {(r) => {
        const line = capacityLineIndex(r.entries.map((e) => ({ outcome: e.outcome === 'awarded' || e.outcome === 'partial' ? e.outcome : 'reserve' })));
        return (
          <Card withBorder>
            <Text c="dimmed" mb="sm">
              {t('ranking.recordedIntro')}
            </Text>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ranking.rank')}</Table.Th>
                  <Table.Th>{t('ranking.application')}</Table.Th>
                  <Table.Th ta="right">{t('ranking.score')}</Table.Th>
                  <Table.Th ta="right">{t('ranking.awardedGpuHours')}</Table.Th>
                  <Table.Th>{t('ranking.outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.entries.flatMap((e, i) => {
                  const row = (
                    <Table.Tr key={e.applicationId}>
                      <Table.Td>{e.rank}</Table.Td>
                      <Table.Td>
                        {e.organisationId} · {e.applicationId.slice(-8)}
                      </Table.Td>
                      <Table.Td ta="right">{e.weightedScore.toFixed(2)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(e.gpuHours)}</Table.Td>
                      <Table.Td>
                        <OutcomeBadge outcome={e.outcome} />
                      </Table.Td>
                    </Table.Tr>
                  );
                  return line === i ? [<CapacityLine key="line" />, row] : [row];
                })}
                {line === r.entries.length && <CapacityLine />}
              </Table.Tbody>
            </Table>
          </Card>
        );
      }}
    </QueryState>
  );
}

function CapacityLine() {
  const { t } = useTranslation('allocation-committee');
  return (
    <Table.Tr data-testid="capacity-line">
      <Table.Td colSpan={5} p={0}>
        <Text size="sm" fw={700} c="red.8" ta="center" style={{ borderTop: '3px dashed var(--mantine-color-red-7)' }}>
          {t('ranking.capacityLine')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * Before the cut-off: each partition's candidates (awaiting the cut-off or on the reserve list) with
 * their scores and the partition's free capacity, in the committee's saved order (ADR 35) until
 * it is changed here; saving sends every partition's order woven into one.
 */
function PlannedBoard(props: { callId: string; index: number; revision: number; cutOffAt: string; committeeOrder: string[] | null; committeeOrderReason: string | null }) {
  const { callId, index, revision, cutOffAt, committeeOrder, committeeOrderReason } = props;
  const { t } = useTranslation('allocation-committee');
  const [orders, setOrders] = useState<Record<string, Candidate[]>>({});
  const board = useQuery({
    queryKey: ['allocation-board', cutOffAt],
    queryFn: async () => {
      const list = (status: 'awaiting-cut-off' | 'reserve') => allPages((page, pageSize) => api.GET('/api/allocation/applications', { params: { query: { mode: 'large-scale', status, page, pageSize } } }).then(unwrap));
      const [waiting, reserve, configuration, capacity] = await Promise.all([
        list('awaiting-cut-off'),
        list('reserve'),
        api.GET('/api/allocation/configuration').then(unwrap),
        api.GET('/api/allocation/capacity', { params: { query: { from: cutOffAt.slice(0, 7), months: 12 } } }).then(unwrap),
      ]);
      const details = await Promise.all([...waiting, ...reserve].map((a) => api.GET('/api/allocation/applications/{id}', { params: { path: { id: a.applicationId } } }).then(unwrap)));
      const candidates: Array<Candidate & { system: string; partition: string }> = [...waiting, ...reserve].map((a, i) => ({
        applicationId: a.applicationId,
        organisationId: a.organisationId,
        submittedAt: a.submittedAt,
        system: a.system ?? '—',
        partition: a.partition ?? '—',
        gpuHours: a.gpuHours ?? 0,
        durationMonths: a.durationMonths ?? 1,
        weightedScore: a.weightedScore,
        technicalOutcome: a.technicalOutcome,
        ethicsOutcome: a.ethicsOutcome,
        scores: details[i]?.scores ?? null,
        ready: (a.technicalOutcome === 'accepted' || a.technicalOutcome === 'accepted-with-remarks') && (a.ethicsOutcome === 'cleared' || a.ethicsOutcome === 'cleared-with-conditions') && a.weightedScore !== null,
      }));
      const freeOf = (system: string, partition: string) => {
        const pool = capacity.partitions.find((p) => p.system === system && p.partition === partition)?.pools.find((p) => p.pool === 'large-scale');
        return pool && pool.months.length > 0 ? Math.min(...pool.months.map((m) => m.free)) : 0;
      };
      const groups = new Map<string, { system: string; partition: string; candidates: Candidate[] }>();
      for (const c of candidates) {
        const key = `${c.system}/${c.partition}`;
        const group = groups.get(key) ?? { system: c.system, partition: c.partition, candidates: [] };
        group.candidates.push(c);
        groups.set(key, group);
      }
      return {
        groups: [...groups.values()].sort((a, b) => `${a.system}/${a.partition}`.localeCompare(`${b.system}/${b.partition}`)).map((g) => ({ ...g, freeMonthly: freeOf(g.system, g.partition) })),
        threshold: configuration.scoring.threshold,
        minimumPartialFraction: configuration.minimumPartialFraction,
      };
    },
  });
  return (
    <Stack>
      <Text c="dimmed">{t('ranking.planIntro')}</Text>
      <QueryState query={board}>
        {(b) => {
          if (b.groups.length === 0) return <Text>{t('ranking.noCandidates')}</Text>;
          const keyOf = (g: { system: string; partition: string }) => `${g.system}/${g.partition}`;
          const orderOf = (g: (typeof b.groups)[number]) => orders[keyOf(g)] ?? followOrder(byScore(g.candidates), committeeOrder);
          // What the cut-off ranks: the ready applications; the API refuses an order of anything else.
          const ready = (list: Candidate[]) => list.filter((c) => c.ready).map((c) => c.applicationId);
          const order = weaveOrders(ready(byScore(b.groups.flatMap((g) => g.candidates))), b.groups.map((g) => ready(orderOf(g))));
          return (
            <>
              {b.groups.map((g) => (
                <PartitionBoard
                  key={keyOf(g)}
                  system={g.system}
                  partition={g.partition}
                  candidates={g.candidates}
                  order={orderOf(g)}
                  onOrder={(next) => setOrders((current) => ({ ...current, [keyOf(g)]: next }))}
                  freeMonthly={g.freeMonthly}
                  threshold={b.threshold}
                  minimumPartialFraction={b.minimumPartialFraction}
                />
              ))}
              <SaveOrderForm callId={callId} index={index} revision={revision} order={order} savedReason={committeeOrderReason} />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
