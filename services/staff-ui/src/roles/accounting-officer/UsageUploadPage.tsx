import { Button, Card, FileInput, Group, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, problemOf, unwrap, type Schemas } from '../../api/client';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyProblem } from '../../forms/problem-to-form';
import { ImportReport } from './ImportReportPage';
import { sacctBatches } from './sacct-batches';
import { UPLOAD_FIELDS, uploadValidators, type UploadFormValues } from './upload-form';

const LINES_PER_BATCH = 5000;

/** `/accounting-officer/imports/new`: a sacct file imported on a site's behalf, in batches with progress, and each batch's report. */
export function UsageUploadPage() {
  const { t } = useTranslation('accounting-officer');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [reports, setReports] = useState<Array<Schemas['ImportReportView']>>([]);
  const form = useForm<UploadFormValues>({ mode: 'controlled', initialValues: { siteId: '', system: '', timeZone: '', file: null }, validateInputOnChange: true, validate: uploadValidators(t('upload.required'), t('upload.fileRequired')) });
  const upload = useMutation({
    mutationFn: async (values: UploadFormValues) => {
      const text = await (values.file as File).text();
      const batches = sacctBatches(text, LINES_PER_BATCH);
      // One key per upload and batch: a retried batch is the same import, not a second one.
      const key = `ui-${crypto.randomUUID()}`;
      setProgress({ done: 0, total: batches.length });
      setReports([]);
      for (const [index, batch] of batches.entries()) {
        const report = unwrap(
          await api.POST('/api/accounting/usage/sacct', {
            params: { query: { siteId: values.siteId.trim(), system: values.system.trim(), ...(values.timeZone.trim() ? { timeZone: values.timeZone.trim() } : {}) }, header: { 'Idempotency-Key': `${key}-${index}` } },
            body: batch,
            bodySerializer: (body: string) => body,
            headers: { 'Content-Type': 'text/plain' },
          }),
        );
        setReports((r) => [...r, report]);
        setProgress({ done: index + 1, total: batches.length });
      }
      return batches.length;
    },
    onMutate: () => setUnmatched([]),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['accounting-imports'] }),
    onError: (error) => {
      const problem = problemOf(error);
      setUnmatched(problem ? applyProblem(form, problem, { fields: UPLOAD_FIELDS }) : [error.message]);
    },
  });
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('upload.title')}
      </Title>
      <Text c="dimmed">{t('upload.intro')}</Text>
      <Card withBorder>
        <form noValidate onSubmit={form.onSubmit((values) => upload.mutate(values))}>
          <Stack>
            {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
            <Group grow align="flex-start">
              <TextInput label={t('upload.siteId')} withAsterisk key={form.key('siteId')} {...form.getInputProps('siteId')} />
              <TextInput label={t('upload.system')} withAsterisk key={form.key('system')} {...form.getInputProps('system')} />
              <TextInput label={t('upload.timeZone')} description={t('upload.timeZoneHint')} key={form.key('timeZone')} {...form.getInputProps('timeZone')} />
            </Group>
            <FileInput label={t('upload.file')} withAsterisk accept=".txt,.log,.psv,text/plain" key={form.key('file')} {...form.getInputProps('file')} />
            <Group>
              <Button type="submit" loading={upload.isPending}>
                {t('upload.send')}
              </Button>
            </Group>
            {progress && (
              <Stack gap={4}>
                <Progress value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100} aria-label={t('upload.progress', progress)} />
                <Text size="sm" role="status">
                  {upload.isSuccess ? t('upload.done', { count: progress.total }) : t('upload.progress', progress)}
                </Text>
              </Stack>
            )}
          </Stack>
        </form>
      </Card>
      {reports.length > 0 && (
        <Title order={2} size="h4">
          {t('upload.reports')}
        </Title>
      )}
      {reports.map((r) => (
        <Card withBorder key={r.importId}>
          <ImportReport report={r} />
        </Card>
      ))}
    </Stack>
  );
}
