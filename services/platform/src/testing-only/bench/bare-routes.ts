import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ParseUUIDPipe, type INestApplication, type Type } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { Authenticator } from '@hpc-access/auth';
import { newEventId } from '@hpc-access/eventsourcing';
import { createValidationPipe, readJsonBody } from '@hpc-access/http';
import type { Database } from '@hpc-access/sql';
import { plainApplicationPage } from './seed-applications';

/** What a bare route does for one command: its role, the route whose body DTO it validates, the event type it inserts. */
interface BareCommand {
  role: string;
  /** The platform route's operationId: its @Body() DTO is the one the bare route validates. */
  operationId: string;
  /** The route's `:id` path parameter, checked as the platform's pipe checks it. */
  idInPath: boolean;
  eventType: string;
}

/** The four commands of the HTTP bench, as bare routes: `/bare/<name>[/<id>]`. */
export const BARE_COMMANDS: Record<string, BareCommand> = {
  draft: { role: 'applicant', operationId: 'intake.draftApplication', idInPath: false, eventType: 'ApplicationDrafted' },
  submit: { role: 'applicant', operationId: 'intake.submitApplication', idInPath: true, eventType: 'ApplicationSubmitted' },
  register: { role: 'intake-officer', operationId: 'intake.registerOrganisation', idInPath: false, eventType: 'OrganisationRegistered' },
  screen: { role: 'intake-officer', operationId: 'intake.decideScreening', idInPath: true, eventType: 'ApplicationFoundEligible' },
};

/** The @Body() DTO of the route with this operationId, found in the running app (undefined: the route takes no body). */
function bodyDtoOf(app: INestApplication, operationId: string): Type<unknown> | undefined {
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const prototype = (metatype as Type<unknown>).prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const operation = Reflect.getMetadata(API_OPERATION, prototype[name] as object) as { operationId?: string } | undefined;
        if (operation?.operationId !== operationId) continue;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype as object, name) ?? {}) as Record<string, { index: number }>;
        const body = Object.entries(args).find(([key]) => key.split(':')[0] === String(RouteParamtypes.BODY));
        const types = Reflect.getMetadata('design:paramtypes', prototype, name) as Array<Type<unknown>>;
        return body ? types[body[1].index] : undefined;
      }
    }
  }
  throw new Error(`no route with operationId ${operationId}`);
}

/** Where @ApiOperation() keeps its options (@nestjs/swagger's DECORATORS.API_OPERATION, not exported). */
const API_OPERATION = 'swagger/apiOperation';

// The columns of the store's events table; the hash-shaped values are stored, not computed.
const COLUMNS = 'stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash, prev_hash';
const PLACEHOLDER_HASH = 'f'.repeat(64);

const answer = (res: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

/**
 * The baseline of the HTTP bench: in the platform's process, a plain node:http route that does only
 * what a command cannot do without: authenticates the same bearer token with the platform's own
 * Authenticator (same keys, same checks), reads the body with the same reader, validates it with the
 * same pipe and the DTO of the platform's own route, and does one INSERT of the event's row into a table shaped like the store's.
 * No framework, no decider, no hash chain, no encryption, no projection, no outbox.
 */
export async function startBareRoutes(app: INestApplication, db: Database, table: string): Promise<Server> {
  const authenticator = app.get(Authenticator);
  const dtos = new Map(Object.entries(BARE_COMMANDS).map(([name, c]) => [name, bodyDtoOf(app, c.operationId)]));
  const pipe = createValidationPipe();
  const uuid = new ParseUUIDPipe();
  // The lists baseline: the same token check, then the page by the plain indexed query (no count).
  const listPage = async (req: IncomingMessage, res: ServerResponse) => {
    const identity = await authenticator.authenticate(req.headers.authorization).catch(() => undefined);
    if (!identity) return answer(res, 401, { title: 'unauthenticated' });
    const query = new URL(req.url ?? '', 'http://bare').searchParams;
    // As the platform's list: an applicant sees their organisation's applications, an officer any.
    const organisationId = identity.roles.includes('applicant' as never) ? identity.organisationId : query.get('organisationId') ?? undefined;
    const items = await plainApplicationPage(db, 'intake', { status: query.get('status') ?? undefined, organisationId }, Number(query.get('pageSize') ?? 20));
    answer(res, 200, { items });
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const [, prefix, name, id] = (req.url ?? '').split('?')[0].split('/');
      if (prefix === 'bare' && name === 'list' && req.method === 'GET') return listPage(req, res).catch(() => answer(res, 500, { title: 'failed' }));
      const command = prefix === 'bare' ? BARE_COMMANDS[name] : undefined;
      if (!command || req.method !== 'POST') return answer(res, 404, { title: 'not found' });
      const identity = await authenticator.authenticate(req.headers.authorization).catch(() => undefined);
      if (!identity) return answer(res, 401, { title: 'unauthenticated' });
      if (!identity.roles.includes(command.role as never)) return answer(res, 403, { title: 'forbidden' });
      try {
        if (command.idInPath) await uuid.transform(id ?? '', { type: 'param', data: 'id' });
        const raw = await readJsonBody(req);
        const dto = dtos.get(name);
        const body = dto ? await pipe.transform(raw, { type: 'body', metatype: dto }) : {};
        const streamId = newEventId();
        const metadata = { correlationId: newEventId(), causationId: null, actor: { id: identity.userId, role: command.role } };
        await db.query(`INSERT INTO ${table} (${COLUMNS}) VALUES ($1, 0, $2, $3, $4, $5, $6, $7, NULL)`, [
          streamId, newEventId(), command.eventType, JSON.stringify({ id: streamId, ...(body as object) }), JSON.stringify(metadata), new Date(), PLACEHOLDER_HASH,
        ]);
        answer(res, 201, { id: streamId });
      } catch (error) {
        answer(res, 400, { title: error instanceof Error ? error.message : 'invalid' });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
