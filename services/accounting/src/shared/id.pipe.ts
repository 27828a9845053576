import { ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { badRequest } from '@hpc-access/http';

/** Allocation ids belong to allocation: opaque, but bounded and free of anything odd. */
export const ALLOCATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The path parameter as the OpenAPI document declares it: what AllocationIdPipe lets through. */
export const ALLOCATION_ID_PARAM = { name: 'id', description: 'The allocation id', schema: { type: 'string' as const, pattern: ALLOCATION_ID.source, maxLength: 128 } };

export const AllocationIdPipe: PipeTransform<string, string> = {
  transform(value: string): string {
    if (!ALLOCATION_ID.test(value)) throw badRequest('id', 'must be 1 to 128 letters, digits, ., _, : or -');
    return value;
  },
};

export const ImportIdPipe = new ParseUUIDPipe({ exceptionFactory: () => badRequest('id', 'must be a UUID') });
