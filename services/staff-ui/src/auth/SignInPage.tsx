import { Alert, Button, Card, Center, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { uiConfig } from '../app/config';
import { homeOf } from '../roles/home-of';
import { DEMO_USERS, type DemoUser } from './demo-users';
import { AUTH_NS } from './i18n';
import { settleIssuerSession, startSignIn, userManagerFor, type OidcConfig } from './oidc';
import { ROLES, type Role } from './roles';
import { currentSession, sessionFromToken, startSession } from './session';

/** `/sign-in`: a demo person of any role (development identity provider) or the organisation's issuer (OIDC). */
export function SignInPage() {
  const { t } = useTranslation();
  const config = useQuery({ queryKey: ['ui-config'], queryFn: uiConfig, staleTime: Infinity });
  return (
    <Center mih="100vh" p="md" component="main">
      <Card withBorder shadow="sm" p="xl" w={480} maw="100%">
        <Stack>
          <div>
            <Title order={1}>{t('app.name')}</Title>
            <Text c="dimmed">{t('app.tagline')}</Text>
          </div>
          <Title order={2} size="h3">
            {t('signIn.title')}
          </Title>
          {config.isPending && <Loader aria-label={t('common.loading')} />}
          {config.isError && <Alert color="red">{t('common.error', { message: config.error.message })}</Alert>}
          {config.data?.auth.mode === 'development' && <DemoSignIn />}
          {config.data?.auth.mode === 'oidc' && <OidcSignIn {...config.data.auth} />}
        </Stack>
      </Card>
    </Center>
  );
}

function DemoSignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [role, setRole] = useState<Role>('applicant');
  const people = useMemo(() => DEMO_USERS.filter((user) => user.role === role), [role]);
  const [userId, setUserId] = useState<string | null>(people[0]?.userId ?? null);
  const signIn = useMutation({
    mutationFn: async () => {
      const user: DemoUser = DEMO_USERS.find((u) => u.userId === userId && u.role === role) ?? { role, userId: `demo-${role}`, name: `demo-${role}` };
      const body = { role, userId: user.userId, ...(user.organisationId ? { organisationId: user.organisationId } : {}), ...(user.siteId ? { siteId: user.siteId } : {}) };
      const token = unwrap(await api.POST('/api/dev/token', { body }));
      // The development provider names people by id; the demo list knows their names.
      return { ...sessionFromToken(token.access_token, role), name: user.name };
    },
    onSuccess: (session) => {
      startSession(session);
      void navigate({ to: homeOf(session.activeRole) });
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        signIn.mutate();
      }}
    >
      <Stack>
        <Text>{t('signIn.demoIntro')}</Text>
        <Select
          label={t('signIn.role')}
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={role}
          allowDeselect={false}
          onChange={(value) => {
            const next = (value ?? 'applicant') as Role;
            setRole(next);
            setUserId(DEMO_USERS.find((u) => u.role === next)?.userId ?? null);
          }}
        />
        <Select
          label={t('signIn.person')}
          data={people.length > 0 ? people.map((p) => ({ value: p.userId, label: p.name })) : [{ value: `demo-${role}`, label: `demo-${role}` }]}
          value={userId ?? `demo-${role}`}
          allowDeselect={false}
          onChange={setUserId}
        />
        {signIn.isError && <Alert color="red">{t('signIn.failed', { message: signIn.error.message })}</Alert>}
        <Button type="submit" loading={signIn.isPending}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}

function OidcSignIn(config: OidcConfig) {
  const { t } = useTranslation();
  const issuerHost = new URL(config.issuer).host;
  // Before the button: back from the issuer's logout, or ending the issuer's session that this tab still holds.
  const settled = useQuery({
    queryKey: ['oidc-issuer-session', config.issuer],
    retry: false,
    staleTime: Infinity,
    queryFn: async () => {
      const outcome = await settleIssuerSession(await userManagerFor(config), window.location.href, currentSession() !== null);
      if (outcome === 'signed-out') window.history.replaceState(null, '', '/sign-in');
      return outcome;
    },
  });
  const signIn = useMutation({ mutationFn: async () => startSignIn(config) });
  if (settled.isPending || settled.data === 'signing-out') return <Loader aria-label={t('signingOut', { ns: AUTH_NS, issuer: issuerHost })} />;
  return (
    <Stack>
      {settled.data === 'signed-out' && <Alert color="green">{t('signedOut', { ns: AUTH_NS, issuer: issuerHost })}</Alert>}
      {settled.isError && <Alert color="red">{t('signIn.failed', { message: settled.error.message })}</Alert>}
      <Text>{t('signIn.oidcIntro')}</Text>
      {signIn.isError && <Alert color="red">{t('signIn.failed', { message: signIn.error.message })}</Alert>}
      <Button onClick={() => signIn.mutate()} loading={signIn.isPending}>
        {t('signIn.oidcSubmit', { issuer: issuerHost })}
      </Button>
    </Stack>
  );
}
