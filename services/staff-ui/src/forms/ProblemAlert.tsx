import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the API refused that no field of the form shows (forms/problem-to-form.ts `unmatched`). */
export function ProblemAlert({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('common.formProblems')} role="alert">
      <List size="sm">
        {messages.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
