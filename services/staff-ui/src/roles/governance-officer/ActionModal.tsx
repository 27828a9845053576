import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../forms/ProblemAlert';

/**
 * The confirmation of an action on an organisation's standing: what it changes said first, the
 * form's fields (a reason where the API takes one), the API's refusals no field shows, then the
 * action named on its button. Nothing is sent before the officer confirms here.
 */
export function ActionModal({ opened, title, consequence, unmatched, confirmLabel, danger, loading, onSubmit, onClose, children }: {
  opened: boolean;
  title: string;
  consequence: string;
  unmatched: string[];
  confirmLabel: string;
  danger?: boolean;
  loading: boolean;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" centered transitionProps={{ duration: 0 }} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <form noValidate onSubmit={onSubmit}>
        <Stack>
          <Text>{consequence}</Text>
          {children}
          {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            {/* Shade 9: Mantine's red at shade 6 fails contrast (app/theme.ts). */}
            <Button type="submit" color={danger ? 'red.9' : undefined} loading={loading}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
