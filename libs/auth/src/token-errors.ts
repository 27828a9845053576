import { errors, type JWTPayload } from 'jose';

/** Why a token was refused; stable codes for logs and tests, the message is for people. */
export type TokenProblem =
  | 'malformed'
  | 'wrong-type'
  | 'expired'
  | 'not-yet-valid'
  | 'bad-signature'
  | 'unknown-key'
  | 'algorithm-not-allowed'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'missing-claim'
  | 'invalid-claim';

/** The caller's token is not acceptable: answered with 401. */
export class TokenRejectedError extends Error {
  override readonly name = 'TokenRejectedError';
  constructor(
    readonly problem: TokenProblem,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The token could not be checked at all because the issuer's keys or discovery document are out
 * of reach. Kept apart from {@link TokenRejectedError} because it is our outage, not the caller's
 * mistake, and must not tell the caller to fetch a new token.
 */
export class IssuerUnavailableError extends Error {
  override readonly name: string = 'IssuerUnavailableError';
}

/**
 * The issuer's discovery document names an issuer other than the configured one (OIDC Discovery
 * 1.0 section 4.3), often only by a trailing slash. A configuration error: no retry mends it.
 */
export class IssuerMismatchError extends IssuerUnavailableError {
  override readonly name = 'IssuerMismatchError';
  constructor(
    readonly configured: string,
    readonly discovered: unknown,
    readonly discoveryUrl: string,
  ) {
    super('');
    this.message = mismatchMessage(this, 'the configured issuer');
  }
}

/** Names both values and says what to change; `setting` is how the configuration calls the issuer. */
export function mismatchMessage({ configured, discovered, discoveryUrl }: IssuerMismatchError, setting: string): string {
  const found = JSON.stringify(discovered) ?? 'no issuer';
  const base =
    `${setting} is "${configured}" but the issuer's discovery document (${discoveryUrl}) names ${found}, which its tokens carry in "iss"; ` +
    'OpenID Connect Discovery 1.0 section 4.3 requires the two to be identical';
  if (typeof discovered !== 'string') return `${base}: ${setting} does not point at an OpenID Connect issuer`;
  const onlySlash = discovered.replace(/\/+$/, '') === configured.replace(/\/+$/, '');
  return onlySlash
    ? `${base}: they differ only by a trailing slash; set ${setting} to "${discovered}"`
    : `${base}: set ${setting} to "${discovered}" if that is the issuer meant, else correct it`;
}

/** Turns jose's errors into ours, with a message naming what was wrong. */
export function classifyVerificationError(error: unknown, expected: { issuer: string; audience: string[] }): Error {
  if (error instanceof TokenRejectedError || error instanceof IssuerUnavailableError) return error;
  if (error instanceof errors.JWTExpired) {
    return new TokenRejectedError('expired', `token expired at ${instant(error.payload.exp)}`);
  }
  if (error instanceof errors.JWTClaimValidationFailed) return claimProblem(error, expected);
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new TokenRejectedError('bad-signature', 'token signature does not verify against the issuer keys');
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new TokenRejectedError('unknown-key', 'token was not signed by a key the issuer publishes');
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new TokenRejectedError('algorithm-not-allowed', 'token signing algorithm is not allowed');
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new TokenRejectedError('malformed', `token is not a well-formed signed JWT (${detail})`);
}

function claimProblem(error: errors.JWTClaimValidationFailed, expected: { issuer: string; audience: string[] }): TokenRejectedError {
  const { claim, reason, payload } = error;
  if (reason === 'missing') return new TokenRejectedError('missing-claim', `token has no "${claim}" claim`);
  switch (claim) {
    case 'iss':
      return new TokenRejectedError('wrong-issuer', `token issuer ${quoted(payload.iss)} is not the expected "${expected.issuer}"`);
    case 'aud':
      return new TokenRejectedError(
        'wrong-audience',
        `token audience ${quoted(payload.aud)} does not include ${expected.audience.map((a) => `"${a}"`).join(' or ')}`,
      );
    case 'nbf':
      return new TokenRejectedError('not-yet-valid', `token is not valid before ${instant(payload.nbf)}`);
    default:
      return new TokenRejectedError('invalid-claim', `token claim "${claim}" is invalid: ${error.message}`);
  }
}

function instant(seconds: JWTPayload['exp']): string {
  return typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : 'an invalid time';
}

function quoted(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}
