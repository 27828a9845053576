import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Body, Controller, Get, Injectable, Module, Param, Post, Query, UseInterceptors, type CallHandler, type CanActivate, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { canonicalJson } from '@hpc-access/eventsourcing';
import type { Request } from 'express';
import request from 'supertest';
import { readJsonBody } from './json-body';
import { ProblemDetailsFilter } from './problem.filter';
import { ReadBodyWith } from './request-body.interceptor';
import { configureRequestInput } from './request-input';
import { createValidationPipe } from './validation';

class SmeDto {
  @IsInt() staff!: number;
}

class RegisterDto {
  @IsString() legalName!: string;
  @ValidateNested() @Type(() => SmeDto) sme!: SmeDto;
  @IsOptional() @IsNumber() gpuHours?: number;
}

class ListQuery {
  @IsOptional() @Matches(/^[a-z]+$/) status?: string;
}

const handled: unknown[] = [];
const hashed: string[] = [];

/** Stands for IdempotencyInterceptor: it hashes the body canonically, which throws on Infinity. */
@Injectable()
class HashesBody implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    hashed.push(canonicalJson(context.switchToHttp().getRequest<Request>().body ?? null));
    return next.handle();
  }
}

/** Stands for the AuthGuard: `x-role: writer` passes, anything else is 403. */
@Injectable()
class RoleGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    return context.switchToHttp().getRequest<Request>().headers['x-role'] === 'writer';
  }
}

@Controller('things')
class ThingsController {
  @Post()
  @UseInterceptors(HashesBody)
  register(@Body() body: RegisterDto) {
    handled.push(body);
    return { ok: true };
  }

  @Get(':id')
  one(@Param('id') id: string, @Query() query: ListQuery) {
    return { id, ...query };
  }

  @Post('upload')
  @ReadBodyWith((req) => readJsonBody(req, 4 * 1024 * 1024))
  upload(@Body() body: { items: unknown[] }) {
    return { items: body.items.length };
  }
}

@Module({ controllers: [ThingsController], providers: [{ provide: APP_GUARD, useClass: RoleGuard }, HashesBody] })
class ThingsModule {}

// The request pipeline every application gets from configureHttpApp: bodies read after the guards,
// unsafe input refused with problem+json 4xx before any handler or interceptor of the route runs.
describe('request input (configureRequestInput, validation pipe, problem filter)', () => {
  let app: NestExpressApplication;
  let http: ReturnType<typeof request>;
  const writer = { 'x-role': 'writer' };
  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    http.post('/things').set(writer).set(headers).send(body);
  /** Bytes as given: supertest would serialise a Buffer sent as JSON. */
  const postBytes = (body: Buffer, headers: Record<string, string>) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: { errors?: unknown[] }; text: string }>((resolve, reject) => {
      const { port } = app.getHttpServer().address() as AddressInfo;
      const req = httpRequest({ host: '127.0.0.1', port, path: '/things', method: 'POST', headers: { ...writer, ...headers, 'content-length': String(body.length) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as { errors?: unknown[] }, text });
        });
      });
      req.on('error', reject);
      req.end(body);
    });

  beforeAll(async () => {
    app = await NestFactory.create<NestExpressApplication>(ThingsModule, { logger: false, bodyParser: false });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new ProblemDetailsFilter());
    configureRequestInput(app);
    await app.listen(0, '127.0.0.1');
    http = request(app.getHttpServer());
  });
  afterAll(() => app.close());
  beforeEach(() => {
    handled.length = 0;
    hashed.length = 0;
  });

  const expectProblem = (response: { status: number; headers: Record<string, unknown>; body: { errors?: unknown[] } }, status: number, field: string) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  };

  it('takes a valid body, plain or gzip-compressed', async () => {
    const body = JSON.stringify({ legalName: 'Aurora', sme: { staff: 4 } });
    await post(body).expect(201);
    const zipped = await postBytes(gzipSync(body), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect([zipped.status, zipped.text]).toEqual([201, '{"ok":true}']);
    expect(handled).toHaveLength(2);
  });

  it('answers a body over the limit with 413 problem+json', async () => {
    expectProblem(await post(JSON.stringify({ legalName: 'x'.repeat(1024 * 1024), sme: { staff: 1 } })), 413, 'body');
    // A route may take more: the upload reads up to 4 MiB.
    const items = Array.from({ length: 30_000 }, (_, i) => ({ i, text: 'some job record text' }));
    await http.post('/things/upload').set(writer).set('content-type', 'application/json').send(JSON.stringify({ items })).expect(201, { items: 30_000 });
    expect(handled).toEqual([]);
  });

  it('answers an unsupported Content-Encoding with 415, another media type with 415', async () => {
    expectProblem(await postBytes(gzipSync('{}'), { 'content-type': 'application/json', 'content-encoding': 'br' }), 415, 'Content-Encoding');
    expectProblem(await post('legalName=x', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'Content-Type');
    expectProblem(await post('{}', { 'content-type': 'application/json; charset=latin1' }), 415, 'Content-Type');
    expectProblem(await postBytes(Buffer.from('not gzip'), { 'content-type': 'application/json', 'content-encoding': 'gzip' }), 400, 'body');
  });

  it('answers JSON nested thousands deep with 400, objects or arrays', async () => {
    expectProblem(await post(`{"sme":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`), 400, 'sme.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a');
    const arrays = await post(`{"legalName":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    expect(arrays.status).toBe(400);
    expect(arrays.body.errors[0].reason).toMatch(/nests deeper than 32 levels/);
  });

  it('refuses a non-finite number (1e999) with 400 naming the field, before any interceptor hashes the body', async () => {
    expectProblem(await post('{"legalName":"Aurora","sme":{"staff":1},"gpuHours":1e999}'), 400, 'gpuHours');
    expectProblem(await post('{"legalName":"Aurora","sme":{"staff":-1e999}}'), 400, 'sme.staff');
    expect(hashed).toEqual([]);
    expect(handled).toEqual([]);
  });

  it('refuses NUL in a body string, a path id or a query parameter with 400 naming it', async () => {
    expectProblem(await post('{"legalName":"Au\\u0000rora","sme":{"staff":1}}'), 400, 'legalName');
    expectProblem(await http.get('/things/a%00b').set(writer), 400, 'path');
    expectProblem(await http.get('/things/a?status=x%00y').set(writer), 400, 'status');
    await http.get('/things/a?status=ok').set(writer).expect(200, { id: 'a', status: 'ok' });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a %s key as an unknown property, at the top or nested', async (key) => {
    const top = await post(`{"legalName":"Aurora","sme":{"staff":1},"${key}":{"polluted":true}}`);
    expectProblem(top, 400, key);
    expect(top.body.errors).toContainEqual({ field: key, reason: `property ${key} should not exist` });
    expectProblem(await post(`{"legalName":"Aurora","sme":{"staff":1,"${key}":{"x":1}}}`), 400, `sme.${key}`);
    expect(handled).toEqual([]);
  });

  it('requires a declared nested object: missing, null or an array in its place is 400', async () => {
    for (const sme of ['[]', '[{"staff":1}]', 'null']) expectProblem(await post(`{"legalName":"Aurora","sme":${sme}}`), 400, 'sme');
    expectProblem(await post('{"legalName":"Aurora"}'), 400, 'sme');
    expect(handled).toEqual([]);
  });

  it('refuses a request the guard refuses before reading its body (the body never ends)', async () => {
    const { port } = app.getHttpServer().address() as AddressInfo;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/things', method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } });
      const deadline = setTimeout(() => { req.destroy(); reject(new Error('no answer: the body was waited for')); }, 10_000);
      req.on('response', (res) => { clearTimeout(deadline); res.resume(); resolve(res.statusCode ?? 0); req.destroy(); });
      req.on('error', () => undefined);
      req.write('{"legalName":');
    });
    expect(status).toBe(403);
  });
});
