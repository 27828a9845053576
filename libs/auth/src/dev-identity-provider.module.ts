import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { DevIdentityProviderController } from './dev-identity-provider.controller';
import { DevIdentityProvider, type DevIdentityProviderOptions } from './dev-identity-provider';

/** Mounted by AuthModule in embedded mode only; nothing else should import it. */
@Module({})
export class DevIdentityProviderModule {
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
}
