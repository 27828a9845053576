import { ActionIcon, Anchor, Badge, Button, Card, Group, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';
import { byScore, capacityLineIndex, planAwards, scoreSpread, type BoardEntry, type PlannedOutcome } from './ranking-plan';
import { keyboardMove, moveItem } from './reorder';

export interface Candidate extends BoardEntry {
  organisationId: string;
  submittedAt: string | null;
  technicalOutcome: string | null;
  ethicsOutcome: string | null;
  scores: { excellence: number; innovationAndImpact: number; implementation: number } | null;
}

export const OUTCOME_COLOURS: Record<string, string> = { awarded: 'green', partial: 'teal', reserve: 'orange', 'below-threshold': 'red', 'not-ready': 'gray', barred: 'red' };

/**
 * One partition's candidates for an upcoming cut-off, in an order the committee can change by
 * mouse (drag a row) or keyboard (arrow keys, Home, End on a row's handle), with the line where
 * the partition's free Large Scale capacity runs out and the partial award at it.
 */
export function PartitionBoard({
  system,
  partition,
  candidates,
  order,
  onOrder: setOrder,
  freeMonthly,
  threshold,
  minimumPartialFraction,
}: {
  system: string;
  partition: string;
  candidates: Candidate[];
  /** The board's order, kept by the page so one save sends every partition's (ADR 35). */
  order: Candidate[];
  onOrder: (next: Candidate[]) => void;
  freeMonthly: number;
  threshold: number;
  minimumPartialFraction: number;
}) {
  const { t } = useTranslation('allocation-committee');
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const dragFrom = useRef<number | null>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  useEffect(() => {
    if (focusId) handles.current.get(focusId)?.focus();
  }, [order, focusId]);
  const rows = planAwards(order, { freeMonthly, threshold, minimumPartialFraction });
  const line = capacityLineIndex(rows);
  const titleOf = (c: Candidate) => `${c.organisationId} · ${c.applicationId.slice(-8)}`;
  const move = (from: number, to: number) => {
    const next = moveItem(order, from, to);
    const moved = order[from] as Candidate;
    setOrder(next);
    setFocusId(moved.applicationId);
    setAnnouncement(t('ranking.moved', { title: titleOf(moved), position: to + 1, count: next.length }));
  };
  const onKey = (event: KeyboardEvent, index: number) => {
    const target = keyboardMove(event.key, index, order.length);
    if (target === null) return;
    event.preventDefault();
    move(index, target);
  };
  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragFrom.current !== null && dragFrom.current !== index) move(dragFrom.current, index);
    dragFrom.current = null;
  };
  const headingId = `board-${system}-${partition}`;
  const lineRow = (
    <Table.Tr key="capacity-line" data-testid="capacity-line">
      <Table.Td colSpan={9} p={0}>
        <Text size="sm" fw={700} c="red.8" ta="center" style={{ borderTop: '3px dashed var(--mantine-color-red-7)' }}>
          {t('ranking.capacityLine')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={headingId}>
          {t('ranking.partitionHeading', { system, partition })}
        </Title>
        <Button variant="subtle" size="xs" onClick={() => setOrder(byScore(candidates))}>
          {t('ranking.resetOrder')}
        </Button>
      </Group>
      <Text size="sm">{t('ranking.freeMonthly', { gpuHours: formatNumber(freeMonthly) })}</Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('ranking.threshold', { threshold, percent: Math.round(minimumPartialFraction * 100) })}
      </Text>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ranking.move')}</Table.Th>
            <Table.Th>{t('ranking.rank')}</Table.Th>
            <Table.Th>{t('ranking.application')}</Table.Th>
            <Table.Th ta="right">{t('ranking.score')}</Table.Th>
            <Table.Th>{t('ranking.criteria')}</Table.Th>
            <Table.Th ta="right">{t('ranking.spread')}</Table.Th>
            <Table.Th ta="right">{t('ranking.requested')}</Table.Th>
            <Table.Th ta="right">{t('ranking.planned')}</Table.Th>
            <Table.Th>{t('ranking.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.flatMap((row, index) => {
            const c = row.entry;
            const tr = (
              <Table.Tr
                key={c.applicationId}
                data-testid="ranking-row"
                draggable
                onDragStart={() => (dragFrom.current = index)}
                onDragOver={(event) => event.preventDefault()}
                onDrop={(event) => onDrop(event, index)}
                style={{ cursor: 'grab' }}
              >
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    ref={(element) => {
                      if (element) handles.current.set(c.applicationId, element);
                      else handles.current.delete(c.applicationId);
                    }}
                    aria-label={t('ranking.moveHandle', { title: titleOf(c), position: index + 1, count: rows.length })}
                    onKeyDown={(event) => onKey(event, index)}
                  >
                    <span aria-hidden>⇅</span>
                  </ActionIcon>
                </Table.Td>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/allocation-committee/applications/${c.applicationId}`}>
                    {titleOf(c)}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{c.weightedScore === null ? '—' : c.weightedScore.toFixed(2)}</Table.Td>
                <Table.Td>{c.scores ? `${c.scores.excellence} / ${c.scores.innovationAndImpact} / ${c.scores.implementation}` : '—'}</Table.Td>
                <Table.Td ta="right">{scoreSpread(c.scores) ?? '—'}</Table.Td>
                <Table.Td ta="right">{formatNumber(c.gpuHours)}</Table.Td>
                <Table.Td ta="right">{formatNumber(row.plannedGpuHours)}</Table.Td>
                <Table.Td>
                  <OutcomeBadge outcome={row.outcome} />
                  {row.outcome === 'not-ready' && (
                    <Text size="xs" c="dimmed">
                      {t('ranking.notReadyWhy', { technical: c.technicalOutcome ?? t('ranking.missing'), ethics: c.ethicsOutcome ?? t('ranking.missing'), score: c.weightedScore ?? t('ranking.missing') })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
            return line === index ? [lineRow, tr] : [tr];
          })}
          {line === rows.length && lineRow}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

export function OutcomeBadge({ outcome }: { outcome: PlannedOutcome | 'barred' }) {
  const { t } = useTranslation('allocation-committee');
  return (
    // Dark text on the light tint: the tints of some outcome colours leave their own text under WCAG AA contrast.
    <Badge color={OUTCOME_COLOURS[outcome] ?? 'gray'} variant="light" c="dark.8">
      {t(`ranking.outcomes.${outcome}`)}
    </Badge>
  );
}
