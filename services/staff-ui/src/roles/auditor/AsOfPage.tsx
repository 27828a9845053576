import { Alert, Button, Card, Code, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap } from '../../api/client';
import { FactList } from '../../components/FactList';
import { QueryState } from '../../components/QueryState';
import { AS_OF_TYPES, type AsOfSearch } from './as-of-search';

/** `/auditor/as-of`: an entity as its service held it at an instant, folded from the ledger, with the last event applied. */
export function AsOfPage({ search, onSearch }: { search: AsOfSearch; onSearch: (next: AsOfSearch) => void }) {
  const { t } = useTranslation('auditor');
  const [draft, setDraft] = useState({ id: search.id ?? '', asOf: search.asOf ?? '' });
  return (
    <Stack maw={1000}>
      <Title order={1} size="h2">
        {t('asOf.title')}
      </Title>
      <Text c="dimmed">{t('asOf.intro')}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSearch({ ...search, id: draft.id.trim() || undefined, asOf: draft.asOf.trim() || undefined });
        }}
      >
        <Group align="flex-end">
          <Select label={t('asOf.entityType')} w={220} data={AS_OF_TYPES.map((k) => ({ value: k, label: k }))} value={search.entityType ?? null} onChange={(entityType) => onSearch({ ...search, entityType: (entityType ?? undefined) as AsOfSearch['entityType'] })} />
          <TextInput label={t('asOf.id')} w={320} value={draft.id} onChange={(e) => setDraft({ ...draft, id: e.currentTarget.value })} />
          <TextInput label={t('asOf.instant')} placeholder="2026-12-01T12:00:00Z" w={240} value={draft.asOf} onChange={(e) => setDraft({ ...draft, asOf: e.currentTarget.value })} />
          <Button type="submit">{t('asOf.show')}</Button>
        </Group>
      </form>
      {search.entityType && search.id && search.asOf ? <AsOf entityType={search.entityType} id={search.id} asOf={search.asOf} /> : <Text c="dimmed">{t('asOf.pick')}</Text>}
    </Stack>
  );
}

function AsOf({ entityType, id, asOf }: Required<AsOfSearch>) {
  const { t } = useTranslation('auditor');
  const query = useQuery({
    queryKey: ['auditor', 'as-of', entityType, id, asOf],
    queryFn: async () => unwrap(await api.GET('/api/audit/entities/{entityType}/{id}', { params: { path: { entityType, id }, query: { asOf } } })),
    retry: false,
  });
  const problem = problemOf(query.error);
  if (problem && problem.status < 500) return <Alert color="orange">{problem.detail ?? problem.title}</Alert>;
  return (
    <QueryState query={query}>
      {(entity) => (
        <Card withBorder component="section" aria-labelledby="as-of-heading">
          <Stack gap="xs">
            <Title order={2} size="h4" id="as-of-heading">
              {t('asOf.state', { streamId: entity.streamId, asOf: new Date(entity.asOf).toLocaleString() })}
            </Title>
            <FactList
              facts={[
                [t('asOf.eventsApplied'), String(entity.eventsApplied)],
                [t('asOf.evolve'), entity.evolve],
                [t('asOf.lastEvent'), `${entity.lastEvent.type} #${entity.lastEvent.streamPosition} · ${new Date(entity.lastEvent.recordedAt).toLocaleString()}`],
                [t('table.hash'), entity.lastEvent.hash],
              ]}
            />
            {/* Focusable: a long state scrolls, and a scrolled region must be reachable by keyboard. */}
            <Code block tabIndex={0} aria-label={t('asOf.stateLabel')}>
              {JSON.stringify(entity.state, null, 2)}
            </Code>
          </Stack>
        </Card>
      )}
    </QueryState>
  );
}
