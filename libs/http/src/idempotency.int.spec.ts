import { Body, Controller, HttpCode, Module, Post, Res, UseInterceptors } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ERASED, InMemoryPersonalDataKeys } from '@hpc-access/eventsourcing';
import { findRepoFile, loadSqlMigrations, openPglite, runMigrations, type Database } from '@hpc-access/sql';
import { assertPgliteCanRunUnderJest, randomSchemaName } from '@hpc-access/testing';
import type { Response } from 'express';
import request from 'supertest';
import { IdempotencyTable, IDEMPOTENCY_STORE } from './idempotency-store';
import { IdempotencyInterceptor, PersonalDataInAnswer } from './idempotency.interceptor';
import { ProblemDetailsFilter } from './problem.filter';

const HOUR = 3_600_000;
let db: Database;
let clock = Date.parse('2026-12-07T09:00:00Z');
const keys = new InMemoryPersonalDataKeys();
let effects = 0;

@Controller('things')
class ThingsController {
  @Post()
  @HttpCode(201)
  @UseInterceptors(IdempotencyInterceptor)
  create(@Body() body: { name: string }, @Res({ passthrough: true }) res: Response) {
    effects += 1;
    res.setHeader('Location', `/things/${effects}`);
    return { thing: effects, name: body.name };
  }

  @Post('people')
  @HttpCode(201)
  @UseInterceptors(IdempotencyInterceptor)
  @PersonalDataInAnswer([{ path: 'contacts[]', subjectField: 'personId', fields: ['name', 'email'] }])
  register(@Body() body: { contacts: Array<{ personId: string; name: string; email: string }> }) {
    effects += 1;
    return { organisation: `org-${effects}`, contacts: body.contacts };
  }
}

describe('Idempotency-Key (issue 12: erased data, expiry, crashed holders, query strings)', () => {
  let app: NestExpressApplication;
  let schema: string;
  const rows = async () => (await db.query<{ row: string }>(`SELECT k::text AS row FROM ${schema}.idempotency_keys k`)).rows.map((r) => r.row);

  beforeAll(async () => {
    assertPgliteCanRunUnderJest();
    db = await openPglite();
    schema = randomSchemaName();
    await runMigrations(db, schema, loadSqlMigrations(findRepoFile('infra/migrations/http'), 'http'));
    @Module({
      controllers: [ThingsController],
      providers: [{ provide: IDEMPOTENCY_STORE, useValue: { db, schema, keys, ttlMs: 24 * HOUR, leaseMs: 30_000, now: () => clock } }],
    })
    class TestModule {}
    app = await NestFactory.create<NestExpressApplication>(TestModule, { logger: false });
    app.useGlobalFilters(new ProblemDetailsFilter());
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('the query string is part of the key\'s scope: the same key on another query string is another request', async () => {
    const before = effects;
    const a = await request(app.getHttpServer()).post('/things?call=a').set('Idempotency-Key', 'k-query').send({ name: 'x' }).expect(201);
    const b = await request(app.getHttpServer()).post('/things?call=b').set('Idempotency-Key', 'k-query').send({ name: 'x' }).expect(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect(b.body.thing).not.toBe(a.body.thing);
    const again = await request(app.getHttpServer()).post('/things?call=a').set('Idempotency-Key', 'k-query').send({ name: 'x' }).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(a.body);
    expect(effects).toBe(before + 2);
  });

  it('an answer expires after the configured time: the key runs afresh, and expired rows are deleted', async () => {
    const first = await request(app.getHttpServer()).post('/things').set('Idempotency-Key', 'k-expiry').send({ name: 'x' }).expect(201);
    clock += 23 * HOUR;
    const replay = await request(app.getHttpServer()).post('/things').set('Idempotency-Key', 'k-expiry').send({ name: 'x' }).expect(201);
    expect(replay.body).toEqual(first.body);
    clock += 2 * HOUR;
    const fresh = await request(app.getHttpServer()).post('/things').set('Idempotency-Key', 'k-expiry').send({ name: 'x' }).expect(201);
    expect(fresh.headers['idempotent-replayed']).toBeUndefined();
    expect(fresh.body.thing).toBeGreaterThan(first.body.thing);

    clock += 25 * HOUR;
    await app.get(IdempotencyInterceptor, { strict: false }).purge();
    expect(await rows()).toEqual([]);
  });

  it('a key left pending by a process that died is refused with Retry-After until its lease ran out, then runs', async () => {
    // What a crashed process leaves: a pending key whose lease nobody renews.
    const abandoned = new IdempotencyTable(db, schema);
    const scope = await scopeSeenFor('/things', 'k-crash');
    const body = { name: 'crash' };
    await abandoned.claim(scope.scope, 'k-crash', scope.requestHash, 'dead-process', new Date(clock), new Date(clock + 30_000), new Date(clock - 24 * HOUR));

    const refused = await request(app.getHttpServer()).post('/things').set('Idempotency-Key', 'k-crash').send(body).expect(409);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBe(30);

    clock += 31_000;
    const before = effects;
    const taken = await request(app.getHttpServer()).post('/things').set('Idempotency-Key', 'k-crash').send(body).expect(201);
    expect(taken.body.thing).toBe(before + 1);
    const replay = await request(app.getHttpServer()).post('/things').set('Idempotency-Key', 'k-crash').send(body).expect(201);
    expect(replay.body).toEqual(taken.body);
    // A different body under the abandoned key is still a reuse, not a takeover.
    await request(app.getHttpServer()).post('/things').set('Idempotency-Key', 'k-crash').send({ name: 'other' }).expect(422);
  });

  it('keeps no personal data in clear, and after erasure the replay answers the fields as erased', async () => {
    const contacts = [
      { personId: 'person-ada', name: 'Ada Quickfinger', email: 'ada.quickfinger@example.eu' },
      { personId: 'person-bo', name: 'Bo Steadyhand', email: 'bo.steadyhand@example.eu' },
    ];
    const first = await request(app.getHttpServer()).post('/things/people').set('Idempotency-Key', 'k-people').send({ contacts }).expect(201);
    expect(first.body.contacts).toEqual(contacts);
    const stored = (await rows()).join('\n');
    for (const clear of ['Ada Quickfinger', 'ada.quickfinger@example.eu', 'Bo Steadyhand', 'bo.steadyhand@example.eu']) expect(stored).not.toContain(clear);
    const replay = await request(app.getHttpServer()).post('/things/people').set('Idempotency-Key', 'k-people').send({ contacts }).expect(201);
    expect(replay.body).toEqual(first.body);

    await keys.erase('person-ada');
    const afterErasure = await request(app.getHttpServer()).post('/things/people').set('Idempotency-Key', 'k-people').send({ contacts }).expect(201);
    expect(afterErasure.headers['idempotent-replayed']).toBe('true');
    expect(afterErasure.body.contacts).toEqual([
      { personId: 'person-ada', name: ERASED, email: ERASED },
      { personId: 'person-bo', name: 'Bo Steadyhand', email: 'bo.steadyhand@example.eu' },
    ]);
  });

  /** The scope and request hash the interceptor computes for an anonymous POST, read back from a throw-away row. */
  async function scopeSeenFor(path: string, key: string): Promise<{ scope: string; requestHash: string }> {
    await request(app.getHttpServer()).post(path).set('Idempotency-Key', `${key}-probe`).send({ name: 'crash' }).expect(201);
    const { rows: found } = await db.query<{ scope: string; request_hash: string }>(`SELECT scope, request_hash FROM ${schema}.idempotency_keys WHERE key = $1`, [`${key}-probe`]);
    return { scope: found[0].scope, requestHash: found[0].request_hash };
  }
});
