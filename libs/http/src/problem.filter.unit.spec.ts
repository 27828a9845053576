import { BadRequestException, HttpException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { ConcurrencyError, conflict, DomainError, forbidden, invalid, notFound, StaleRevisionError } from '@hpc-access/eventsourcing';
import { WritesRefusedError } from '@hpc-access/sql';
import { badRequest } from './problem';
import { toProblem } from './problem.filter';

describe('toProblem', () => {
  it.each([
    ['not_found', 404, 'Not found', notFound('organisation-not-found', 'no organisation org-9')],
    ['conflict', 409, 'Conflict', conflict('already-registered', 'org-1 is already registered')],
    ['invalid', 422, 'The request cannot be carried out', invalid('end-before-start', 'the call ends before it opens')],
    ['forbidden', 403, 'Not allowed', forbidden('not-a-reviewer', 'only reviewers may score')],
  ] as const)('maps a domain error of kind %s to %i with its code and message', (kind, status, title, error) => {
    expect(error.kind).toBe(kind);
    expect(toProblem(error)).toEqual({
      type: `https://hpc-access.eu/problems/${error.code}`,
      title,
      status,
      code: error.code,
      detail: error.message,
    });
  });

  it('lists the field a domain error names', () => {
    expect(toProblem(invalid('end-before-start', 'closes must be after opens', 'closes'))).toMatchObject({
      status: 422,
      code: 'end-before-start',
      errors: [{ field: 'closes', reason: 'closes must be after opens' }],
    });
    expect(toProblem(new DomainError('conflict', 'acronym-taken', 'BSC is taken', 'acronym'))).toMatchObject({
      status: 409,
      errors: [{ field: 'acronym', reason: 'BSC is taken' }],
    });
  });

  it('maps an append refused over an altered history to 503 history-altered with the reason', () => {
    expect(toProblem(new WritesRefusedError('history-altered: event e1 is gone'))).toMatchObject({
      status: 503,
      code: 'history-altered',
      detail: 'Writes are refused: the event history does not match the signed audit ledger (history-altered: event e1 is gone)',
    });
  });

  it('maps a stale If-Match revision to 412 naming If-Match', () => {
    const result = toProblem(new StaleRevisionError('organisation-org-1', 3, 5));

    expect(result).toMatchObject({ status: 412, code: 'stale-revision', errors: [{ field: 'If-Match', reason: 'stale revision' }] });
    expect(result.detail).toBe('If-Match revision 3 is stale; current revision is 5');
  });

  it('says there is no current revision when the stream a stale If-Match named does not exist', () => {
    expect(toProblem(new StaleRevisionError('organisation-org-1', 3, null)).detail).toMatch(/current revision is none$/);
  });

  it('maps a lost race that retries could not win to 409 concurrent-modification', () => {
    expect(toProblem(new ConcurrencyError('organisation-org-1', 2, 4))).toMatchObject({
      status: 409,
      code: 'concurrent-modification',
      type: 'https://hpc-access.eu/problems/concurrent-modification',
    });
  });

  it('keeps the status and message of a NestJS HttpException', () => {
    expect(toProblem(new NotFoundException('no such route'))).toMatchObject({ status: 404, code: 'not-found', detail: 'no such route' });
    expect(toProblem(new UnauthorizedException())).toMatchObject({ status: 401, code: 'authentication-required', title: 'Authentication required' });
    expect(toProblem(new HttpException('I am a teapot', 418))).toMatchObject({ status: 418, code: 'error', detail: 'I am a teapot' });
    expect(toProblem(new BadRequestException(['a is missing', 'b is missing']))).toMatchObject({ status: 400, detail: 'a is missing,b is missing' });
  });

  it("keeps the 4xx status of Express' own errors (http-errors from body-parser, raw-body, the router) instead of answering 500", () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, statusCode: 413, expose: true, type: 'entity.too.large' });
    const encoding = Object.assign(new Error('unsupported content encoding "br"'), { status: 415, expose: true });
    expect(toProblem(tooLarge)).toMatchObject({ status: 413, code: 'payload-too-large', title: 'Payload too large', detail: 'request entity too large' });
    expect(toProblem(encoding)).toMatchObject({ status: 415, code: 'unsupported-media-type' });
    // A status that is not the client's, or one marked not to be shown, stays an internal error.
    expect(toProblem(Object.assign(new Error('db down'), { status: 503 }))).toMatchObject({ status: 500 });
    expect(toProblem(Object.assign(new Error('secret'), { status: 400, expose: false }))).toMatchObject({ status: 500 });
  });

  it('passes a ProblemException through as it was built', () => {
    const exception = badRequest('If-Match', 'must be an ETag');

    expect(toProblem(exception)).toBe(exception.problem);
  });

  it('answers 500 to an unknown error without leaking its message', () => {
    const result = toProblem(new Error('connect ECONNREFUSED postgres://admin:hunter2@db'));

    expect(result).toEqual({
      type: 'https://hpc-access.eu/problems/internal-error',
      title: 'Internal error',
      status: 500,
      code: 'internal-error',
      detail: 'The request could not be completed; it has been logged',
    });
    expect(JSON.stringify(result)).not.toMatch(/hunter2|ECONNREFUSED/);
  });

  it('answers 500 to something thrown that is not an Error at all', () => {
    expect(toProblem('a string was thrown')).toMatchObject({ status: 500, code: 'internal-error' });
    expect(toProblem(undefined)).toMatchObject({ status: 500 });
  });
});
