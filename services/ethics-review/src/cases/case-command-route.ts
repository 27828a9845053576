import { HttpCode, Post, UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOperation } from '@nestjs/swagger';
import { Roles, type Role } from '@hpc-access/auth';
import { IdempotencyInterceptor } from '@hpc-access/http';

/** What every command on a case declares: POST, 200, its role, Idempotency-Key, If-Match. */
export function CaseCommandRoute(path: string, role: Role, summary: string): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(200),
    Roles(role),
    UseInterceptors(IdempotencyInterceptor),
    ApiOperation({ summary }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the case changed since' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key and body: same answer, one effect' }),
  );
}
