import { Logger, Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { ClientRateLimiter, DEFAULT_AUTH_RATE_LIMITS, TOKEN_LIMITER, type RateLimit } from './client-rate-limit';
import { DevIdentityProviderController } from './dev-identity-provider.controller';
import { DEV_PROVIDER_PATH, DevIdentityProvider, type DevIdentityProviderOptions } from './dev-identity-provider';
import { DevTokenBodyMiddleware } from './dev-token-body.middleware';
import { DevTokenRateLimitGuard } from './dev-token-rate-limit.guard';

/** Mounted by AuthModule in embedded mode only; nothing else should import it. */
@Module({})
export class DevIdentityProviderModule implements NestModule {
  static forRoot(options: DevIdentityProviderOptions, tokenRateLimit: RateLimit = DEFAULT_AUTH_RATE_LIMITS.tokens): DynamicModule {
    return {
      module: DevIdentityProviderModule,
      controllers: [DevIdentityProviderController],
      providers: [
        { provide: TOKEN_LIMITER, useValue: new ClientRateLimiter(tokenRateLimit, 'token requests') },
        DevTokenRateLimitGuard,
        {
          provide: DevIdentityProvider,
          useFactory: async () => {
            const provider = await DevIdentityProvider.open(options);
            new Logger(DevIdentityProviderModule.name).warn(
              `AUTH_MODE=development: the development identity provider at ${provider.issuer} gives anyone who can reach it a token for any role; never expose it beyond a developer's machine or a demo`,
            );
            return provider;
          },
        },
      ],
      exports: [DevIdentityProvider],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(DevTokenBodyMiddleware).forRoutes({ path: `${DEV_PROVIDER_PATH}/token`, method: RequestMethod.POST });
  }
}
