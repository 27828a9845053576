import { Alert, Button, Card, Group, List, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyProblem } from '../../forms/problem-to-form';
import type { EthicsCase } from './CasePage';
import { conditionFields, DECISION_FIELDS, decisionValidators, OUTCOMES, toDecision, type DecisionFormValues } from './case-decision';

/** The decision: shown once taken; otherwise the form once the required reviews are in, or what it waits for. */
export function CaseDecision({ kase, onDecided }: { kase: EthicsCase; onDecided: (kase: EthicsCase) => void }) {
  const { t } = useTranslation('ethics-chair');
  const heading = (
    <Title order={2} size="h4" id="decision-heading">
      {t('decision.title')}
    </Title>
  );
  if (kase.decision) {
    const d = kase.decision;
    return (
      <Card withBorder component="section" aria-labelledby="decision-heading">
        <Stack gap="xs">
          {heading}
          <Text fw={600}>{t('decision.decided', { outcome: t(`outcome.${d.outcome}`), date: formatDate(d.decidedAt) })}</Text>
          {d.automatic && <Text>{t('decision.automatic')}</Text>}
          {d.conditions.length > 0 && (
            <>
              <Text fw={600}>{t('decision.conditionsGiven')}</Text>
              <List>
                {d.conditions.map((c) => (
                  <List.Item key={c.conditionId}>
                    {c.text} ({t('decision.due', { date: formatDate(c.dueDate) })})
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {d.reasons.length > 0 && (
            <>
              <Text fw={600}>{t('decision.reasonsGiven')}</Text>
              <List>
                {d.reasons.map((r) => (
                  <List.Item key={r}>{r}</List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      </Card>
    );
  }
  if (kase.status === 'withdrawn') return null;
  return (
    <Card withBorder component="section" aria-labelledby="decision-heading">
      <Stack>
        {heading}
        {kase.status === 'information-requested' ? (
          <Alert color="orange">{t('decision.awaitingInformation')}</Alert>
        ) : kase.status === 'awaiting-decision' ? (
          <DecisionForm kase={kase} onDecided={onDecided} />
        ) : (
          <Text c="dimmed">{t('decision.waitingForReviews', { required: kase.reviewersRequired, in: kase.reviewsIn })}</Text>
        )}
      </Stack>
    </Card>
  );
}

function DecisionForm({ kase, onDecided }: { kase: EthicsCase; onDecided: (kase: EthicsCase) => void }) {
  const { t } = useTranslation('ethics-chair');
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const today = new Date().toISOString().slice(0, 10);
  const form = useForm<DecisionFormValues>({
    mode: 'controlled',
    initialValues: { outcome: 'cleared', reasons: '', questions: '', conditions: [{ text: '', dueDate: '' }] },
    validateInputOnChange: true,
    validate: decisionValidators(t, today),
  });
  const decide = useMutation({
    mutationFn: async (values: DecisionFormValues) =>
      unwrap(await api.POST('/api/ethics/cases/{id}/decision', { params: { path: { id: kase.caseId }, header: { 'If-Match': `"${kase.revision}"` } }, body: toDecision(values) })),
    onMutate: () => setUnmatched([]),
    onSuccess: (next) => {
      notifications.show({ color: 'green', message: t('decision.recorded') });
      onDecided(next);
    },
    onError: (error) => {
      const problem = problemOf(error);
      setUnmatched(problem ? applyProblem(form, problem, { fields: [...DECISION_FIELDS, ...conditionFields(form.getValues().conditions.length)] }) : [error.message]);
    },
  });
  const { outcome, conditions } = form.getValues();
  return (
    <form noValidate onSubmit={form.onSubmit((values) => decide.mutate(values))}>
      <Stack>
        {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
        <Radio.Group label={t('decision.outcome')} key={form.key('outcome')} {...form.getInputProps('outcome')}>
          <Group mt="xs">
            {OUTCOMES.map((o) => (
              <Radio key={o} value={o} label={t(`outcome.${o}`)} />
            ))}
          </Group>
        </Radio.Group>
        {outcome === 'cleared-with-conditions' && (
          <Stack gap="xs">
            <Text fw={600}>{t('decision.conditions')}</Text>
            {conditions.map((_, index) => (
              <Group key={form.key(`conditions.${index}`)} align="flex-start" grow>
                <TextInput label={t('decision.conditionText', { n: index + 1 })} withAsterisk={index === 0} key={form.key(`conditions.${index}.text`)} {...form.getInputProps(`conditions.${index}.text`)} />
                <TextInput type="date" label={t('decision.conditionDue', { n: index + 1 })} description={t('decision.conditionDueHint')} min={today} key={form.key(`conditions.${index}.dueDate`)} {...form.getInputProps(`conditions.${index}.dueDate`)} />
                {conditions.length > 1 && (
                  <Button variant="subtle" color="red" mt={24} style={{ flexGrow: 0 }} onClick={() => form.removeListItem('conditions', index)} aria-label={t('decision.removeCondition', { n: index + 1 })}>
                    ×
                  </Button>
                )}
              </Group>
            ))}
            <Group>
              <Button variant="light" onClick={() => form.insertListItem('conditions', { text: '', dueDate: '' })}>
                {t('decision.addCondition')}
              </Button>
            </Group>
          </Stack>
        )}
        {outcome === 'information-requested' ? (
          <Textarea label={t('decision.questions')} withAsterisk autosize minRows={3} key={form.key('questions')} {...form.getInputProps('questions')} />
        ) : (
          <Textarea label={t('decision.reasons')} description={t('decision.reasonsHint')} withAsterisk={outcome === 'refused'} autosize minRows={3} key={form.key('reasons')} {...form.getInputProps('reasons')} />
        )}
        <Group>
          <Button type="submit" loading={decide.isPending}>
            {t('decision.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
