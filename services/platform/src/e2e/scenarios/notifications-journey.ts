import { hostingSiteOf } from '@hpc-access/service-testing';
import type { Sql } from '@hpc-access/sql';
import type { SmtpTestServer, WebhookTestReceiver, ReceivedWebhook } from '@hpc-access/testing';
import type { Json } from '../../client/platform-client';
import type { World } from '../../testing-only/world';
import * as s from './lifecycle-steps';
import { describeMail, describeWebhook, deliveryIdOfMail, expectVerifierSound, repeated, sorted, standardWebhooksVerify, untilDispatched, webhookIdOf, type DeliveryEntry } from './notifications-checks';

/**
 * Issue 19's "done when", run in both modes: the Playground journey told to the people it
 * concerns by e-mail (a real SMTP server) and to the organisation's and the site's webhook
 * receivers (real HTTP servers), exactly, signed; a receiver failing three times; a restart.
 * The platform's backoff must be `0,0,0,0,1h,…`: four attempts at once, then an hour's wait.
 */
export interface NotificationsStage {
  world: World & { db: Sql };
  smtp: SmtpTestServer;
  org: WebhookTestReceiver;
  site: WebhookTestReceiver;
  /** The staff UI's base URL the platform was configured with (links are absolute under it). */
  publicBaseUrl: string;
  /** Stops the platform (or its notifications process) and starts it again on the same database; replaces `world`. */
  restart(): Promise<void>;
  /**
   * How `restart` stops: `crash` (SIGKILL: a send in flight is never recorded) or `graceful`
   * (the app closes after the send in flight ends: here in a timeout, recorded as a retry).
   */
  stops: 'crash' | 'graceful';
}

export interface NotifiedJourney {
  c: s.Cast;
  applicationId: string;
  allocationId: string;
  secrets: { org: string; site: string };
  /** Webhook requests already checked for their signature, per receiver. */
  verified: { org: number; site: number };
  /** What the journey's e-mails and webhooks must be, exactly: [to, kind, link] and [kind, subject id, link]. */
  expected: { mail: Array<[string, string, string]>; org: Array<[string, string, string]>; site: Array<[string, string, string]> };
}

const address = (userId: string) => `${userId}@people.test`;
const TAG = 'notify';

/** After a step: the dispatcher idle, and every new webhook request signed as Standard Webhooks says (receiver's clock: the platform's). */
async function delivered(stage: NotificationsStage, j: NotifiedJourney, done?: (log: DeliveryEntry[]) => boolean): Promise<DeliveryEntry[]> {
  const log = await untilDispatched(stage.world, stage.world.db, done);
  const now = stage.world.now();
  for (const receiver of ['org', 'site'] as const) {
    const fresh: ReceivedWebhook[] = stage[receiver].received.slice(j.verified[receiver]);
    for (const request of fresh) expect([webhookIdOf(request), standardWebhooksVerify(j.secrets[receiver], request.headers, request.rawBody, now)]).toEqual([webhookIdOf(request), null]);
    j.verified[receiver] += fresh.length;
  }
  return log;
}

// What each kind's subject line says (messages/locales/en.json), in English.
const SUBJECTS: Record<string, RegExp> = {
  'screening-outcome': /^Application \S+ is eligible$/,
  'ethics-outcome': /^Ethics review of application \S+ decided$/,
  'allocation-awarded': /^Allocation \S+ awarded$/,
  'allocation-provisioned': /^Project account EHPC-\S+ is ready$/,
  'usage-threshold': /^Allocation \S+ has used (75|90|100)% of its hours$/,
  'allocation-suspended': /^Allocation \S+ suspended$/,
  'final-report-due': /^Final report due for allocation \S+$/,
  'reviewer-assigned': /^You were assigned to review case \S+$/,
  'attestation-due': /^Attestation due on .+$/,
};

/** The mailbox and both receivers hold exactly what was expected, each message once. */
function expectExactly(stage: NotificationsStage, j: NotifiedJourney, log: DeliveryEntry[]): void {
  const mails = stage.smtp.messages.map((mail) => describeMail(mail, log, stage.publicBaseUrl));
  expect(sorted(mails)).toEqual(sorted(j.expected.mail));
  stage.smtp.messages.forEach((mail, i) => {
    const [, kind, link] = mails[i];
    // The subject says what happened; plain text and HTML carry the same link; marked automatic.
    expect([kind, mail.subject]).toEqual([kind, expect.stringMatching(SUBJECTS[kind] ?? /^$/)]);
    expect(mail.html).toContain(`${stage.publicBaseUrl}${link}`);
    expect(mail.header('auto-submitted')).toBe('auto-generated');
  });
  expect(sorted(stage.org.accepted.map(describeWebhook))).toEqual(sorted(j.expected.org));
  expect(sorted(stage.site.accepted.map(describeWebhook))).toEqual(sorted(j.expected.site));
  // One Message-ID per delivery, one accepted webhook-id per delivery; each a delivery of the log.
  const mailIds = stage.smtp.messages.map(deliveryIdOfMail);
  const hookIds = [...stage.org.accepted, ...stage.site.accepted].map(webhookIdOf);
  expect(repeated(mailIds)).toEqual({});
  expect(repeated(hookIds)).toEqual({});
  const deliveredIds = log.filter((d) => d.status === 'delivered').map((d) => d.deliveryId);
  expect(sorted([...mailIds, ...hookIds].map((id) => [id]))).toEqual(sorted(deliveredIds.map((id) => [id])));
  expect(log.filter((d) => d.status !== 'delivered')).toEqual([]);
}

/** Register, sign, draft, submit, screen, review, award, provision, use past 100 %, suspension, closure, final report. */
export async function playgroundJourneyNotified(stage: NotificationsStage): Promise<NotifiedJourney> {
  const { world } = stage;
  expectVerifierSound();
  const c = await s.cast(world, TAG, 1, 'vega');
  const reviewer = c.reviewers[0];
  const people: Array<[string, typeof c.applicant]> = [[`founder-${TAG}`, c.applicant], [`accounting-${TAG}`, c.accountingOfficer], [`governance-${TAG}`, c.governance], [reviewer.id, reviewer.client], [`site-${TAG}`, c.site]];
  for (const [userId, client] of people) expect((await client.put('/api/notifications/me', { email: address(userId), language: 'en' })).status).toBe(200);
  const orgHook = await c.applicant.post('/api/notifications/webhooks', { organisationId: c.organisationId, url: `${stage.org.url}/hooks/organisation`, description: 'our ticket system' });
  const siteHook = await c.site.post('/api/notifications/webhooks', { siteId: hostingSiteOf('vega'), url: `${stage.site.url}/hooks/site` });
  expect([orgHook.status, siteHook.status]).toEqual([201, 201]);
  const j: NotifiedJourney = {
    c, applicationId: '', allocationId: '', secrets: { org: orgHook.body.secret.value, site: siteHook.body.secret.value }, verified: { org: 0, site: 0 }, expected: { mail: [], org: [], site: [] },
  };

  await s.registerOrganisation(world, c);
  await s.signPledge(world, c);
  const startDate = s.isoDate(new Date(world.now().getTime() + s.DAY_MS));
  const endDate = s.addMonths(startDate, 1);
  const { applicationId } = await s.draftAndSubmit(world, c, { mode: 'playground', system: 'vega', partition: 'gpu', gpuHours: 5000, durationMonths: 1, startDate, monthlyUsagePlan: [5000] });
  j.applicationId = applicationId;
  await delivered(stage, j);
  expect(stage.smtp.messages).toHaveLength(0);

  // The organisation's receiver fails the next three requests: the screening outcome's webhook.
  stage.org.failNext(3, 500);
  await s.screenEligible(world, c, applicationId);
  await delivered(stage, j);
  await s.technicalAssessment(world, c, applicationId, 'PyTorch 2.4 module available.');
  await s.registerReviewers(world, c);
  await s.ethicsReview(world, c, applicationId, { outcome: 'cleared' });
  await delivered(stage, j);
  const allocation = await s.awardedAllocation(c, applicationId);
  const allocationId: string = allocation.allocationId;
  j.allocationId = allocationId;
  await s.provision(world, c, allocationId);
  await delivered(stage, j);

  // Usage nine days on: 76 %, 92 %, then 102 % (a Playground award's overuse suspends it).
  await world.advance(9 * s.DAY_MS);
  const ago = s.daysBefore(world.now());
  const batches: s.Job[][] = [
    [{ jobId: '9001', hours: 45, gpus: 40, end: ago(2), energyJoules: 1e9 }, { jobId: '9002', hours: 50, gpus: 40, end: ago(1), energyJoules: 1e9 }],
    [{ jobId: '9003', hours: 20, gpus: 40, end: ago(0.5), energyJoules: 1e9 }],
    [{ jobId: '9004', hours: 12.5, gpus: 40, end: ago(0.2), energyJoules: 1e9 }],
  ];
  for (const jobs of batches) {
    await s.sendUsageJson(world, c, 'vega', 'gpu', allocation.projectId, jobs);
    await delivered(stage, j);
  }
  expect((await c.applicant.get(`/api/allocation/allocations/${allocationId}`)).body).toMatchObject({ status: 'suspended' });

  await s.closeAtEndDate(world, c, allocationId, endDate);
  await delivered(stage, j);
  await s.finalReport(world, c, allocationId, { energyKwh: 800, computeFlop: 1e20 });
  const log = await delivered(stage, j);

  const app = `/applicant/applications/${applicationId}`;
  const alloc = `/applicant/allocations/${allocationId}`;
  const applicantKinds: Array<[string, string, string]> = [
    ['screening-outcome', applicationId, app], ['ethics-outcome', applicationId, app],
    ['allocation-awarded', allocationId, alloc], ['allocation-provisioned', allocationId, alloc],
    ['usage-threshold', allocationId, alloc], ['usage-threshold', allocationId, alloc], ['usage-threshold', allocationId, alloc],
    ['allocation-suspended', allocationId, alloc], ['final-report-due', allocationId, alloc],
  ];
  const siteKinds: Array<[string, string, string]> = ['allocation-awarded', 'allocation-provisioned', 'allocation-suspended'].map((kind) => [kind, allocationId, '/site/orders']);
  j.expected = {
    mail: [
      ...applicantKinds.map(([kind, , link]): [string, string, string] => [address(`founder-${TAG}`), kind, link]),
      [address(reviewer.id), 'reviewer-assigned', `/ethics-reviewer/cases/${applicationId}`],
      ...[1, 2, 3].map((): [string, string, string] => [address(`accounting-${TAG}`), 'usage-threshold', `/accounting-officer/allocations/${allocationId}`]),
      [address(`governance-${TAG}`), 'allocation-suspended', `/governance-officer/organisations/${c.organisationId}`],
      ...siteKinds.map(([kind, , link]): [string, string, string] => [address(`site-${TAG}`), kind, link]),
    ],
    org: applicantKinds,
    site: siteKinds,
  };
  expectExactly(stage, j, log);
  // The thresholds the three usage-threshold webhooks speak of, in the order they were crossed.
  expect(stage.org.accepted.map((r) => JSON.parse(r.rawBody) as Json).filter((b) => b.data.kind === 'usage-threshold').map((b) => b.data.facts.thresholdPercent)).toEqual([75, 90, 100]);
  return j;
}

/**
 * The organisation's receiver failed its first three requests (500): the screening outcome's
 * webhook arrived on the fourth try, the same webhook-id and a valid signature on every try, and
 * the delivery log shows three retries, then delivered.
 */
export async function fourthTryDelivers(stage: NotificationsStage, j: NotifiedJourney): Promise<void> {
  const first = stage.org.received.slice(0, 4);
  expect(first.map((r) => [r.status, describeWebhook(r)[0]])).toEqual([[500, 'screening-outcome'], [500, 'screening-outcome'], [500, 'screening-outcome'], [204, 'screening-outcome']]);
  const id = webhookIdOf(first[0]);
  expect(first.map(webhookIdOf)).toEqual([id, id, id, id]);
  // Each try was signed anew (its own timestamp) with the endpoint's secret, over the exact body.
  const at = new Date(Number(first[3].headers['webhook-timestamp']) * 1000);
  expect(standardWebhooksVerify(j.secrets.org, first[3].headers, first[3].rawBody, at)).toBeNull();
  expect(standardWebhooksVerify(j.secrets.org, first[3].headers, first[3].rawBody.replace('screening-outcome', 'screening-outcomes'), at)).toBe('no v1 signature matches');
  expect(standardWebhooksVerify(j.secrets.site, first[3].headers, first[3].rawBody, at)).toBe('no v1 signature matches');
  // Everything else the receiver got was accepted at once.
  expect(stage.org.received.slice(4).map((r) => r.status).filter((status) => status !== 204)).toEqual([]);
  const log = await untilDispatched(stage.world, stage.world.db);
  const entry = log.find((d) => d.deliveryId === id);
  expect(entry).toMatchObject({ channel: 'webhook', kind: 'screening-outcome', status: 'delivered' });
  expect(entry?.attempts.map((a) => [a.attempt, a.outcome, a.status])).toEqual([[1, 'retry', 500], [2, 'retry', 500], [3, 'retry', 500], [4, 'delivered', 204]]);
  expect(log.filter((d) => d.deliveryId !== id && d.attempts.length !== 1)).toEqual([]);
}

/**
 * The attestation due in 14 days, raised while the SMTP server answers 451 (eight times: four
 * tries of each e-mail) and the organisation's receiver holds its request unanswered: the platform
 * stops with that request in flight (distributed: SIGKILL, its attempt never recorded; embedded:
 * the app closes, the attempt times out). Started again (and an hour on, for the e-mails' wait),
 * each arrives once. Allowed: the same id again on a request that was refused or never answered;
 * not allowed: an id accepted twice, two ids for one notification and recipient, or anything
 * delivered before the restart sent again.
 */
export async function restartSendsNoDuplicate(stage: NotificationsStage, j: NotifiedJourney): Promise<void> {
  const { c } = j;
  const organisation = await c.governance.get(`/api/governance/organisations/${c.organisationId}`);
  const dueAt = new Date(organisation.body.attestation.nextDueAt as string);
  stage.smtp.failNext(8, 451, { stage: 'data', message: 'Try again later' });
  stage.org.holdNextRequests(1);
  const before = { mail: stage.smtp.messages.length, org: stage.org.received.length, site: stage.site.received.length };

  await stage.world.advance(dueAt.getTime() - 13 * s.DAY_MS - stage.world.now().getTime());
  const due = (log: DeliveryEntry[]) => log.filter((d) => d.kind === 'attestation-due');
  const inFlight = due(await delivered(stage, j, (log) => due(log).length === 3 && stage.org.received.length > before.org));
  expect(sorted(inFlight.map((d) => [d.channel, d.target, d.status]))).toEqual(sorted([
    ['email', `founder-${TAG}`, 'pending'], ['email', `governance-${TAG}`, 'pending'], ['webhook', expect.any(String), 'pending'],
  ]));
  expect(stage.org.received.slice(before.org).map((r) => r.status)).toEqual([0]);
  expect(stage.smtp.messages).toHaveLength(before.mail);

  await stage.restart();
  // The webhook goes out again at once; the e-mails use up their refusals, then wait their hour.
  const waitingOrDone = (d: DeliveryEntry) => d.status === 'delivered' || (d.status === 'pending' && d.nextAttemptAt !== null && new Date(d.nextAttemptAt) > stage.world.now());
  await delivered(stage, j, (log) => due(log).length === 3 && due(log).every(waitingOrDone));
  await stage.world.advance(60 * 60_000 + 60_000);
  const log = await delivered(stage, j);

  const attestations = '/applicant/attestations';
  j.expected.mail.push([address(`founder-${TAG}`), 'attestation-due', attestations], [address(`governance-${TAG}`), 'attestation-due', `/governance-officer/organisations/${c.organisationId}`]);
  j.expected.org.push(['attestation-due', c.organisationId, attestations]);
  expectExactly(stage, j, log);
  for (const d of due(log)) {
    // Every try before the last failed (451, or the held request's timeout); the last delivered.
    expect(d.attempts.slice(0, -1).filter((a) => a.outcome !== 'retry')).toEqual([]);
    expect(d.attempts.at(-1)).toMatchObject({ outcome: 'delivered', status: d.channel === 'email' ? 250 : 204 });
    if (d.channel === 'email') expect(d.attempts.slice(0, -1).map((a) => a.status)).toEqual(d.attempts.slice(0, -1).map(() => 451));
  }
  // The held request and the accepted one carry the same id; nothing delivered before was sent again.
  const webhook = due(log).find((d) => d.channel === 'webhook');
  const resent = stage.org.received.slice(before.org);
  expect(resent.map((r) => [r.status, webhookIdOf(r)])).toEqual([[0, webhook?.deliveryId], [204, webhook?.deliveryId]]);
  // Killed, the process never recorded the held try: the log shows one attempt, the receiver two requests.
  expect(webhook?.attempts.map((a) => a.outcome)).toEqual(stage.stops === 'crash' ? ['delivered'] : ['retry', 'delivered']);
  expect(stage.site.received.length).toBe(before.site);
  expect(stage.smtp.messages.slice(before.mail).map((m) => describeMail(m, log, stage.publicBaseUrl)[1])).toEqual(['attestation-due', 'attestation-due']);
}
