import { BarChart } from '@mantine/charts';
import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ChartFigure } from '../../components/ChartFigure';

/** `/allocation-committee/time-to-access`: per mode, average working days to award and to access against the mode's target. */
export function TimeToAccessPage() {
  const { t } = useTranslation('allocation-committee');
  const query = useQuery({ queryKey: ['allocation-time-to-access'], queryFn: async () => unwrap(await api.GET('/api/allocation/time-to-access')) });
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('tta.title')}
      </Title>
      <Text c="dimmed">{t('tta.intro')}</Text>
      <QueryState query={query}>
        {({ modes }) => {
          const rows = modes.map((m) => ({ mode: t(`mode.${m.mode}`, { ns: 'translation' }), toAward: m.averageWorkingDaysToAward ?? 0, toAccess: m.averageWorkingDaysToAccess ?? 0, target: m.targetWorkingDays }));
          return (
            <Card withBorder>
              <ChartFigure
                id="time-to-access"
                title={t('tta.title')}
                label={t('tta.chartLabel')}
                chart={
                  <BarChart
                    h={280}
                    data={rows}
                    dataKey="mode"
                    withLegend
                    series={[
                      { name: 'toAward', label: t('tta.toAward'), color: 'blue.6' },
                      { name: 'toAccess', label: t('tta.toAccess'), color: 'indigo.8' },
                      { name: 'target', label: t('tta.target'), color: 'gray.5' },
                    ]}
                  />
                }
                table={
                  <Table striped withTableBorder>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('tta.mode')}</Table.Th>
                        <Table.Th ta="right">{t('tta.awarded')}</Table.Th>
                        <Table.Th ta="right">{t('tta.toAward')}</Table.Th>
                        <Table.Th ta="right">{t('tta.activated')}</Table.Th>
                        <Table.Th ta="right">{t('tta.toAccess')}</Table.Th>
                        <Table.Th ta="right">{t('tta.target')}</Table.Th>
                        <Table.Th ta="right">{t('tta.withinTarget')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {modes.map((m) => (
                        <Table.Tr key={m.mode}>
                          <Table.Td>{t(`mode.${m.mode}`, { ns: 'translation' })}</Table.Td>
                          <Table.Td ta="right">{m.awarded}</Table.Td>
                          <Table.Td ta="right">{formatNumber(m.averageWorkingDaysToAward)}</Table.Td>
                          <Table.Td ta="right">{m.activated}</Table.Td>
                          <Table.Td ta="right">{formatNumber(m.averageWorkingDaysToAccess)}</Table.Td>
                          <Table.Td ta="right">{m.targetWorkingDays}</Table.Td>
                          <Table.Td ta="right">{m.shareWithinTarget === null ? '—' : `${Math.round(m.shareWithinTarget * 100)} %`}</Table.Td>
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
