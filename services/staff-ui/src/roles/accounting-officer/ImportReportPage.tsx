import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';

/** One import's full report: what was charged where, the rejected lines and the flagged records. */
export function ImportReportPage({ importId }: { importId: string }) {
  const query = useQuery({ queryKey: ['accounting-import', importId], queryFn: async () => unwrap(await api.GET('/api/accounting/imports/{id}', { params: { path: { id: importId } } })) });
  return <QueryState query={query}>{(report) => <ImportReport report={report} />}</QueryState>;
}

export function ImportReport({ report }: { report: Schemas['ImportDetailView'] | (Schemas['ImportReportView'] & { submittedBy?: string }) }) {
  const { t } = useTranslation('accounting-officer');
  return (
    <Stack maw={1100}>
      <Title order={2} size="h3">
        {t('report.title')} · {report.importId.slice(-8)}
      </Title>
      <Text c="dimmed">{t('report.summary', { source: report.source, system: report.system ?? '—', date: formatDate(report.receivedAt), by: 'submittedBy' in report ? report.submittedBy : '—' })}</Text>
      <Text>{t('report.counts', { accepted: report.accepted, duplicates: report.duplicates, flagged: report.flagged, steps: report.stepsIgnored })}</Text>
      <Card withBorder>
        <Title order={3} size="h5" mb="xs">
          {t('report.charged')}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('report.allocation')}</Table.Th>
              <Table.Th ta="right">{t('report.jobs')}</Table.Th>
              <Table.Th ta="right">{t('report.gpuHours')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.charged.map((c) => (
              <Table.Tr key={c.allocationId}>
                <Table.Td>{c.allocationId}</Table.Td>
                <Table.Td ta="right">{c.jobs}</Table.Td>
                <Table.Td ta="right">{formatNumber(c.gpuHours)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {report.rejected.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('report.rejected')}
          </Title>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('report.line')}</Table.Th>
                <Table.Th>{t('report.why')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.rejected.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>{r.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      {report.flaggedRecords.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('report.flaggedRecords')}
          </Title>
          <Table>
            <Table.Tbody>
              {report.flaggedRecords.map((f) => (
                <Table.Tr key={`${f.system}/${f.jobId}`}>
                  <Table.Td>
                    {f.system} / {f.jobId}
                  </Table.Td>
                  <Table.Td>{t(`records.reasons.${f.reason}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
