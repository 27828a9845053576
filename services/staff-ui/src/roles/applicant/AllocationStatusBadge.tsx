import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = { awarded: 'blue', active: 'green', suspended: 'red', closed: 'gray' };

/** An allocation's state in words and colour (the words carry the meaning; colour only helps). */
export function AllocationStatusBadge({ status, size }: { status: string; size?: 'lg' }) {
  const { t } = useTranslation('applicant');
  return (
    <Badge color={COLOURS[status] ?? 'gray'} variant="light" autoContrast {...(size ? { size } : {})}>
      {t(`allocation.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
