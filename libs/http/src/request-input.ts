import type { INestApplication } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RequestBodyInterceptor } from './request-body.interceptor';
import { refuseNulInUrl } from './url-input';

/**
 * How requests are read (ADR 12): NUL characters refused in the URL before routing, bodies read
 * after the guards by RequestBodyInterceptor. The application is created with `bodyParser: false`.
 */
export function configureRequestInput(app: INestApplication): void {
  app.use(refuseNulInUrl);
  app.useGlobalInterceptors(new RequestBodyInterceptor(app.get(Reflector)));
}
