import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ObservabilityModule, ProblemDetailsFilter, secureHttpApp, serveStaffUi, type StaffUiOptions } from '@hpc-access/http';
import { Logger } from 'nestjs-pino';
import type { GatewayOptions } from './gateway-options';
import { GatewayModule } from './gateway.module';

@Module({})
class GatewayAppModule {
  static forRoot(options: GatewayOptions): DynamicModule {
    return { module: GatewayAppModule, imports: [ObservabilityModule, GatewayModule.forRoot(options)] };
  }
}

/**
 * The gateway as it runs alone: JSON logs, problem+json errors, security headers, health and
 * metrics; with `staffUi`, the staff UI at `/` (main.ts).
 */
export async function createGatewayApp(options: GatewayOptions, staffUi?: StaffUiOptions): Promise<NestExpressApplication> {
  // No body parser: request bodies are streamed to the services as they came, byte for byte.
  const app = await NestFactory.create<NestExpressApplication>(GatewayAppModule.forRoot(options), { bodyParser: false, bufferLogs: true });
  // Before the proxy: its own answers and the services' carry the same headers (ADR 14).
  secureHttpApp(app);
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.set('trust proxy', 'loopback');
  app.enableShutdownHooks();
  if (staffUi) serveStaffUi(app, staffUi);
  return app;
}
