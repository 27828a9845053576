import { Alert, Badge, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../components/format';
import { QueryState } from '../../components/QueryState';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyProblem } from '../../forms/problem-to-form';
import { Dossier, RATING_COLOURS } from '../ethics-chair/Dossier';
import { RatingComments } from '../../components/RatingComments';
import {
  DECLARATION_FIELDS,
  declarationValidators,
  emptyReview,
  reviewerStep,
  reviewFields,
  reviewValidators,
  toDeclaration,
  toReview,
  type DeclarationFormValues,
  type ReviewFormValues,
} from './review-form';

type EthicsCase = Schemas['EthicsCaseView'];
const RATINGS = ['no-issue', 'minor-issue', 'major-issue'] as const;

/**
 * `/ethics-reviewer/cases/$caseId`: the declaration first; the application (the dossier) and the
 * review form only after declaring no conflict. The API withholds the dossier until then; this page
 * asks for nothing of it before.
 */
export function ReviewerCasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('ethics-reviewer');
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['ethics-case', caseId], queryFn: async () => unwrap(await api.GET('/api/ethics/cases/{id}', { params: { path: { id: caseId } } })), retry: false });
  const refresh = (kase: EthicsCase) => {
    queryClient.setQueryData(['ethics-case', caseId], kase);
    void queryClient.invalidateQueries({ queryKey: ['ethics-cases'] });
  };
  const problem = problemOf(query.error);
  if (problem?.status === 403) return <Alert color="red">{t('case.notAssigned')}</Alert>;
  if (problem?.status === 404) return <Alert color="red">{t('case.notFound', { id: caseId })}</Alert>;
  return (
    <QueryState query={query}>
      {(kase) => {
        const step = reviewerStep(kase);
        const a = kase.assignment;
        return (
          <Stack maw={1000}>
            <div>
              <Title order={1} size="h2">
                {t('case.title', { id: kase.caseId.slice(0, 8) })}
              </Title>
              <Text c="dimmed">
                {t('case.subtitle', { organisation: kase.organisationId, mode: t(`mode.${kase.mode}`, { ns: 'translation' }), assigned: formatDate(a?.assignedAt), due: formatDate(a?.reviewDueAt) })}
              </Text>
              {a?.overdue && step === 'review' && (
                <Badge color="red" variant="light" c="dark.8" mt="xs">
                  {t('case.overdue')}
                </Badge>
              )}
            </div>
            {step === 'declare' && <DeclarationForm kase={kase} onDeclared={refresh} />}
            {step === 'recused' && <Alert color="orange" title={t('declare.title')}>{t('declare.recused')}</Alert>}
            {step === 'ended' && <Alert color="gray">{t('declare.ended')}</Alert>}
            {(step === 'review' || step === 'reviewed') && a?.declaration && <Text c="dimmed">{t('declare.declaredNone', { date: formatDate(a.declaration.declaredAt) })}</Text>}
            {kase.dossier && (step === 'review' || step === 'reviewed') && (
              <Card withBorder component="section">
                <Dossier dossier={kase.dossier} />
              </Card>
            )}
            {step === 'review' && kase.dossier && <ReviewForm kase={kase} dossier={kase.dossier} onReviewed={refresh} />}
            {step === 'reviewed' && kase.review && <SubmittedReview review={kase.review} />}
          </Stack>
        );
      }}
    </QueryState>
  );
}

function DeclarationForm({ kase, onDeclared }: { kase: EthicsCase; onDeclared: (kase: EthicsCase) => void }) {
  const { t } = useTranslation('ethics-reviewer');
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<DeclarationFormValues>({ mode: 'controlled', initialValues: { conflict: '', statement: '' }, validateInputOnChange: true, validate: declarationValidators(t) });
  const declare = useMutation({
    mutationFn: async (values: DeclarationFormValues) =>
      unwrap(await api.POST('/api/ethics/cases/{id}/declarations', { params: { path: { id: kase.caseId }, header: { 'If-Match': `"${kase.revision}"` } }, body: toDeclaration(values) })),
    onMutate: () => setUnmatched([]),
    onSuccess: (next) => {
      notifications.show({ color: 'green', message: t('declare.recorded') });
      onDeclared(next);
    },
    onError: (error) => {
      const problem = problemOf(error);
      setUnmatched(problem ? applyProblem(form, problem, { fields: DECLARATION_FIELDS }) : [error.message]);
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="declare-heading">
      <form noValidate onSubmit={form.onSubmit((values) => declare.mutate(values))}>
        <Stack>
          <Title order={2} size="h4" id="declare-heading">
            {t('declare.title')}
          </Title>
          <Text>{t('declare.intro')}</Text>
          {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
          <Radio.Group label={t('declare.choice')} withAsterisk key={form.key('conflict')} {...form.getInputProps('conflict')}>
            <Stack mt="xs" gap="xs">
              <Radio value="none" label={t('declare.none')} />
              <Radio value="conflict" label={t('declare.conflict')} />
            </Stack>
          </Radio.Group>
          <Textarea label={t('declare.statement')} description={t('declare.statementHint')} withAsterisk autosize minRows={2} key={form.key('statement')} {...form.getInputProps('statement')} />
          <Group>
            <Button type="submit" loading={declare.isPending}>
              {t('declare.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function ReviewForm({ kase, dossier, onReviewed }: { kase: EthicsCase; dossier: Schemas['DossierView']; onReviewed: (kase: EthicsCase) => void }) {
  const { t } = useTranslation('ethics-reviewer');
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const selfAssessment = new Map(dossier.principles.map((p) => [p.principle, p]));
  const form = useForm<ReviewFormValues>({ mode: 'controlled', initialValues: emptyReview(dossier.principles.map((p) => p.principle)), validateInputOnChange: true, validate: reviewValidators(t) });
  const submit = useMutation({
    mutationFn: async (values: ReviewFormValues) =>
      unwrap(await api.POST('/api/ethics/cases/{id}/reviews', { params: { path: { id: kase.caseId }, header: { 'If-Match': `"${kase.revision}"` } }, body: toReview(values) })),
    onMutate: () => setUnmatched([]),
    onSuccess: (next) => {
      notifications.show({ color: 'green', message: t('review.submitted') });
      onReviewed(next);
    },
    onError: (error) => {
      const problem = problemOf(error);
      setUnmatched(problem ? applyProblem(form, problem, { fields: reviewFields(form.getValues().ratings.length) }) : [error.message]);
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="review-heading">
      <form noValidate onSubmit={form.onSubmit((values) => submit.mutate(values))}>
        <Stack>
          <Title order={2} size="h4" id="review-heading">
            {t('review.title')}
          </Title>
          <Text>{t('review.intro')}</Text>
          {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
          {form.getValues().ratings.map((entry, index) => {
            const own = selfAssessment.get(entry.principle);
            const name = t(`principle.${entry.principle}`, { defaultValue: entry.principle });
            return (
              <Card key={entry.principle} withBorder component="fieldset" aria-label={name}>
                <Stack gap="xs">
                  <Title order={3} size="h5">
                    {name}
                  </Title>
                  {own && (
                    <Text size="sm" c="dimmed">
                      {t('review.selfAssessment', { assessment: t(`assessment.${own.assessment}`), explanation: own.explanation })}
                    </Text>
                  )}
                  <Radio.Group label={t('review.rating')} withAsterisk key={form.key(`ratings.${index}.rating`)} {...form.getInputProps(`ratings.${index}.rating`)}>
                    <Group mt="xs">
                      {RATINGS.map((r) => (
                        <Radio key={r} value={r} label={t(`rating.${r}`)} />
                      ))}
                    </Group>
                  </Radio.Group>
                  <Textarea label={t('review.comment')} description={t('review.commentHint')} withAsterisk autosize minRows={2} key={form.key(`ratings.${index}.comment`)} {...form.getInputProps(`ratings.${index}.comment`)} />
                  <Textarea
                    label={t('review.internalComment')}
                    description={t('review.internalCommentHint')}
                    autosize
                    minRows={2}
                    key={form.key(`ratings.${index}.internalComment`)}
                    {...form.getInputProps(`ratings.${index}.internalComment`)}
                  />
                </Stack>
              </Card>
            );
          })}
          <Group>
            <Button type="submit" loading={submit.isPending}>
              {t('review.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function SubmittedReview({ review }: { review: Schemas['ReviewView'] }) {
  const { t } = useTranslation('ethics-reviewer');
  return (
    <Card withBorder component="section" aria-labelledby="review-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="review-heading">
          {t('review.title')}
        </Title>
        <Text>{t('review.submittedOn', { date: formatDate(review.submittedAt) })}</Text>
        {review.ratings.map((r) => (
          <Group key={r.principle} align="flex-start" wrap="nowrap">
            <Badge color={RATING_COLOURS[r.rating]} variant="light" c="dark.8" miw={110}>
              {t(`rating.${r.rating}`)}
            </Badge>
            <div>
              <Text fw={600} size="sm">
                {t(`principle.${r.principle}`, { defaultValue: r.principle })}
              </Text>
              <RatingComments comment={r.comment} internalComment={r.internalComment} labels={{ comment: t('review.comment'), internal: t('review.internalComment') }} />
            </div>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
