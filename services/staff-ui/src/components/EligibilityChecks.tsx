import { Table, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

/** The automatic eligibility rules and their results: passed or failed, with the rule's reason. */
export function EligibilityChecks({ checks }: { checks: Array<Schemas['EligibilityCheckView']> }) {
  const { t } = useTranslation();
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('checks.rule')}</Table.Th>
          <Table.Th>{t('checks.result')}</Table.Th>
          <Table.Th>{t('checks.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {checks.map((check) => (
          <Table.Tr key={check.rule}>
            <Table.Td>{t(`checks.rules.${check.rule}`, { defaultValue: check.rule })}</Table.Td>
            <Table.Td>
              <ThemeIcon size="sm" radius="xl" color={check.passed ? 'teal' : 'red'} aria-hidden>
                {check.passed ? '✓' : '✗'}
              </ThemeIcon>{' '}
              <Text span fw={600} c={check.passed ? 'teal.9' : 'red.9'}>
                {check.passed ? t('checks.passed') : t('checks.failed')}
              </Text>
            </Table.Td>
            <Table.Td>{check.reason}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
