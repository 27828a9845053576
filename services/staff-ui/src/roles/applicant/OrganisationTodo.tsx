import { Alert, Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format';
import { currentPledgeVersion, intakeOrganisation, ownOrganisationId, pledgeRecord } from './applicant-queries';
import { organisationTodo } from './organisation-todo';

/** What the organisation still owes before (and while) it applies: registration, the pledge, an attestation due, a newer pledge version. */
export function OrganisationTodo() {
  const { t } = useTranslation('applicant');
  const organisationId = ownOrganisationId();
  const query = useQuery({
    queryKey: ['applicant-organisation', organisationId, 'todo'],
    queryFn: async () => {
      const [intake, pledge, current] = await Promise.all([intakeOrganisation(organisationId), pledgeRecord(organisationId), currentPledgeVersion()]);
      return { registered: intake !== null, pledge, current };
    },
  });
  const data = query.data;
  if (!data) return null;
  const todo = organisationTodo(data.registered, data.pledge, data.current);
  if (!todo) return null;
  const { key, to, date } = todo;
  const options = date ? { date: formatDate(date) } : {};
  return (
    <Alert color="orange" title={t(`${key}.title`, options)}>
      {/* Blue 9: the primary shade 8 falls under 4.5:1 on the orange tint. */}
      <Anchor component={Link} to={to} c="blue.9" fw={600}>
        {t(`${key}.link`)}
      </Anchor>
    </Alert>
  );
}
