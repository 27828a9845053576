import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ProblemDetailsFilter, createValidationPipe } from '@hpc-access/http';
import { Logger } from 'nestjs-pino';
import { PlatformModule, type PlatformOptions } from './platform.module';

/** Builds the embedded application: used by `main.ts` and by the end-to-end tests alike. */
export async function createPlatformApp(options: PlatformOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(PlatformModule.register(options), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.set('trust proxy', 'loopback');
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('HPC Access')
      .setDescription('Access to EuroHPC supercomputers for responsible AI start-ups and SMEs')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
