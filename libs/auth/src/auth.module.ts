import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DEFAULT_AUDIENCE, type AuthModuleOptions, type EmbeddedAuthOptions } from './auth-options';
import { AuthGuard } from './auth.guard';
import { Authenticator } from './authenticator';
import { ClientRateLimiter, DEFAULT_AUTH_RATE_LIMITS, FAILED_AUTHENTICATION_LIMITER } from './client-rate-limit';
import { devIssuer, DevIdentityProvider, type DevIdentityProviderOptions } from './dev-identity-provider';
import { DevIdentityProviderModule } from './dev-identity-provider.module';
import { IssuerReadiness } from './issuer-readiness';
import { JwtVerifier } from './jwt-verifier';

export const AUTH_OPTIONS = Symbol('hpc-access:auth:options');

/**
 * Authentication for a whole application: a global guard that wants a bearer token on every
 * HTTP route not marked @Public(), and checks @Roles(). In embedded mode it also mounts the
 * development identity provider and trusts its keys; in oidc mode that provider does not exist.
 */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      imports:
        options.mode === 'embedded'
          ? [DevIdentityProviderModule.forRoot(devProviderOptions(options), options.rateLimits?.tokens ?? DEFAULT_AUTH_RATE_LIMITS.tokens)]
          : [],
      providers: [
        { provide: AUTH_OPTIONS, useValue: options },
        verifierProvider(options),
        {
          provide: IssuerReadiness,
          useFactory: (verifier: JwtVerifier) => new IssuerReadiness(verifier, options.mode === 'oidc' ? options.issuerRetry : {}),
          inject: [JwtVerifier],
        },
        {
          provide: Authenticator,
          useFactory: (verifier: JwtVerifier) => new Authenticator(verifier, options.mode === 'oidc' ? options.claims : {}),
          inject: [JwtVerifier],
        },
        {
          provide: FAILED_AUTHENTICATION_LIMITER,
          useValue: new ClientRateLimiter(options.rateLimits?.failedAuthentications ?? DEFAULT_AUTH_RATE_LIMITS.failedAuthentications, 'failed authentications'),
        },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [AUTH_OPTIONS, JwtVerifier, Authenticator, IssuerReadiness],
    };
  }
}

function devProviderOptions({ dataDir, publicBaseUrl, audience = DEFAULT_AUDIENCE, tokenTtlSeconds }: EmbeddedAuthOptions): DevIdentityProviderOptions {
  return { dataDir, issuer: devIssuer(publicBaseUrl), audience, tokenTtlSeconds };
}

function verifierProvider(options: AuthModuleOptions): Provider {
  if (options.mode === 'embedded') {
    // Same process: the keys are read from the provider, not fetched over HTTP from ourselves.
    return {
      provide: JwtVerifier,
      useFactory: (provider: DevIdentityProvider) =>
        new JwtVerifier({ issuer: provider.issuer, audience: provider.audience, jwks: provider.publicJwks() }),
      inject: [DevIdentityProvider],
    };
  }
  const { issuer, audience, jwksUri, clockToleranceSeconds, requireAccessTokenType, jwksCooldownMs } = options;
  return {
    provide: JwtVerifier,
    useValue: new JwtVerifier({
      issuer,
      audience,
      ...(jwksUri ? { jwksUri } : {}),
      ...(clockToleranceSeconds !== undefined ? { clockToleranceSeconds } : {}),
      ...(requireAccessTokenType !== undefined ? { requireAccessTokenType } : {}),
      ...(jwksCooldownMs !== undefined ? { jwksCooldownMs } : {}),
    }),
  };
}
