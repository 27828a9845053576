import { Body, Controller, Get, Module, Param, ParseUUIDPipe, Post, Query, UseInterceptors, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Public, Roles } from '@hpc-access/auth';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { IDEMPOTENCY_STORE, IdempotencyInterceptor } from '../idempotency.interceptor';
import { PAGE_SIZE_MAX, PageQuery } from '../pagination';
import { buildOpenApiDocument } from './document';
import { IsOrganisationId, ORGANISATION_ID_PATTERN, OrganisationIdPipe } from './organisation-id';
import { ApiPageResponse, ApiProblems } from './responses';

class ContactDto {
  @ApiProperty() @IsString() @MaxLength(200) name!: string;
}

class CreateThingDto {
  @ApiProperty() @IsString() @Length(2, 40) @Matches(/^[a-z]+$/) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) size?: number;
  @ApiProperty({ enum: ['a', 'b'] }) @IsIn(['a', 'b']) kind!: string;
  @ApiProperty({ type: () => [ContactDto] }) @IsArray() @ValidateNested({ each: true }) @Type(() => ContactDto) contacts!: ContactDto[];
  @ApiPropertyOptional({ type: () => ContactDto }) @IsOptional() @ValidateNested() @Type(() => ContactDto) owner?: ContactDto;
  @IsOrganisationId() organisationId!: string;
  // Documented but not validated: the pipe refuses it as unknown, so the document must not offer it.
  @ApiPropertyOptional() ignored?: string;
}

class ListThingsQuery extends PageQuery {
  @IsOrganisationId({ optional: true }) organisationId?: string;
}

class ThingView {
  @ApiProperty({ format: 'uuid' }) thingId!: string;
}

@Controller('things')
class ThingsController {
  @Get()
  @Roles('intake-officer')
  @ApiOperation({ operationId: 'test.listThings', summary: 'Things' })
  @ApiPageResponse(ThingView)
  list(@Query() _query: ListThingsQuery) {
    return { page: 1, pageSize: 20, total: 0, items: [] };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'test.getThing', summary: 'One thing' })
  @ApiOkResponse({ type: ThingView })
  @ApiProblems(404)
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return { thingId: id };
  }

  @Get('of/:organisationId')
  @ApiOperation({ operationId: 'test.thingsOf', summary: "An organisation's things" })
  of(@Param('organisationId', OrganisationIdPipe()) organisationId: string) {
    return { organisationId };
  }

  @Post()
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({ operationId: 'test.createThing', summary: 'A thing' })
  create(@Body() _body: CreateThingDto) {
    return {};
  }
}

@Public()
@Controller('open')
class OpenController {
  @Get()
  @ApiOperation({ operationId: 'test.open', summary: 'Open' })
  open() {
    return {};
  }
}

// The interceptor is only named, never run: a store that is never queried.
const unusedStore = { db: {}, schema: 'test', ttlMs: 1000, leaseMs: 1000 };

@Module({ controllers: [ThingsController, OpenController], providers: [{ provide: IDEMPOTENCY_STORE, useValue: unusedStore }] })
class ThingsModule {}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the OpenAPI document of an application', () => {
  let app: INestApplication;
  let document: OpenAPIObject;
  const op = (path: string, method: string): Json => (document.paths[path] as Json)[method];
  const schema = (name: string): Json => document.components!.schemas![name] as Json;

  beforeAll(async () => {
    app = await NestFactory.create(ThingsModule, { logger: false });
    document = buildOpenApiDocument(app, { title: 'Test', description: 'Things' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('is OpenAPI 3.0.3 with a license, a server and the bearer scheme required globally', () => {
    expect(document.openapi).toBe('3.0.3');
    expect(document.info.license).toEqual(expect.objectContaining({ name: 'EUPL-1.2' }));
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(document.security).toEqual([{ bearer: [] }]);
    expect(document.components!.securitySchemes!.bearer).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
  });

  it('opens public routes and gives them no 401, 403 or 429', () => {
    const open = op('/open', 'get');
    expect(open.security).toEqual([]);
    expect(Object.keys(open.responses)).not.toEqual(expect.arrayContaining(['401']));
    expect(open.responses['403']).toBeUndefined();
    expect(open.responses['429']).toBeUndefined();
    expect(open['x-hpc-route']).toBeUndefined();
  });

  it('gives an authenticated route 400, 401, 403, 429 and 503 as problem+json with the Problem schema', () => {
    const list = op('/things', 'get');
    expect(list.security).toBeUndefined();
    for (const status of ['400', '401', '403', '429', '503']) {
      expect(list.responses[status].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
    }
    expect(list.responses['401'].headers['WWW-Authenticate']).toBeDefined();
    expect(list.responses['413']).toBeUndefined();
    expect(schema('Problem').properties.errors.items).toEqual({ $ref: '#/components/schemas/ProblemFieldError' });
  });

  it('declares a page of views and the page query with the one maximum', () => {
    const list = op('/things', 'get');
    const page = list.responses['200'].content['application/json'].schema;
    expect(page.required).toEqual(['page', 'pageSize', 'total', 'items']);
    expect(page.properties.items.items).toEqual({ $ref: '#/components/schemas/ThingView' });
    const pageSize = list.parameters.find((p: Json) => p.name === 'pageSize');
    expect(pageSize).toEqual(expect.objectContaining({ in: 'query', required: false }));
    expect(pageSize.schema).toEqual(expect.objectContaining({ type: 'integer', minimum: 1, maximum: PAGE_SIZE_MAX }));
    const organisationId = list.parameters.find((p: Json) => p.name === 'organisationId');
    expect(organisationId.schema.pattern).toBe(ORGANISATION_ID_PATTERN.source);
  });

  it('says a UUID path parameter is one, and keeps the route\'s own 404', () => {
    const get = op('/things/{id}', 'get');
    const id = get.parameters.find((p: Json) => p.name === 'id');
    expect(id.schema).toEqual(expect.objectContaining({ type: 'string', format: 'uuid' }));
    expect(new RegExp(id.schema.pattern).test('3f2b8c1e-0000-4000-8000-000000000001')).toBe(true);
    expect(get.responses['404'].content['application/problem+json']).toBeDefined();
  });

  it('documents an organisation id path parameter with the pattern its pipe enforces', () => {
    const of = op('/things/of/{organisationId}', 'get');
    const parameter = of.parameters.find((p: Json) => p.name === 'organisationId');
    expect(parameter.schema).toEqual(expect.objectContaining({ type: 'string', pattern: ORGANISATION_ID_PATTERN.source, minLength: 3, maxLength: 64 }));
    const pipe = OrganisationIdPipe();
    expect(pipe.transform('org-aurora', { type: 'param' })).toBe('org-aurora');
    expect(() => pipe.transform('Org_Aurora', { type: 'param' })).toThrow(expect.objectContaining({ problem: expect.objectContaining({ status: 400, errors: [{ field: 'organisationId', reason: expect.stringContaining('organisation id') }] }) }));
  });

  it('gives a route with a body 413 and 415, and with Idempotency-Key 409, 422 and the header', () => {
    const create = op('/things', 'post');
    for (const status of ['413', '415', '409', '422']) expect(create.responses[status]).toBeDefined();
    expect(create.responses['409'].headers['Retry-After']).toBeDefined();
    const key = create.parameters.find((p: Json) => p.name === 'Idempotency-Key');
    expect(key).toEqual(expect.objectContaining({ in: 'header', required: false, schema: expect.objectContaining({ maxLength: 200 }) }));
  });

  it('writes the validation pipe\'s rules into the body schema and refuses unknown properties', () => {
    const body = schema('CreateThingDto');
    expect(body.additionalProperties).toBe(false);
    expect(body.required).toEqual(expect.arrayContaining(['title', 'kind', 'contacts', 'organisationId']));
    expect(body.required).not.toContain('size');
    expect(body.properties.title).toEqual(expect.objectContaining({ type: 'string', minLength: 2, maxLength: 40, pattern: '^[a-z]+$' }));
    expect(body.properties.size).toEqual(expect.objectContaining({ type: 'integer', minimum: 1, nullable: true }));
    expect(body.properties.kind.enum).toEqual(['a', 'b']);
    expect(body.properties.owner).toEqual({ type: 'object', nullable: true, allOf: [{ $ref: '#/components/schemas/ContactDto' }] });
    expect(body.properties.ignored).toBeUndefined();
    expect(schema('ContactDto')).toEqual(expect.objectContaining({ additionalProperties: false, required: ['name'] }));
    expect(schema('ContactDto').properties.name.maxLength).toBe(200);
  });
});
