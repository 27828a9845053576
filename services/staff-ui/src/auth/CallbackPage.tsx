import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { uiConfig } from '../app/config';
import { homeOf } from '../roles/home-of';
import { AUTH_NS } from './i18n';
import { completeSignIn, confirmWithPlatform, sessionFromIssuerToken, SignInRefused, userManagerFor } from './oidc';
import { startSession } from './session';

/**
 * `/auth/callback`: the issuer sends the browser back here with the code; the code and the PKCE
 * verifier buy the tokens, the platform confirms it takes the access token, and the session starts
 * on the role's home. Anything that stops it is said here, with the way back to sign-in.
 */
export function CallbackPage() {
  const { t } = useTranslation();
  const result = useQuery({
    queryKey: ['oidc-callback'],
    retry: false,
    staleTime: Infinity,
    queryFn: async () => {
      const config = await uiConfig();
      if (config.auth.mode !== 'oidc') throw new Error('this deployment does not sign in with OpenID Connect');
      const user = await completeSignIn(config.auth, window.location.href, await userManagerFor(config.auth));
      await confirmWithPlatform(user.access_token, config.auth.issuer);
      // The access token carries the platform's claims; the person's name may be in the ID token only.
      const name = user.profile.name ?? user.profile.preferred_username;
      const session = sessionFromIssuerToken(user.access_token, config.auth.issuer, name ?? user.profile.sub);
      startSession(session.name || !name ? session : { ...session, name });
      return homeOf(session.activeRole);
    },
  });
  if (result.isError) {
    const error = result.error;
    return (
      <Center mih="100vh" p="md" component="main">
        <Stack maw={560}>
          <Alert color="red" title={t('signIn.title')}>
            {error instanceof SignInRefused ? t(error.key, { ns: AUTH_NS, ...error.values }) : t('signIn.callbackFailed', { message: error.message })}
          </Alert>
          {/* A full load of /sign-in: it ends the issuer's session too, so another account can sign in. */}
          <Anchor href="/sign-in">{t('backToSignIn', { ns: AUTH_NS })}</Anchor>
        </Stack>
      </Center>
    );
  }
  if (result.isSuccess) return <Navigate to={result.data} replace />;
  return (
    <Center mih="100vh">
      <Loader aria-label={t('signIn.completing')} />
    </Center>
  );
}
