import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@hpc-access/auth';
import { GATEWAY_OPTIONS, type GatewayOptions } from './gateway-options';
import { proxyControllerFor } from './proxy.controller';

/** The gateway: authentication (AuthModule's global guard) in front of a proxy to the services. */
@Module({})
export class GatewayModule {
  static forRoot(options: GatewayOptions): DynamicModule {
    return {
      module: GatewayModule,
      imports: [AuthModule.forRoot(options.auth)],
      controllers: [proxyControllerFor(options.routes)],
      providers: [{ provide: GATEWAY_OPTIONS, useValue: options }],
    };
  }
}
