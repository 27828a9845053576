import { ParseUUIDPipe } from '@nestjs/common';
import { badRequest } from '@hpc-access/http';

/** Ids of applications, allocations and calls are UUIDs; anything else is a 400 naming the path parameter. */
export const IdPipe = new ParseUUIDPipe({ exceptionFactory: () => badRequest('id', 'must be a UUID') });
