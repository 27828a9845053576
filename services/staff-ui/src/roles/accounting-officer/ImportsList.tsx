import { Anchor, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';

/** Usage imports, newest first, with their counts (a site's token sees only its own); rows open the report. */
export function ImportsList({ linkBase, uploadTo }: { linkBase: string; uploadTo?: string }) {
  const { t } = useTranslation('accounting-officer');
  const query = useQuery({ queryKey: ['accounting-imports'], queryFn: async () => unwrap(await api.GET('/api/accounting/imports', { params: { query: { page: 1, pageSize: 100 } } })) });
  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('imports.title')}
        </Title>
        {uploadTo && (
          <Button component={Link} to={uploadTo} variant="light">
            {t('imports.new')}
          </Button>
        )}
      </Group>
      <QueryState query={query}>
        {({ items }) => (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.received')}</Table.Th>
                <Table.Th>{t('imports.source')}</Table.Th>
                <Table.Th>{t('imports.site')}</Table.Th>
                <Table.Th>{t('imports.system')}</Table.Th>
                <Table.Th ta="right">{t('imports.accepted')}</Table.Th>
                <Table.Th ta="right">{t('imports.duplicates')}</Table.Th>
                <Table.Th ta="right">{t('imports.flagged')}</Table.Th>
                <Table.Th ta="right">{t('imports.rejected')}</Table.Th>
                <Table.Th>{t('imports.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={9}>{t('common.noRecords', { ns: 'translation' })}</Table.Td>
                </Table.Tr>
              )}
              {items.map((i) => (
                <Table.Tr key={i.importId}>
                  <Table.Td>
                    <Anchor component={Link} to={`${linkBase}/${i.importId}`}>
                      {formatDate(i.receivedAt)} · {i.importId.slice(-8)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{i.source}</Table.Td>
                  <Table.Td>{i.siteId ?? '—'}</Table.Td>
                  <Table.Td>{i.system ?? '—'}</Table.Td>
                  <Table.Td ta="right">{i.accepted}</Table.Td>
                  <Table.Td ta="right">{i.duplicates}</Table.Td>
                  <Table.Td ta="right">{i.flagged}</Table.Td>
                  <Table.Td ta="right">{i.rejected}</Table.Td>
                  <Table.Td>{i.submittedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Stack>
  );
}
