import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = {
  draft: 'gray',
  submitted: 'blue',
  screening: 'indigo',
  'information-requested': 'orange',
  eligible: 'teal',
  ineligible: 'red',
  'ethics-information-requested': 'orange',
  awarded: 'green',
  refused: 'red',
  withdrawn: 'gray',
};

/** An application's status in words and colour (the words carry the meaning; colour only helps). */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status] ?? 'gray'} variant="light" autoContrast>
      {t(`status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
