import { plainToInstance } from 'class-transformer';
import {
  IsIn,
  IsNotEmpty,
  IsObject,
  IsRFC3339,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  validateSync,
  type ValidationError,
} from 'class-validator';
import { IsEntityId } from './entity-id';
import { BOUNDED_CONTEXTS, type BoundedContext } from './naming';
import { contractFor, type KnownIntegrationEvent } from './registry';

/** One reason a message is not a valid integration event; `field` is a path such as `data.country`. */
export interface FieldError {
  field: string;
  reason: string;
}

export type IntegrationEventValidation =
  | { ok: true; event: KnownIntegrationEvent }
  | { ok: false; errors: FieldError[] };

/** The envelope's own rules; the payload is checked against its type's class afterwards. */
class IntegrationEventEnvelope {
  @IsUUID() id!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) type!: string;
  @IsIn(BOUNDED_CONTEXTS) source!: BoundedContext;
  @IsEntityId() subject!: string;
  @IsRFC3339() time!: string;
  @IsString() @IsNotEmpty() @MaxLength(200) correlationId!: string;
  // Present and null for an event caused by no message (an HTTP command without a causation).
  @ValidateIf((_, value) => value !== null) @IsString() @IsNotEmpty() @MaxLength(200) causationId!: string | null;
  @IsObject() data!: object;
}

// Strict on both levels: an unknown field is a contract the consumer does not know, so it is
// rejected rather than silently dropped. Additive changes therefore ship as a new version.
const options = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

/**
 * Checks an untrusted message (parsed JSON) against the contracts: envelope, known type, matching
 * source, payload. Returns the typed event or every field error found.
 */
export function validateIntegrationEvent(raw: unknown): IntegrationEventValidation {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, errors: [{ field: '', reason: 'an integration event must be a JSON object' }] };
  }
  const envelope = plainToInstance(IntegrationEventEnvelope, raw);
  const envelopeErrors = flatten(validateSync(envelope, options));
  if (envelopeErrors.length > 0) return { ok: false, errors: envelopeErrors };

  const contract = contractFor(envelope.type);
  if (!contract) return { ok: false, errors: [{ field: 'type', reason: `unknown integration event type ${envelope.type}` }] };
  if (contract.context !== envelope.source) {
    const reason = `${contract.type} is published by ${contract.context}, not ${envelope.source}`;
    return { ok: false, errors: [{ field: 'source', reason }] };
  }

  const data = plainToInstance(contract.payload, envelope.data);
  const dataErrors = flatten(validateSync(data, options), 'data');
  if (dataErrors.length > 0) return { ok: false, errors: dataErrors };

  // The registry keys contracts by type, and the payload passed its class: this is the one
  // place where an untrusted object becomes a typed event.
  return { ok: true, event: { ...envelope, data } as KnownIntegrationEvent };
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
