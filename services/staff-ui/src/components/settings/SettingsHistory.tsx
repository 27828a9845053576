import { Badge, Code, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../QueryState';
import { historyRows, shortValue, type HistoryRow } from './settings-history';
import { readHistory, type SettingsService } from './settings-services';

/**
 * Every version of the service's configuration, newest first: who saved it in which role, when, the
 * reason if the service asks one, and what it changed against the version before.
 */
export function SettingsHistory({ service, revision }: { service: SettingsService; revision: number }) {
  const { t } = useTranslation();
  // Keyed by the revision in force: a save (or someone else's, seen on reload) reads the history again.
  const query = useQuery({ queryKey: ['settings', service, 'history', revision], queryFn: () => readHistory(service) });
  return (
    <Stack gap="xs" component="section" aria-labelledby={`settings-history-${service}`}>
      <Title order={2} size="h3" id={`settings-history-${service}`}>
        {t('settings.history.title')}
      </Title>
      <QueryState query={query}>
        {(versions) =>
          versions.length === 0 ? (
            <Text c="dimmed">{t('settings.history.none')}</Text>
          ) : (
            <Stack gap="xs">
              {historyRows(versions).map((row) => (
                <VersionCard key={row.version.revision} row={row} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}

function VersionCard({ row }: { row: HistoryRow }) {
  const { t, i18n } = useTranslation();
  const { version, changes, first } = row;
  const when = new Date(version.recordedAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return (
    <Paper withBorder p="sm" component="article" aria-label={t('settings.history.revision', { revision: version.revision })}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Badge variant="light">{t('settings.history.revision', { revision: version.revision })}</Badge>
          <Text size="sm" fw={500}>
            {version.actor.role === 'system' ? t('settings.history.bySystem', { id: version.actor.id }) : t('settings.history.by', { id: version.actor.id, role: version.actor.role })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('settings.history.at', { when })}
        </Text>
      </Group>
      {version.reason && (
        <Text size="sm" mt={4}>
          {t('settings.history.reason', { reason: version.reason })}
        </Text>
      )}
      {first ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t('settings.history.first')}
        </Text>
      ) : changes.length === 0 ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t('settings.history.noChange')}
        </Text>
      ) : (
        <List size="sm" mt={4}>
          {changes.map((change) => (
            <List.Item key={change.path}>
              <Code>{change.path}</Code> {t('settings.history.fromTo', { before: shortValue(change.before), after: shortValue(change.after) })}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
