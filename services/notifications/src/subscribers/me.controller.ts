import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles, type Caller } from '@hpc-access/auth';
import type { Clock } from '@hpc-access/eventsourcing';
import { ApiProblems, badRequest } from '@hpc-access/http';
import { subscriberStreamId } from '../domain/ids';
import { channelsFor, subscriberDecider, type ChannelChoices, type PersonalChannel, type SubscriberState } from '../domain/subscriber';
import { NotificationsStreams } from '../notifications-streams';
import { RECIPIENTS } from '../notifications-roles';
import { NOTIFICATIONS_CLOCK } from '../notifications.tokens';
import { MANDATORY_KINDS, NOTIFICATION_KINDS, type NotificationKind } from '../shared/notification';
import { SubscriptionDto, SubscriptionView } from './subscription.dto';

const PERSONAL_CHANNELS: readonly string[] = ['inbox', 'email'];

/**
 * The caller's own subscription: where e-mail goes, in which language, which kinds on which
 * channel. Roles: every recipient role; scope: the caller themselves (the user id of the token),
 * whose roles, organisation and site are recorded with it for the fan-out.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications/me')
export class MeController {
  constructor(private readonly streams: NotificationsStreams, @Inject(NOTIFICATIONS_CLOCK) private readonly clock: Clock) {}

  @Get()
  @Roles(...RECIPIENTS)
  @ApiOperation({ operationId: 'notifications.getSubscription', summary: "The caller's address, language and channel choices" })
  @ApiOkResponse({ type: SubscriptionView })
  async get(@CurrentCaller() caller: Caller): Promise<SubscriptionView> {
    const { state } = await this.streams.read(subscriberDecider, subscriberStreamId(caller.identity.userId));
    return view(caller.identity.userId, state);
  }

  @Put()
  @Roles(...RECIPIENTS)
  @ApiOperation({ operationId: 'notifications.setSubscription', summary: "Set the caller's address, language and channels per kind (mandatory kinds stay on)" })
  @ApiOkResponse({ type: SubscriptionView })
  @ApiProblems({ status: 409, description: 'The person was erased: no address can be kept for them again' })
  async put(@Body() body: SubscriptionDto, @CurrentCaller() caller: Caller): Promise<SubscriptionView> {
    const { identity } = caller;
    const result = await this.streams.execute(subscriberDecider, subscriberStreamId(identity.userId), {
      type: 'SetSubscription',
      userId: identity.userId,
      ...(body.email ? { email: body.email } : {}),
      language: body.language,
      channels: checkedChoices(body.channels ?? {}),
      scope: { roles: [...identity.roles], ...(identity.organisationId ? { organisationId: identity.organisationId } : {}), ...(identity.siteId ? { siteId: identity.siteId } : {}) },
      context: { now: this.clock.now(), actor: caller.actor },
    }, { correlationId: caller.correlationId });
    return view(identity.userId, result.state);
  }
}

/** The choices as the decider takes them, or 400 naming the first field at fault. */
function checkedChoices(raw: Record<string, unknown>): ChannelChoices {
  const choices: ChannelChoices = {};
  for (const [kind, chosen] of Object.entries(raw)) {
    const field = `channels.${kind}`;
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(kind)) throw badRequest(field, `is not a kind of notification (${NOTIFICATION_KINDS.join(', ')})`);
    if (!Array.isArray(chosen) || chosen.some((c) => typeof c !== 'string' || !PERSONAL_CHANNELS.includes(c))) throw badRequest(field, 'must be a list of channels: inbox, email');
    if (MANDATORY_KINDS.has(kind as NotificationKind) && !PERSONAL_CHANNELS.every((c) => chosen.includes(c))) throw badRequest(field, 'cannot be turned off: it is sent on every channel');
    choices[kind as NotificationKind] = [...new Set(chosen as PersonalChannel[])];
  }
  return choices;
}

function view(userId: string, state: SubscriberState): SubscriptionView {
  return {
    userId,
    subscribed: state.status === 'subscribed',
    email: state.status === 'subscribed' ? state.email : null,
    language: state.language,
    channels: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, channelsFor(state.channels, kind)])),
    mandatoryKinds: [...MANDATORY_KINDS],
  };
}
