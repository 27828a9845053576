import { assertNever, conflict, forbidden, invalid, notFound, type Decider } from '@hpc-access/eventsourcing';
import type { CommandContext } from '../../command-context';
import type { ProgrammeRules } from '../../programme/programme-rules';
import {
  evolveApplication,
  initialApplicationState,
  type ApplicationEvent,
  type ApplicationState,
  type ExistingApplication,
} from './application';
import { runEligibilityChecks, type ScreeningFacts } from './eligibility';
import { missingField, type DraftProposal, type Proposal } from './proposal';

type Command<T extends string, D> = { type: T; data: D; context: CommandContext };

export type DraftApplication = Command<'DraftApplication', { applicationId: string; organisationId: string; proposal: DraftProposal }>;
export type AmendApplication = Command<'AmendApplication', { changes: DraftProposal }>;
export type SubmitApplication = Command<'SubmitApplication', Record<string, never>>;
/** The facts (organisation, pledge) are looked up by the caller; the rules stay pure. */
export type StartScreening = Command<'StartScreening', { facts: ScreeningFacts }>;
export type DecideScreening = Command<'DecideScreening', {
  decision: 'eligible' | 'ineligible' | 'information-requested';
  reasons: string[];
  questions: string[];
  note: string | null;
  facts: ScreeningFacts;
}>;
export type ProvideInformation = Command<'ProvideInformation', { answer: string; changes: DraftProposal }>;
export type WithdrawApplication = Command<'WithdrawApplication', { reason: string }>;
/** Carried in from other contexts' integration events (ethics review, allocation). */
export type RecordEthicsInformationRequest = Command<'RecordEthicsInformationRequest', { questions: string[] }>;
export type RecordAward = Command<'RecordAward', { allocationId: string; projectId: string }>;
export type RecordRefusal = Command<'RecordRefusal', { by: 'ethics-review' | 'allocation'; reasons: string[] }>;

export type ApplicationCommand =
  | DraftApplication
  | AmendApplication
  | SubmitApplication
  | StartScreening
  | DecideScreening
  | ProvideInformation
  | WithdrawApplication
  | RecordEthicsInformationRequest
  | RecordAward
  | RecordRefusal;

const AMENDABLE = new Set(['draft', 'submitted']);
const WITHDRAWABLE = new Set(['draft', 'submitted', 'screening', 'information-requested', 'eligible', 'ethics-information-requested']);
/** Where review and allocation can still act; a redelivered decision after these changes nothing. */
const IN_REVIEW = new Set(['eligible', 'ethics-information-requested']);

function existing(state: ApplicationState): ExistingApplication {
  if (state.status === 'none') throw notFound('application-not-found', 'no such application');
  return state;
}

/** Separation of duties (DOMAIN.md): nobody decides on an application of their own organisation. */
function assertNotOwnOrganisation(app: ExistingApplication, context: CommandContext): void {
  if (context.actor.organisationId !== undefined && context.actor.organisationId === app.organisationId) {
    throw forbidden('own-organisation', 'an officer may not screen an application of their own organisation');
  }
}

export function decideApplication(rules: ProgrammeRules) {
  return (command: ApplicationCommand, state: ApplicationState): ApplicationEvent[] => {
    const at = command.context.now.toISOString();
    switch (command.type) {
      case 'DraftApplication':
        if (state.status !== 'none') throw conflict('application-exists', `application ${command.data.applicationId} already exists`);
        return [{ type: 'ApplicationDrafted', data: { ...command.data, draftedAt: at } }];

      case 'AmendApplication': {
        const app = existing(state);
        if (!AMENDABLE.has(app.status)) throw conflict('not-amendable', `an application can be amended until screening starts; it is ${app.status}`);
        if (app.status === 'submitted' && missingField({ ...app.proposal, ...command.data.changes }) !== null) {
          throw invalid('incomplete-proposal', 'a submitted application cannot lose required fields', 'changes');
        }
        return [{ type: 'ApplicationAmended', data: { applicationId: app.applicationId, changes: command.data.changes, amendedAt: at } }];
      }

      case 'SubmitApplication': {
        const app = existing(state);
        if (app.status !== 'draft') throw conflict('not-a-draft', `only a draft can be submitted; it is ${app.status}`);
        const missing = missingField(app.proposal);
        if (missing) throw invalid('incomplete-proposal', `the application is missing ${missing}`, `proposal.${missing}`);
        return [{ type: 'ApplicationSubmitted', data: { applicationId: app.applicationId, organisationId: app.organisationId, proposal: app.proposal as Proposal, submittedAt: at } }];
      }

      case 'StartScreening': {
        const app = existing(state);
        assertNotOwnOrganisation(app, command.context);
        if (app.status !== 'submitted') throw conflict('not-awaiting-screening', `screening starts on a submitted application; it is ${app.status}`);
        const checks = runEligibilityChecks(app.proposal as Proposal, command.data.facts, rules);
        return [{ type: 'ScreeningStarted', data: { applicationId: app.applicationId, checks, startedAt: at } }];
      }

      case 'DecideScreening': {
        const app = existing(state);
        assertNotOwnOrganisation(app, command.context);
        if (app.status !== 'screening') throw conflict('not-in-screening', `a screening decision needs an application in screening; it is ${app.status}`);
        // Checks run again at decision time: facts such as the pledge may have changed since screening started.
        const checks = runEligibilityChecks(app.proposal as Proposal, command.data.facts, rules);
        const failed = checks.filter((c) => !c.passed);
        const { decision, reasons, questions, note } = command.data;
        if (decision === 'eligible') {
          if (failed.length > 0) {
            throw invalid('automatic-checks-failed', `cannot confirm eligibility: ${failed.map((c) => c.reason).join('; ')}`, 'decision');
          }
          return [{ type: 'ApplicationFoundEligible', data: { applicationId: app.applicationId, organisationId: app.organisationId, checks, note, decidedAt: at, proposal: app.proposal as Proposal } }];
        }
        if (decision === 'ineligible') {
          const all = [...failed.map((c) => c.reason), ...reasons];
          if (all.length === 0) throw invalid('reasons-required', 'an ineligible decision needs at least one reason', 'reasons');
          return [{ type: 'ApplicationFoundIneligible', data: { applicationId: app.applicationId, organisationId: app.organisationId, checks, reasons: all, decidedAt: at } }];
        }
        if (questions.length === 0) throw invalid('questions-required', 'a request for information needs at least one question', 'questions');
        return [{ type: 'InformationRequested', data: { applicationId: app.applicationId, organisationId: app.organisationId, questions, requestedAt: at } }];
      }

      case 'ProvideInformation': {
        const app = existing(state);
        if (app.status === 'ethics-information-requested') {
          // The proposal was found eligible as it stands: ethics gets an answer, not a new proposal.
          if (Object.keys(command.data.changes).length > 0) throw invalid('no-changes-in-review', 'an answer to ethics review cannot change the proposal', 'changes');
          return [{ type: 'EthicsInformationProvided', data: { applicationId: app.applicationId, organisationId: app.organisationId, answer: command.data.answer, providedAt: at } }];
        }
        if (app.status !== 'information-requested') throw conflict('no-open-request', `no information was requested; the application is ${app.status}`);
        if (missingField({ ...app.proposal, ...command.data.changes }) !== null) {
          throw invalid('incomplete-proposal', 'the answer cannot remove required fields', 'changes');
        }
        return [{ type: 'InformationProvided', data: { applicationId: app.applicationId, organisationId: app.organisationId, answer: command.data.answer, changes: command.data.changes, providedAt: at } }];
      }

      case 'WithdrawApplication': {
        const app = existing(state);
        if (!WITHDRAWABLE.has(app.status)) throw conflict('not-withdrawable', `an application can be withdrawn until award; it is ${app.status}`);
        return [{ type: 'ApplicationWithdrawn', data: { applicationId: app.applicationId, organisationId: app.organisationId, reason: command.data.reason, withdrawnAt: at } }];
      }

      case 'RecordEthicsInformationRequest': {
        const app = existing(state);
        if (!IN_REVIEW.has(app.status)) return [];
        return [{ type: 'EthicsInformationRequested', data: { applicationId: app.applicationId, organisationId: app.organisationId, questions: command.data.questions, requestedAt: at } }];
      }

      case 'RecordAward': {
        const app = existing(state);
        if (!IN_REVIEW.has(app.status)) return [];
        return [{ type: 'ApplicationAwarded', data: { applicationId: app.applicationId, ...command.data, awardedAt: at } }];
      }

      case 'RecordRefusal': {
        const app = existing(state);
        if (!IN_REVIEW.has(app.status)) return [];
        return [{ type: 'ApplicationRefused', data: { applicationId: app.applicationId, by: command.data.by, reasons: command.data.reasons, refusedAt: at } }];
      }

      default:
        return assertNever(command);
    }
  };
}

export function applicationDecider(rules: ProgrammeRules): Decider<ApplicationCommand, ApplicationState, ApplicationEvent> {
  return { initialState: initialApplicationState, evolve: evolveApplication, decide: decideApplication(rules) };
}
