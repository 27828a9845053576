import { Alert, Code, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/client';
import { QueryState } from '../../components/QueryState';
import { fetchEntities, fetchHistory } from './entity-history';
import { ENTITY_KINDS, entityOptions, summariseData, typedFor, type EntityKind, type HistorySearch, type TypedSearch } from './history-search';

/**
 * `/auditor`: the auditor's home is the history browser (an auditor has no queue of work: they read).
 * The kind and the entity are in the URL.
 */
export function AuditorHome({ search, onSearch }: { search: HistorySearch; onSearch: (next: HistorySearch) => void }) {
  const { t } = useTranslation('auditor');
  const entities = useQuery({ queryKey: ['auditor', 'entities', search.kind], queryFn: () => fetchEntities(search.kind as EntityKind), enabled: search.kind !== undefined });
  // A typed id not in the list is still a choice: the select offers it as typed. The text is kept
  // with the kind it was typed for and the select's search is always controlled: switching the kind
  // empties it (an uncontrolled search kept the old kind's text, Mantine's own state).
  const [typed, setTyped] = useState<TypedSearch>({ kind: search.kind, text: '' });
  const text = typedFor(typed, search.kind);
  const options = entityOptions(entities.data ?? [], search.id, text);
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('home.title')}
      </Title>
      <Text c="dimmed">{t('home.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('home.kind')}
          w={300}
          data={ENTITY_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          value={search.kind ?? null}
          onChange={(kind) => onSearch(kind ? { kind: kind as EntityKind } : {})}
        />
        <Select
          label={t('home.entity')}
          description={t('home.entityHint')}
          w={480}
          searchable
          disabled={!search.kind}
          data={options}
          value={search.id ?? null}
          searchValue={text}
          onSearchChange={(value) => setTyped({ kind: search.kind, text: value })}
          onChange={(id) => search.kind && onSearch(id ? { kind: search.kind, id } : { kind: search.kind })}
          nothingFoundMessage={t('common.noRecords', { ns: 'translation' })}
        />
      </Group>
      {search.kind && search.id ? <History kind={search.kind} id={search.id} /> : <Text c="dimmed">{t('home.pick')}</Text>}
    </Stack>
  );
}

function History({ kind, id }: { kind: EntityKind; id: string }) {
  const { t } = useTranslation('auditor');
  const query = useQuery({ queryKey: ['auditor', 'history', kind, id], queryFn: () => fetchHistory(kind, id), retry: false });
  const problem = problemOf(query.error);
  if (problem?.status === 404) return <Alert color="orange">{t('home.notFound', { kind: t(`kind.${kind}`), id })}</Alert>;
  if (problem?.status === 403) return <Alert color="red">{t('home.refused', { detail: problem.detail ?? problem.title })}</Alert>;
  return (
    <QueryState query={query}>
      {(events) => (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {events.length === 0 ? t('home.noEvents') : t('home.events', { count: events.length })}
          </Title>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('table.revision')}</Table.Th>
                <Table.Th>{t('table.recordedAt')}</Table.Th>
                <Table.Th>{t('table.type')}</Table.Th>
                <Table.Th>{t('table.actor')}</Table.Th>
                <Table.Th>{t('table.data')}</Table.Th>
                <Table.Th>{t('table.hash')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((e) => (
                <Table.Tr key={e.eventId}>
                  <Table.Td>{e.revision}</Table.Td>
                  <Table.Td>{new Date(e.recordedAt).toLocaleString()}</Table.Td>
                  <Table.Td>
                    <Text fw={600} size="sm">
                      {e.type}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {e.actor.id} ({t(`roles.${e.actor.role}`, { ns: 'translation', defaultValue: e.actor.role })})
                  </Table.Td>
                  <Table.Td maw={420}>
                    <details>
                      <summary>
                        <Text span size="sm">
                          {summariseData(e.data)}
                        </Text>
                      </summary>
                      <Code block aria-label={t('table.showData', { revision: e.revision })}>
                        {JSON.stringify(e.data, null, 2)}
                      </Code>
                    </details>
                  </Table.Td>
                  <Table.Td>
                    <Code title={e.hash}>{e.hash.slice(0, 12)}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </QueryState>
  );
}
