import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DUE_COLOURS, type DueStatus } from './due-status';

const PLEDGE_COLOURS: Record<string, string> = { unsigned: 'gray', signed: 'green', lapsed: 'orange', withdrawn: 'red' };
const BREACH_COLOURS: Record<string, string> = { open: 'orange', confirmed: 'red', dismissed: 'gray' };

// Light badges with dark text: the words carry the meaning and keep WCAG contrast; the colour only helps.
export function DueBadge({ due }: { due: DueStatus }) {
  const { t } = useTranslation('governance-officer');
  return (
    <Badge color={DUE_COLOURS[due]} variant="light" c="dark.8">
      {t(`due.${due}`)}
    </Badge>
  );
}

export function PledgeBadge({ status }: { status: string }) {
  const { t } = useTranslation('governance-officer');
  return (
    <Badge color={PLEDGE_COLOURS[status] ?? 'gray'} variant="light" c="dark.8">
      {t(`pledgeStatus.${status}`)}
    </Badge>
  );
}

export function BreachBadge({ status }: { status: string }) {
  const { t } = useTranslation('governance-officer');
  return (
    <Badge color={BREACH_COLOURS[status] ?? 'gray'} variant="light" c="dark.8">
      {t(`breachStatus.${status}`)}
    </Badge>
  );
}
