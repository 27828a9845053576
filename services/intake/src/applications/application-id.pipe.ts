import { ParseUUIDPipe } from '@nestjs/common';
import { badRequest } from '@hpc-access/http';

/** Application ids are UUIDs; anything else is a 400 naming the path parameter. */
export const ApplicationIdPipe = new ParseUUIDPipe({ exceptionFactory: () => badRequest('id', 'must be a UUID') });
