import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { EligibilityChecks } from '../../components/EligibilityChecks';
import { formatDate } from '../../components/format';
import { ProposalDetails } from '../../components/ProposalDetails';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { openRequestOf } from './information-answer';
import { InformationAnswerForm } from './InformationAnswerForm';
import { EthicsReviewComments } from './EthicsReviewComments';
import { canWithdraw } from './withdraw-form';
import { WithdrawApplication } from './WithdrawApplication';

/** The steps an application goes through, for the timeline "where am I, what comes next". */
const STEPS = ['draft', 'submitted', 'screening', 'eligible', 'awarded'] as const;
const STEP_OF_STATUS: Record<string, number> = { draft: 0, submitted: 1, screening: 2, 'information-requested': 2, eligible: 3, ineligible: 2, 'ethics-information-requested': 3, awarded: 4, refused: 3, withdrawn: 0 };

/** `/applicant/applications/$applicationId`: the application, where it stands and what happens next. */
export function ApplicantApplicationPage({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('applicant');
  const query = useQuery({
    queryKey: ['application', applicationId],
    queryFn: async () => unwrap(await api.GET('/api/applications/{id}', { params: { path: { id: applicationId } } })),
  });
  return (
    <QueryState query={query}>
      {(application) => (
        <Stack maw={960}>
          <Group justify="space-between">
            <Title order={1} size="h2">
              {application.proposal.title ?? t('application.title')}
            </Title>
            <StatusBadge status={application.status} />
          </Group>
          {application.submittedAt && <Text c="dimmed">{t('application.submittedAt', { date: formatDate(application.submittedAt) })}</Text>}
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('application.next')}
            </Title>
            <Timeline active={STEP_OF_STATUS[application.status] ?? 0} bulletSize={18} lineWidth={2}>
              {STEPS.map((step) => (
                <Timeline.Item key={step} title={t(`status.${step}`, { ns: 'translation' })} />
              ))}
            </Timeline>
            <Text mt="md">{t(`application.nextByStatus.${application.status}`)}</Text>
            <Group mt="sm">
              {application.status === 'draft' && (
                <Button component={Link} to={`/applicant/applications/${application.applicationId}/edit`}>
                  {t('application.edit')}
                </Button>
              )}
              {canWithdraw(application.status) && <WithdrawApplication applicationId={application.applicationId} revision={application.revision} title={application.proposal.title ?? t('application.title')} />}
            </Group>
          </Card>
          {openRequestOf(application.status) !== null && application.openQuestions.length > 0 && (
            <InformationAnswerForm applicationId={application.applicationId} revision={application.revision} questions={application.openQuestions} askedBy={openRequestOf(application.status) ?? 'intake'} />
          )}
          {application.award && (
            <Alert color="green" title={t('application.awarded')}>
              <Anchor component={Link} to={`/applicant/allocations/${application.award.allocationId}`}>
                {t('application.seeAllocation', { project: application.award.projectId })}
              </Anchor>
            </Alert>
          )}
          {application.reasons.length > 0 && (
            <Alert color="red" title={t('application.reasons')}>
              <List>
                {application.reasons.map((r) => (
                  <List.Item key={r}>{r}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <EthicsReviewComments applicationId={application.applicationId} status={application.status} />
          {application.checks.length > 0 && (
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('application.checks')}
              </Title>
              <EligibilityChecks checks={application.checks} />
            </Card>
          )}
          <Card withBorder>
            <ProposalDetails proposal={application.proposal} />
          </Card>
        </Stack>
      )}
    </QueryState>
  );
}
