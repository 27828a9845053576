import { Global, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { correlationIdFor } from './correlation';
import { HealthController, HealthRegistry } from './health';
import { HttpMetricsMiddleware, MetricsController, MetricsRegistry } from './metrics';

/** JSON logs with the correlation id on every line, health and Prometheus metrics. */
@Global()
@Module({
  imports: [
    LoggerModule.forRoot({
      pinoHttp: {
        level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
        genReqId: correlationIdFor,
        customAttributeKeys: { reqId: 'correlationId' },
        // Tokens and cookies never reach the logs.
        redact: ['req.headers.authorization', 'req.headers.cookie'],
        autoLogging: { ignore: (req) => req.url === '/metrics' || (req.url ?? '').startsWith('/health') },
      },
    }),
  ],
  controllers: [HealthController, MetricsController],
  providers: [HealthRegistry, MetricsRegistry],
  exports: [HealthRegistry, MetricsRegistry],
})
export class ObservabilityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
