import { Alert, Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { uiConfig } from '../app/config';
import { homeOf } from '../roles/home-of';
import { userManagerFor } from './oidc';
import { sessionFromToken, startSession } from './session';

/** `/auth/callback`: the issuer sends the browser back here with the code; the code and the PKCE verifier buy the token. */
export function CallbackPage() {
  const { t } = useTranslation();
  const result = useQuery({
    queryKey: ['oidc-callback'],
    retry: false,
    staleTime: Infinity,
    queryFn: async () => {
      const config = await uiConfig();
      if (config.auth.mode !== 'oidc') throw new Error('this deployment does not sign in with OpenID Connect');
      const user = await (await userManagerFor(config.auth)).signinRedirectCallback();
      const session = sessionFromToken(user.access_token);
      startSession(session);
      return homeOf(session.activeRole);
    },
  });
  if (result.isError) return <Alert color="red" m="xl">{t('signIn.callbackFailed', { message: result.error.message })}</Alert>;
  if (result.isSuccess) return <Navigate to={result.data} />;
  return (
    <Center mih="100vh">
      <Loader aria-label={t('signIn.completing')} />
    </Center>
  );
}
