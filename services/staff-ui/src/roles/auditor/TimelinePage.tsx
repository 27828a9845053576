import { Button, Code, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { PagedTable } from '../../components/PagedTable';
import { SERVICES, TEXT_FILTERS, timelineQuery, withTimelineFilter, type TimelineSearch } from './timeline-search';

const PAGE_SIZE = 25;
type Draft = Record<(typeof TEXT_FILTERS)[number] | 'from' | 'to', string>;

/**
 * `/auditor/timeline`: every service's events in ledger order, each with its ledger index and chain hash; filters and page in the URL.
 * No data column: the table must fit without a horizontal scroll (a scrolled region is not keyboard-reachable); the entity's history shows the data.
 */
export function TimelinePage({ search, onSearch }: { search: TimelineSearch; onSearch: (next: TimelineSearch) => void }) {
  const { t } = useTranslation('auditor');
  const page = search.page ?? 1;
  const query = useQuery({
    queryKey: ['auditor', 'timeline', search],
    queryFn: async () => unwrap(await api.GET('/api/audit/timeline', { params: { query: timelineQuery(search, PAGE_SIZE) } })),
    placeholderData: keepPreviousData,
  });
  // Text filters apply on "Filter", not on every key: each would be a request and a URL change.
  const [draft, setDraft] = useState<Draft>({ streamId: search.streamId ?? '', type: search.type ?? '', actorId: search.actorId ?? '', role: search.role ?? '', from: search.from ?? '', to: search.to ?? '' });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('timeline.title')}
      </Title>
      <Text c="dimmed">{t('timeline.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSearch(withTimelineFilter(search, draft));
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('timeline.service')}
            w={170}
            clearable
            data={SERVICES.map((s) => ({ value: s, label: s }))}
            value={search.service ?? null}
            onChange={(service) => onSearch(withTimelineFilter(search, { service }))}
          />
          {TEXT_FILTERS.map((key) => (
            <TextInput key={key} label={t(`timeline.${key}`)} w={200} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })} />
          ))}
          <TextInput label={t('timeline.from')} placeholder="2026-12-01" w={200} value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
          <TextInput label={t('timeline.to')} placeholder="2026-12-31" w={200} value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
          <Button type="submit">{t('timeline.filter')}</Button>
        </Group>
      </form>
      <PagedTable
        query={query}
        idAccessor="eventId"
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={(next) => onSearch({ ...search, page: next })}
        columns={[
          { accessor: 'ledgerIndex', title: t('timeline.ledgerIndex') },
          { accessor: 'recordedAt', title: t('table.recordedAt'), render: (e) => new Date(e.recordedAt).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' }) },
          { accessor: 'service', title: t('timeline.service') },
          { accessor: 'type', title: t('table.type'), render: (e) => <Text fw={600} size="sm">{e.type}</Text> },
          { accessor: 'streamId', title: t('timeline.stream'), render: (e) => <Text size="sm" style={{ wordBreak: 'break-all' }}>{`${e.streamId} #${e.streamPosition}`}</Text> },
          { accessor: 'actor', title: t('table.actor'), render: (e) => (e.actor ? `${e.actor.id} (${e.actor.role})` : '—') },
          { accessor: 'hash', title: t('table.hash'), render: (e) => <Code title={t('timeline.hashTitle', { hash: e.hash, prev: e.prevHash ?? '—' })}>{e.hash.slice(0, 10)}</Code> },
        ]}
      />
    </Stack>
  );
}
