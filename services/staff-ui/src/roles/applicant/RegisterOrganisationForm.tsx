import { ActionIcon, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { applyError } from '../../forms/problem-to-form';
import { emptyOrganisationForm, organisationFormFields, organisationValidators, toRegistration, type OrganisationFormValues } from './organisation-form';

const ROLES = ['representative', 'technical', 'other'] as const;

/** Registers the applicant's organisation with its contact persons, checked as they type. */
export function RegisterOrganisationForm() {
  const { t } = useTranslation('applicant');
  const queryClient = useQueryClient();
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<OrganisationFormValues>({ mode: 'controlled', initialValues: emptyOrganisationForm(), validateInputOnChange: true, validate: organisationValidators(t) });
  const register = useMutation({
    mutationFn: async (values: OrganisationFormValues) => unwrap(await api.POST('/api/organisations', { body: toRegistration(values) })),
    onMutate: () => setUnmatched([]),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('organisation.registered') });
      void queryClient.invalidateQueries({ queryKey: ['applicant-organisation'] });
    },
    onError: (error) => setUnmatched(applyError(form, error, { fields: organisationFormFields(form.getValues()) })),
  });
  const contacts = form.getValues().contacts;
  return (
    <Card withBorder component="section" aria-labelledby="register-heading">
      <Title order={2} size="h4" id="register-heading" mb="xs">
        {t('organisation.registerTitle')}
      </Title>
      <Text c="dimmed" mb="sm">
        {t('organisation.registerIntro')}
      </Text>
      {unmatched.length > 0 && <ProblemAlert messages={unmatched} />}
      <form noValidate onSubmit={form.onSubmit((values) => register.mutate(values))}>
        <Stack>
          <TextInput label={t('organisation.legalName')} withAsterisk key={form.key('legalName')} {...form.getInputProps('legalName')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('organisation.country')} description={t('organisation.countryHint')} withAsterisk maxLength={2} key={form.key('country')} {...form.getInputProps('country')} />
            <TextInput label={t('organisation.registrationNumber')} withAsterisk key={form.key('registrationNumber')} {...form.getInputProps('registrationNumber')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput label={t('organisation.staff')} withAsterisk allowDecimal={false} min={0} key={form.key('sme.staff')} {...form.getInputProps('sme.staff')} />
            <NumberInput label={t('organisation.turnover')} withAsterisk min={0} decimalScale={2} key={form.key('sme.turnoverEurM')} {...form.getInputProps('sme.turnoverEurM')} />
            <NumberInput label={t('organisation.balanceSheet')} withAsterisk min={0} decimalScale={2} key={form.key('sme.balanceSheetEurM')} {...form.getInputProps('sme.balanceSheetEurM')} />
          </SimpleGrid>
          <Title order={3} size="h5">
            {t('organisation.contacts')}
          </Title>
          {contacts.map((_, i) => (
            <Card key={form.key(`contacts.${i}`)} withBorder padding="sm" data-testid="contact">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput label={t('organisation.contactName', { n: i + 1 })} withAsterisk key={form.key(`contacts.${i}.name`)} {...form.getInputProps(`contacts.${i}.name`)} />
                <TextInput label={t('organisation.contactEmail', { n: i + 1 })} type="email" withAsterisk key={form.key(`contacts.${i}.email`)} {...form.getInputProps(`contacts.${i}.email`)} />
                <TextInput label={t('organisation.contactPhone', { n: i + 1 })} key={form.key(`contacts.${i}.phone`)} {...form.getInputProps(`contacts.${i}.phone`)} />
                <Group align="flex-end" wrap="nowrap">
                  <Select
                    style={{ flex: 1 }}
                    label={t('organisation.contactRole', { n: i + 1 })}
                    allowDeselect={false}
                    data={ROLES.map((r) => ({ value: r, label: t(`organisation.roles.${r}`) }))}
                    key={form.key(`contacts.${i}.role`)}
                    {...form.getInputProps(`contacts.${i}.role`)}
                    onChange={(value) => {
                      form.setFieldValue(`contacts.${i}.role`, (value ?? 'other') as OrganisationFormValues['contacts'][number]['role']);
                      // Whether there is a representative depends on every contact's role: check them all.
                      contacts.forEach((__, j) => form.validateField(`contacts.${j}.role`));
                    }}
                  />
                  {contacts.length > 1 && (
                    <ActionIcon variant="default" size="lg" aria-label={t('organisation.removeContact', { n: i + 1 })} onClick={() => form.removeListItem('contacts', i)}>
                      ×
                    </ActionIcon>
                  )}
                </Group>
              </SimpleGrid>
            </Card>
          ))}
          <Group justify="space-between">
            <Button variant="default" disabled={contacts.length >= 10} onClick={() => form.insertListItem('contacts', { name: '', email: '', phone: '', role: 'technical' })}>
              {t('organisation.addContact')}
            </Button>
            <Button type="submit" loading={register.isPending}>
              {t('organisation.register')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
