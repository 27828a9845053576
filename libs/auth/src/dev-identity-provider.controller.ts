import { Body, Controller, Get, Header, HttpCode, Post, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JSONWebKeySet } from 'jose';
import { Public } from './auth.decorators';
import { DEV_PROVIDER_PATH, DevIdentityProvider, type DevTokenResponse } from './dev-identity-provider';
import { DevTokenRateLimitGuard } from './dev-token-rate-limit.guard';
import { DevJwksView, DevOpenIdConfigurationView, DevTokenResponseView } from './dev-identity-provider.views';
import { DevTokenRequestBody } from './dev-token.request';

@ApiTags('development identity provider')
@Public()
@Controller(DEV_PROVIDER_PATH)
export class DevIdentityProviderController {
  constructor(private readonly provider: DevIdentityProvider) {}

  @Get('.well-known/openid-configuration')
  @ApiOperation({ operationId: 'devIdentity.getOpenIdConfiguration', summary: 'OpenID Connect discovery of the development identity provider' })
  @ApiOkResponse({ type: DevOpenIdConfigurationView })
  openIdConfiguration(): Record<string, unknown> {
    return this.provider.openIdConfiguration();
  }

  @Get('jwks.json')
  @ApiOperation({ operationId: 'devIdentity.getJwks', summary: "The development provider's public signing keys" })
  @ApiOkResponse({ type: DevJwksView })
  jwks(): JSONWebKeySet {
    return this.provider.publicJwks();
  }

  @Post('token')
  @HttpCode(200)
  @ApiOperation({ operationId: 'devIdentity.issueToken', summary: 'A token for any role (embedded mode and demos only); 429 past the per-address limit' })
  @ApiOkResponse({
    type: DevTokenResponseView,
    headers: { 'Cache-Control': { description: 'Token responses are never cached (RFC 6749 section 5.1)', schema: { type: 'string', enum: ['no-store'] } } },
  })
  // RFC 6749 section 5.1: token responses must not be cached.
  @Header('Cache-Control', 'no-store')
  // Minting is counted per client address: 429 with Retry-After over the limit (ADR 14).
  @UseGuards(DevTokenRateLimitGuard)
  // Its own pipe, so an unknown role is a 400 whether or not the host app installed a global one.
  @UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }))
  token(@Body() body: DevTokenRequestBody): Promise<DevTokenResponse> {
    return this.provider.issueToken(body);
  }
}
