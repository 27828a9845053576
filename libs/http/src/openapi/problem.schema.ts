import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** One field at fault, as ProblemDetailsFilter lists them (`contacts.0.email`, `If-Match`, `Idempotency-Key`). */
@ApiSchema({ name: 'ProblemFieldError' })
export class ProblemFieldErrorView {
  @ApiProperty({ description: 'Path of the field at fault: a body property (dotted for nested ones), a query parameter or a header name', example: 'organisationId' })
  field!: string;

  @ApiProperty({ description: 'Why the value was refused', example: 'organisationId must be a UUID' })
  reason!: string;
}

/**
 * The one problem+json body (RFC 9457) every refusal and error of the platform carries: the filter
 * builds them all through `problem()`, so one schema describes every 4xx and 5xx.
 */
@ApiSchema({ name: 'Problem', description: 'RFC 9457 problem details, as application/problem+json' })
export class ProblemView {
  @ApiProperty({ format: 'uri', description: 'A URI naming the kind of problem', example: 'https://hpc-access.eu/problems/validation-failed' })
  type!: string;

  @ApiProperty({ description: 'A short summary of the kind of problem', example: 'The request is not valid' })
  title!: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status, repeated', example: 400 })
  status!: number;

  @ApiPropertyOptional({ description: 'What went wrong with this request', example: 'organisationId: organisationId must be a UUID' })
  detail?: string;

  @ApiPropertyOptional({ description: 'The path of the request that failed', example: '/api/applications' })
  instance?: string;

  @ApiPropertyOptional({ description: 'A stable, machine-readable code (the last segment of `type`)', example: 'validation-failed' })
  code?: string;

  @ApiPropertyOptional({ type: () => [ProblemFieldErrorView], description: 'The fields at fault, when input was refused' })
  errors?: ProblemFieldErrorView[];
}
