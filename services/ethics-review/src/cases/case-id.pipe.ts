import { type PipeTransform } from '@nestjs/common';
import { badRequest } from '@hpc-access/http';

/** Case ids are application ids: opaque, bounded, URL-safe. */
export const CASE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** Anything but a case id is a 400 naming the parameter. */
export const CaseIdPipe: PipeTransform<string, string> = {
  transform(value: string): string {
    if (!CASE_ID_PATTERN.test(value)) throw badRequest('id', 'must be a case id (1 to 128 letters, digits, ".", "_", ":" or "-")');
    return value;
  },
};
