import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { DevTokenResponse } from './dev-identity-provider';

/** What the development provider publishes for discovery (OpenID Connect Discovery 1.0, section 3). */
@ApiSchema({ name: 'DevOpenIdConfiguration' })
export class DevOpenIdConfigurationView {
  @ApiProperty({ format: 'uri', example: 'http://localhost:3000/api/dev' }) issuer!: string;
  @ApiProperty({ format: 'uri' }) jwks_uri!: string;
  @ApiProperty({ format: 'uri' }) token_endpoint!: string;
  @ApiProperty({ type: [String] }) response_types_supported!: string[];
  @ApiProperty({ type: [String] }) subject_types_supported!: string[];
  @ApiProperty({ type: [String] }) id_token_signing_alg_values_supported!: string[];
  @ApiProperty({ type: [String] }) token_endpoint_auth_methods_supported!: string[];
  @ApiProperty({ type: [String] }) claims_supported!: string[];
}

/** The provider's public signing key (RFC 7517), an EC P-256 key for ES256. */
@ApiSchema({ name: 'DevJwk' })
export class DevJwkView {
  @ApiProperty({ enum: ['EC'] }) kty!: string;
  @ApiProperty({ enum: ['P-256'] }) crv!: string;
  @ApiProperty({ description: 'base64url' }) x!: string;
  @ApiProperty({ description: 'base64url' }) y!: string;
  @ApiProperty({ description: 'RFC 7638 thumbprint' }) kid!: string;
  @ApiProperty({ enum: ['ES256'] }) alg!: string;
  @ApiProperty({ enum: ['sig'] }) use!: string;
}

@ApiSchema({ name: 'DevJwks' })
export class DevJwksView {
  @ApiProperty({ type: () => [DevJwkView] }) keys!: DevJwkView[];
}

/** RFC 6749 section 5.1, as the development provider answers it. */
@ApiSchema({ name: 'DevTokenResponse' })
export class DevTokenResponseView implements DevTokenResponse {
  @ApiProperty({ description: 'A signed JWT (typ at+jwt)' }) access_token!: string;
  @ApiProperty({ enum: ['Bearer'] }) token_type!: 'Bearer';
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Seconds until the token expires' }) expires_in!: number;
}
