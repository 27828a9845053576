import { Body, Controller, HttpCode, Inject, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hpc-access/auth';
import { forbidden, newEventId } from '@hpc-access/eventsourcing';
import { ApiProblems, IdempotencyInterceptor, PersonalDataInAnswer, etagFor, ETAG_HEADER, LOCATION_HEADER } from '@hpc-access/http';
import type { Response } from 'express';
import { CurrentCaller, commandContext, type Caller } from '../../caller';
import { CLOCK, type Clock } from '../../intake.tokens';
import { ORGANISATION_PERSONAL_DATA } from '../domain/organisation';
import { OrganisationCommands } from '../organisation-commands';
import { ProgrammeConfiguration } from '../../programme/programme-configuration';
import { OrganisationView, organisationView } from '../organisation-view';
import { RegisterOrganisationDto } from './register-organisation.dto';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('api/organisations')
export class RegisterOrganisationController {
  constructor(private readonly organisations: OrganisationCommands, private readonly programme: ProgrammeConfiguration, @Inject(CLOCK) private readonly clock: Clock) {}

  @Post()
  @HttpCode(201)
  @Roles('applicant', 'intake-officer', 'administrator')
  @UseInterceptors(IdempotencyInterceptor)
  // The answer's contacts are the event's: kept for replays sealed under each person's key.
  @PersonalDataInAnswer(ORGANISATION_PERSONAL_DATA.OrganisationRegistered)
  @ApiOperation({ operationId: 'intake.registerOrganisation', summary: 'Register a start-up or SME with its contact persons' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: OrganisationView, description: 'The organisation registered, contacts in full', headers: { ...LOCATION_HEADER, ...ETAG_HEADER } })
  @ApiProblems(
    { status: 409, description: 'The organisation is already registered, or a request with this Idempotency-Key is still running' },
    { status: 422, description: 'No authorised representative among the contacts, or the Idempotency-Key was used with a different body' },
  )
  async register(@Body() body: RegisterOrganisationDto, @CurrentCaller() caller: Caller, @Res({ passthrough: true }) res: Response): Promise<OrganisationView> {
    const organisationId = this.organisationIdFor(body, caller);
    const contacts = body.contacts.map((c) => ({
      // Each contact person gets their own id: the key their personal data is encrypted with.
      personId: `person-${newEventId()}`,
      name: c.name,
      email: c.email,
      ...(c.phone ? { phone: c.phone } : {}),
      role: c.role,
    }));
    const result = await this.organisations.execute(organisationId, {
      type: 'RegisterOrganisation',
      data: { organisationId, legalName: body.legalName, country: body.country, registrationNumber: body.registrationNumber, sme: { ...body.sme }, contacts },
      smeRules: (await this.programme.current()).rules.sme,
      context: commandContext(caller, this.clock.now()),
    }, { correlationId: caller.correlationId });
    res.setHeader('Location', `/api/organisations/${organisationId}`);
    res.setHeader('ETag', etagFor(result.revision));
    if (result.state.status !== 'registered') throw new Error('registration did not register the organisation');
    // Those who register (the applicant, intake officers, administrators) all read contacts.
    return organisationView(result.state, result.revision, { contacts: true });
  }

  /** Applicants register the organisation their account belongs to; staff may name or mint one. */
  private organisationIdFor(body: RegisterOrganisationDto, caller: Caller): string {
    if (caller.actor.role !== 'applicant') return body.organisationId ?? `org-${newEventId()}`;
    const own = caller.actor.organisationId;
    if (!own) throw forbidden('no-organisation', 'your account is not linked to an organisation; ask for an account with one');
    if (body.organisationId !== undefined && body.organisationId !== own) {
      throw forbidden('not-your-organisation', 'applicants can only register their own organisation');
    }
    return own;
  }
}
