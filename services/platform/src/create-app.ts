import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttpApp, serveStaffUi, type StaffUiOptions } from '@hpc-access/http';
import { PlatformModule, type PlatformOptions } from './platform.module';

/**
 * Builds the embedded application: used by `main.ts` and by the end-to-end tests alike. With
 * `staffUi`, the staff UI is served at `/` (main.ts and the browser tests; the API tests leave it out).
 */
export async function createPlatformApp(options: PlatformOptions, staffUi?: StaffUiOptions): Promise<NestExpressApplication> {
  // No body parser: bodies are read after the guards, by the RequestBodyInterceptor configureHttpApp adds.
  const app = await NestFactory.create<NestExpressApplication>(PlatformModule.register(options), { bufferLogs: true, abortOnError: false, bodyParser: false });
  configureHttpApp(app, { title: 'HPC Access', description: 'Access to EuroHPC supercomputers for responsible AI start-ups and SMEs' });
  if (staffUi) serveStaffUi(app, staffUi);
  return app;
}
