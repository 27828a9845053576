import { Logger, Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { DevIdentityProviderController } from './dev-identity-provider.controller';
import { DEV_PROVIDER_PATH, DevIdentityProvider, type DevIdentityProviderOptions } from './dev-identity-provider';
import { DevTokenBodyMiddleware } from './dev-token-body.middleware';

/** Mounted by AuthModule in embedded mode only; nothing else should import it. */
@Module({})
export class DevIdentityProviderModule implements NestModule {
  static forRoot(options: DevIdentityProviderOptions): DynamicModule {
    return {
      module: DevIdentityProviderModule,
      controllers: [DevIdentityProviderController],
      providers: [
        {
          provide: DevIdentityProvider,
          useFactory: async () => {
            const provider = await DevIdentityProvider.open(options);
            new Logger(DevIdentityProviderModule.name).warn(
              `development identity provider at ${provider.issuer}: anyone who can reach it gets a token for any role`,
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
