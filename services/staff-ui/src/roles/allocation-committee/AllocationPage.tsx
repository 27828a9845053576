import { Alert, Button, Card, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap } from '../../api/client';
import { FactList } from '../../components/FactList';
import { formatDate, formatNumber } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyProblem } from '../../forms/problem-to-form';
import { canEndEarly, canResume, reasonError, splitReasons, type AllocationView, type ClosureKind, type SuspensionReason } from './allocation-actions';

/** `/allocation-committee/allocations/$allocationId`: the award, its suspension reasons, and the committee's early closure, revocation and resumption. */
export function AllocationPage({ allocationId }: { allocationId: string }) {
  const { t } = useTranslation('allocation-committee');
  const query = useQuery({
    queryKey: ['allocation', allocationId],
    queryFn: async () => unwrap(await api.GET('/api/allocation/allocations/{id}', { params: { path: { id: allocationId } } })),
  });
  const [remaining, setRemaining] = useState<SuspensionReason[] | null>(null);
  return (
    <QueryState query={query}>
      {(allocation) => (
        <Stack maw={960}>
          <Title order={1} size="h2">
            {t('allocation.title', { project: allocation.projectId })}
          </Title>
          <Card withBorder>
            <FactList
              facts={[
                [t('allocation.status'), t(`allocation.statuses.${allocation.status}`)],
                [t('allocation.organisation'), allocation.organisationId],
                [t('allocation.award'), `${formatNumber(allocation.gpuHours)} GPU-h · ${allocation.system} / ${allocation.partition}`],
                [t('allocation.period'), `${formatDate(allocation.start)} – ${formatDate(allocation.end)}`],
                ...(allocation.closure ? [[t('allocation.closure'), t(`allocation.closed.${allocation.closure.kind}`, { reason: allocation.closure.reason, by: allocation.closure.closedBy })] as const] : []),
                ...(allocation.finalReportDue ? [[t('allocation.finalReportDue'), formatDate(allocation.finalReportDue)] as const] : []),
              ]}
            />
          </Card>
          <Suspensions allocation={allocation} onResumed={setRemaining} />
          {remaining && remaining.length > 0 && (
            <Alert color="orange" title={t('allocation.stillSuspended')}>
              {remaining.map((r) => `${t(`allocation.causes.${r.cause}`)}: ${r.reason}`).join(' · ')}
            </Alert>
          )}
          {canEndEarly(allocation) && (
            <Group>
              <EndEarly allocation={allocation} kind="closed-early" />
              <EndEarly allocation={allocation} kind="revoked" />
            </Group>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function Suspensions({ allocation, onResumed }: { allocation: AllocationView; onResumed: (remaining: SuspensionReason[]) => void }) {
  const { t } = useTranslation('allocation-committee');
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string[]>([]);
  const resume = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/allocation/allocations/{id}/resumption', { params: { path: { id: allocation.allocationId }, header: { 'If-Match': `"${allocation.revision}"` } } })),
    onMutate: () => setProblem([]),
    onSuccess: (answer) => {
      // The answer lists the reasons that remain (governance's): the committee sees why it is still suspended.
      onResumed(answer.suspensions);
      notifications.show({ color: 'green', message: answer.suspensions.length === 0 ? t('allocation.resumed') : t('allocation.resumedPartly', { count: answer.suspensions.length }) });
      queryClient.setQueryData(['allocation', allocation.allocationId], answer);
      // The lists and the home's counts by state show it in its new state.
      void queryClient.invalidateQueries({ queryKey: ['allocations'] });
    },
    onError: (error) => setProblem([problemOf(error)?.detail ?? error.message]),
  });
  const { lifted, remaining } = splitReasons(allocation.suspensions);
  return (
    <Card withBorder component="section" aria-labelledby="suspensions-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="suspensions-heading">
          {t('allocation.suspensions')}
        </Title>
        {allocation.suspensions.length === 0 ? (
          <Text>{t('allocation.notSuspended')}</Text>
        ) : (
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('allocation.cause')}</Table.Th>
                <Table.Th>{t('allocation.who')}</Table.Th>
                <Table.Th>{t('allocation.why')}</Table.Th>
                <Table.Th>{t('allocation.since')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {allocation.suspensions.map((s) => (
                <Table.Tr key={`${s.cause}-${s.since}`}>
                  <Table.Td>{t(`allocation.causes.${s.cause}`)}</Table.Td>
                  <Table.Td>{s.actorId ?? t(`allocation.makers.${s.suspendedBy}`)}</Table.Td>
                  <Table.Td>{s.reason}</Table.Td>
                  <Table.Td>{formatDate(s.since)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {problem.length > 0 && <ProblemAlert messages={problem} />}
        {canResume(allocation) && (
          <Group>
            <Button onClick={() => resume.mutate()} loading={resume.isPending}>
              {t('allocation.resume')}
            </Button>
            <Text size="sm">{remaining.length > 0 ? t('allocation.resumeKeeps', { lifted: lifted.length, remaining: remaining.length }) : t('allocation.resumeAll', { count: lifted.length })}</Text>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function EndEarly({ allocation, kind }: { allocation: AllocationView; kind: ClosureKind }) {
  const { t } = useTranslation('allocation-committee');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [problem, setProblem] = useState<string[]>([]);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const error = reasonError(reason, t('allocation.reasonRequired'));
  const end = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/allocation/allocations/{id}/early-closure', {
          params: { path: { id: allocation.allocationId }, header: { 'If-Match': `"${allocation.revision}"` } },
          body: { kind, reason: reason.trim() },
        }),
      ),
    onMutate: () => setProblem([]),
    onSuccess: (answer) => {
      setOpen(false);
      notifications.show({ color: 'green', message: t(`allocation.done.${kind}`) });
      queryClient.setQueryData(['allocation', allocation.allocationId], answer);
      // The lists and the home's counts by state show it in its new state.
      void queryClient.invalidateQueries({ queryKey: ['allocations'] });
    },
    onError: (e) => {
      // problem+json at the field it names (the reason); anything else above the buttons.
      const p = problemOf(e);
      setProblem(p ? applyProblem({ setErrors: (errors) => setFieldError(errors['reason'] ?? null) }, p, { fields: ['reason'] }) : [e.message]);
    },
  });
  return (
    <>
      {/* Shade 9 and the default variant: Mantine's orange and red at shade 6 fail contrast (app/theme.ts). */}
      <Button color={kind === 'revoked' ? 'red.9' : undefined} variant={kind === 'revoked' ? 'filled' : 'default'} onClick={() => setOpen(true)}>
        {t(`allocation.action.${kind}`)}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t(`allocation.confirmTitle.${kind}`, { project: allocation.projectId })} centered transitionProps={{ duration: 0 }} closeButtonProps={{ 'aria-label': t('allocation.cancel') }}>
        <Stack>
          <Text>{t(`allocation.confirm.${kind}`, { project: allocation.projectId, end: formatDate(allocation.end), gpuHours: formatNumber(allocation.gpuHours), system: allocation.system, partition: allocation.partition })}</Text>
          <Textarea
            label={t('allocation.reason')}
            required
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setFieldError(null);
            }}
            onBlur={() => setTouched(true)}
            error={fieldError ?? (touched || reason ? error : null)}
          />
          {problem.length > 0 && <ProblemAlert messages={problem} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('allocation.cancel')}
            </Button>
            <Button color={kind === 'revoked' ? 'red.9' : undefined} disabled={error !== null} loading={end.isPending} onClick={() => end.mutate()}>
              {t(`allocation.action.${kind}`)}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
