import { HttpCode, Post, applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOperation } from '@nestjs/swagger';
import { Roles, type Role } from '@hpc-access/auth';

/** What every command on an existing application declares: POST, 200, its role, If-Match. */
export function ApplicationCommandRoute(path: string, role: Role, summary: string): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(200),
    Roles(role),
    ApiOperation({ summary }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag last read; 412 if the application changed since' }),
  );
}
