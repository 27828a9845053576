import { BarChart } from '@mantine/charts';
import { Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ChartFigure } from '../../components/ChartFigure';

type Pool = 'continuous' | 'large-scale';

/** `/allocation-committee/capacity`: per system and partition, awarded, held and free GPU-hours of a month and pool. */
export function CapacityPage() {
  const { t } = useTranslation('allocation-committee');
  const [month, setMonth] = useState<string | null>(null);
  const [pool, setPool] = useState<Pool>('continuous');
  const query = useQuery({ queryKey: ['allocation-capacity'], queryFn: async () => unwrap(await api.GET('/api/allocation/capacity', { params: { query: { months: 6 } } })) });
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('capacity.title')}
      </Title>
      <Text c="dimmed">{t('capacity.intro')}</Text>
      <QueryState query={query}>
        {(capacity) => {
          const shown = month ?? capacity.months[0] ?? '';
          const rows = capacity.partitions.map((p) => {
            const poolView = p.pools.find((x) => x.pool === pool);
            const m = poolView?.months.find((x) => x.month === shown);
            return { name: `${p.system} / ${p.partition}`, awarded: m?.awarded ?? 0, held: m?.held ?? 0, free: Math.max(0, m?.free ?? 0), capacity: poolView?.monthlyCapacityGpuHours ?? 0 };
          });
          return (
            <Card withBorder>
              <Group mb="md">
                <Select label={t('capacity.month')} data={capacity.months} value={shown} onChange={(v) => setMonth(v)} allowDeselect={false} />
                <Select
                  label={t('capacity.pool')}
                  data={(['continuous', 'large-scale'] as const).map((value) => ({ value, label: t(`capacity.pools.${value}`) }))}
                  value={pool}
                  onChange={(v) => setPool((v as Pool | null) ?? 'continuous')}
                  allowDeselect={false}
                />
              </Group>
              <ChartFigure
                id="capacity"
                title={t('capacity.title')}
                label={t('capacity.chartLabel', { month: shown, pool: t(`capacity.pools.${pool}`) })}
                chart={
                  <BarChart
                    h={Math.max(260, rows.length * 34)}
                    data={rows}
                    dataKey="name"
                    orientation="vertical"
                    type="stacked"
                    yAxisProps={{ width: 160 }}
                    valueFormatter={(v) => formatNumber(v)}
                    withLegend
                    series={[
                      { name: 'awarded', label: t('capacity.awarded'), color: 'blue.7' },
                      { name: 'held', label: t('capacity.held'), color: 'orange.6' },
                      { name: 'free', label: t('capacity.free'), color: 'teal.3' },
                    ]}
                  />
                }
                table={
                  <Table striped withTableBorder>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('capacity.partition')}</Table.Th>
                        <Table.Th ta="right">{t('capacity.capacity')}</Table.Th>
                        <Table.Th ta="right">{t('capacity.awarded')}</Table.Th>
                        <Table.Th ta="right">{t('capacity.held')}</Table.Th>
                        <Table.Th ta="right">{t('capacity.free')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((r) => (
                        <Table.Tr key={r.name}>
                          <Table.Td>{r.name}</Table.Td>
                          <Table.Td ta="right">{formatNumber(r.capacity)}</Table.Td>
                          <Table.Td ta="right">{formatNumber(r.awarded)}</Table.Td>
                          <Table.Td ta="right">{formatNumber(r.held)}</Table.Td>
                          <Table.Td ta="right">{formatNumber(r.free)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                }
              />
            </Card>
          );
        }}
      </QueryState>
    </Stack>
  );
}
