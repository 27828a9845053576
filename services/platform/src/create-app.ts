import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttpApp } from '@hpc-access/http';
import { PlatformModule, type PlatformOptions } from './platform.module';

/** Builds the embedded application: used by `main.ts` and by the end-to-end tests alike. */
export async function createPlatformApp(options: PlatformOptions): Promise<NestExpressApplication> {
  // No body parser: bodies are read after the guards, by the RequestBodyInterceptor configureHttpApp adds.
  const app = await NestFactory.create<NestExpressApplication>(PlatformModule.register(options), { bufferLogs: true, abortOnError: false, bodyParser: false });
  configureHttpApp(app, { title: 'HPC Access', description: 'Access to EuroHPC supercomputers for responsible AI start-ups and SMEs' });
  return app;
}
