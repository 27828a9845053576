import { LineChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './ChartFigure';
import { burnDown, burnDownPoints, type BurnInput } from './burn-down';
import { formatNumber } from './format';

export interface BurnDownChartProps extends BurnInput {
  /** Charged per month with the share of the quota, as accounting reports it. */
  monthlyBurn: ReadonlyArray<{ month: string; gpuHours: number; percentOfQuota?: number }>;
}

/**
 * An allocation's burn-down against its monthly quota: the chart and the same figures as a table.
 * The accounting officer's allocation page and the applicant's award show the one component.
 */
export function BurnDownChart(allocation: BurnDownChartProps) {
  const { t } = useTranslation();
  const rows = burnDown(allocation, new Date().toISOString().slice(0, 7));
  const burnOf = new Map(allocation.monthlyBurn.map((m) => [m.month, m]));
  return (
    <ChartFigure
      id="burn-down"
      title={t('burnDown.title')}
      label={t('burnDown.chartLabel')}
      chart={
        <LineChart
          h={280}
          data={burnDownPoints(allocation, rows)}
          dataKey="month"
          curveType="linear"
          connectNulls={false}
          withLegend
          valueFormatter={(v) => formatNumber(v)}
          referenceLines={[{ y: 0, color: 'red.7' }]}
          series={[
            { name: 'planned', label: t('burnDown.planned'), color: 'gray.6', strokeDasharray: '6 4' },
            { name: 'actual', label: t('burnDown.actual'), color: 'blue.7' },
          ]}
        />
      }
      table={
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('burnDown.month')}</Table.Th>
              <Table.Th ta="right">{t('burnDown.quota')}</Table.Th>
              <Table.Th ta="right">{t('burnDown.chargedInMonth')}</Table.Th>
              <Table.Th ta="right">{t('burnDown.percentOfQuota')}</Table.Th>
              <Table.Th ta="right">{t('burnDown.planned')}</Table.Th>
              <Table.Th ta="right">{t('burnDown.actual')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const percent = burnOf.get(r.month)?.percentOfQuota;
              return (
                <Table.Tr key={r.month}>
                  <Table.Td>{r.month}</Table.Td>
                  <Table.Td ta="right">{formatNumber(r.quota)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(r.charged)}</Table.Td>
                  <Table.Td ta="right">{percent === undefined ? '—' : `${formatNumber(percent)} %`}</Table.Td>
                  <Table.Td ta="right">{formatNumber(r.planned)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(r.actual)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
