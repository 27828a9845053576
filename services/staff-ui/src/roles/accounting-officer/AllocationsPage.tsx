import { Anchor, Badge, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ALLOCATION_VIEWS, inView, type AllocationsSearch, type AllocationsView } from './allocations-search';
import { allBalances } from './balances-query';

/** `/accounting-officer/allocations?view=`: balances of every allocation; alerts, overuse and underuse lists. */
export function AllocationsPage({ search, onSearch }: { search: AllocationsSearch; onSearch: (next: AllocationsSearch) => void }) {
  const { t } = useTranslation('accounting-officer');
  const view = search.view ?? 'all';
  const query = useQuery({ queryKey: ['accounting-balances'], queryFn: allBalances });
  return (
    <Stack maw={1200}>
      <Title order={1} size="h2">
        {t('allocations.title')}
      </Title>
      <Group>
        <Text id="allocations-view" size="sm">
          {t('allocations.view')}
        </Text>
        <SegmentedControl
          aria-labelledby="allocations-view"
          value={view}
          onChange={(value) => onSearch(value === 'all' ? {} : { view: value as AllocationsView })}
          data={ALLOCATION_VIEWS.map((v) => ({ value: v, label: t(`allocations.views.${v}`) }))}
        />
      </Group>
      <QueryState query={query}>
        {(list) => {
          const shown = list.filter((a) => inView(view, a));
          return (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('allocations.project')}</Table.Th>
                  <Table.Th>{t('allocations.organisation')}</Table.Th>
                  <Table.Th>{t('allocations.system')}</Table.Th>
                  <Table.Th ta="right">{t('allocations.awarded')}</Table.Th>
                  <Table.Th ta="right">{t('allocations.charged')}</Table.Th>
                  <Table.Th ta="right">{t('allocations.balance')}</Table.Th>
                  <Table.Th ta="right">{t('allocations.threshold')}</Table.Th>
                  <Table.Th>{t('allocations.flags')}</Table.Th>
                  <Table.Th>{t('allocations.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={9}>{t('common.noRecords', { ns: 'translation' })}</Table.Td>
                  </Table.Tr>
                )}
                {shown.map((a) => (
                  <Table.Tr key={a.allocationId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/accounting-officer/allocations/${a.allocationId}`}>
                        {a.projectId}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{a.organisationId}</Table.Td>
                    <Table.Td>
                      {a.system} / {a.partition}
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(a.awardedGpuHours)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(a.chargedGpuHours)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(a.balanceGpuHours)}</Table.Td>
                    <Table.Td ta="right">{a.highestThresholdReached === null ? '—' : `${a.highestThresholdReached} %`}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {a.overuse && (
                          <Badge color="red" variant="light" autoContrast>
                            {t('allocations.views.overuse')}
                          </Badge>
                        )}
                        {a.underuse && (
                          <Badge color="yellow" variant="light" autoContrast>
                            {t('allocations.views.underuse')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{a.status}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          );
        }}
      </QueryState>
    </Stack>
  );
}
