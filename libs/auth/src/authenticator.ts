import { identityFromClaims, InvalidIdentityClaimsError, type ClaimMapping, type Identity } from './identity';
import type { JwtVerifier } from './jwt-verifier';
import { TokenRejectedError } from './token-errors';

const REALM = 'hpc-access';

/** No usable bearer token; `challenge` is the `WWW-Authenticate` value RFC 6750 asks for. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  constructor(
    message: string,
    readonly challenge: string,
  ) {
    super(message);
  }
}

/** Authorization header in, identity out: the one place that decides who is calling. */
export class Authenticator {
  constructor(
    private readonly verifier: JwtVerifier,
    private readonly claims: ClaimMapping = {},
  ) {}

  /** Throws AuthenticationError, or IssuerUnavailableError when tokens cannot be checked at all. */
  async authenticate(authorization: string | undefined): Promise<Identity> {
    const token = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(authorization ?? '')?.[1];
    if (!token) {
      // RFC 6750 section 3.1: a request without credentials gets a challenge with no error code.
      throw new AuthenticationError('missing bearer token: send "Authorization: Bearer <access token>"', `Bearer realm="${REALM}"`);
    }
    try {
      return identityFromClaims(await this.verifier.verify(token), this.claims);
    } catch (error) {
      if (error instanceof TokenRejectedError || error instanceof InvalidIdentityClaimsError) {
        throw new AuthenticationError(
          `invalid bearer token: ${error.message}`,
          `Bearer realm="${REALM}", error="invalid_token", error_description="${headerSafe(error.message)}"`,
        );
      }
      throw error;
    }
  }
}

/** error_description allows printable ASCII except the quote and backslash (RFC 6750 section 3). */
function headerSafe(text: string): string {
  return text.replace(/["\\]/g, "'").replace(/[^\x20-\x7e]/g, '?');
}
