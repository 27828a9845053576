import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A bulk action's confirmation: it lists exactly the items the action will touch before it runs,
 * so nobody retries or acknowledges more (or other) items than they meant.
 */
export function ConfirmBulkModal({ opened, title, body, items, confirmLabel, loading, onConfirm, onClose }: { opened: boolean; title: string; body: string; items: string[]; confirmLabel: string; loading: boolean; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered transitionProps={{ duration: 0 }} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
      <Stack>
        <Text>{body}</Text>
        <List data-testid="bulk-items">
          {items.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
