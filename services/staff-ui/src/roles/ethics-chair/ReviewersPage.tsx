import { Badge, Button, Card, Group, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyError } from '../../forms/problem-to-form';
import { REVIEWER_FORM_FIELDS, reviewerValidators, toRegistration, type ReviewerFormValues, type ReviewerSearch } from './reviewer-registry';

const PAGE_SIZE = 20;

/** `/ethics-chair/reviewers`: the registered reviewers (affiliation, expertise), filtered by expertise in the URL, and the registration of a new one. */
export function ReviewersPage({ search, onSearch }: { search: ReviewerSearch; onSearch: (next: ReviewerSearch) => void }) {
  const { t } = useTranslation('ethics-chair');
  const query = useQuery({
    queryKey: ['ethics-reviewers', 'registry', search],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(await api.GET('/api/ethics/reviewers', { params: { query: { page: search.page ?? 1, pageSize: PAGE_SIZE, ...(search.expertise ? { expertise: search.expertise } : {}) } } })),
  });
  const [expertise, setExpertise] = useState(search.expertise ?? '');
  const applyExpertise = useDebouncedCallback((value: string) => onSearch(value.trim().length >= 2 ? { expertise: value.trim() } : {}), 400);
  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {t('reviewers.title')}
      </Title>
      <Text c="dimmed">{t('reviewers.intro')}</Text>
      <TextInput
        label={t('reviewers.filter')}
        w={320}
        value={expertise}
        onChange={(event) => {
          setExpertise(event.currentTarget.value);
          applyExpertise(event.currentTarget.value);
        }}
      />
      <PagedTable
        query={query}
        idAccessor="reviewerId"
        page={search.page ?? 1}
        pageSize={PAGE_SIZE}
        onPageChange={(page) => onSearch({ ...search, page })}
        columns={[
          { accessor: 'reviewerId', title: t('reviewers.reviewer') },
          { accessor: 'organisationId', title: t('reviewers.affiliation') },
          {
            accessor: 'expertise',
            title: t('reviewers.expertise'),
            render: (row) => (
              <Group gap={4}>
                {row.expertise.map((e) => (
                  <Badge key={e} variant="light" autoContrast>
                    {e}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { accessor: 'registeredAt', title: t('reviewers.registeredAt'), render: (row) => formatDate(row.registeredAt) },
        ]}
      />
      <RegisterReviewer />
    </Stack>
  );
}

function RegisterReviewer() {
  const { t } = useTranslation('ethics-chair');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<ReviewerFormValues>({ mode: 'controlled', initialValues: { reviewerId: '', organisationId: '', expertise: [] }, validateInputOnChange: true, validate: reviewerValidators(t) });
  const register = useMutation({
    mutationFn: async (values: ReviewerFormValues) => unwrap(await api.POST('/api/ethics/reviewers', { body: toRegistration(values) })),
    onMutate: () => setUnmatched([]),
    onSuccess: (reviewer) => {
      notifications.show({ color: 'green', message: t('reviewers.registered', { id: reviewer.reviewerId }) });
      form.reset();
      void queryClient.invalidateQueries({ queryKey: ['ethics-reviewers'] });
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: REVIEWER_FORM_FIELDS })),
  });
  return (
    <Card withBorder component="section" aria-labelledby="register-reviewer">
      <Title order={2} size="h4" id="register-reviewer" mb="sm">
        {t('reviewers.register')}
      </Title>
      <form noValidate onSubmit={form.onSubmit((values) => register.mutate(values))}>
        <Stack>
          <Group align="flex-start" grow>
            <TextInput label={t('reviewers.reviewerId')} description={t('reviewers.reviewerIdHint')} withAsterisk key={form.key('reviewerId')} {...form.getInputProps('reviewerId')} />
            <TextInput label={t('reviewers.organisationId')} description={t('reviewers.organisationIdHint')} withAsterisk key={form.key('organisationId')} {...form.getInputProps('organisationId')} />
          </Group>
          <TagsInput label={t('reviewers.expertise')} description={t('reviewers.expertiseHint')} key={form.key('expertise')} {...form.getInputProps('expertise')} />
          {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
          <Button type="submit" loading={register.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('reviewers.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
