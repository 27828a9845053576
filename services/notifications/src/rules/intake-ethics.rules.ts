import { EthicsEvents, IntakeEvents, type EventOf } from '@hpc-access/contracts';
import type { NotificationContent } from '../shared/notification';
import { applicantsOf, raise, screens } from './notify';

type Screened = EventOf<typeof IntakeEvents.ApplicationScreened>;
type EthicsInformation = EventOf<typeof EthicsEvents.EthicsInformationRequested>;
type EthicsDecided = EventOf<typeof EthicsEvents.EthicsDecided>;

/** Screening: the applicant learns the outcome, or what intake needs from them. */
export function onApplicationScreened(event: Screened): NotificationContent[] {
  const { applicationId, organisationId, outcome, reasons } = event.data;
  const subject = { type: 'application', id: applicationId };
  const link = screens.applicantApplication(applicationId);
  if (outcome === 'information-requested') {
    return raise(event, [{ kind: 'information-requested', audience: applicantsOf(organisationId), subject, facts: { applicationId, requestedBy: 'intake', questionCount: reasons.length }, link }]);
  }
  return raise(event, [{ kind: 'screening-outcome', audience: applicantsOf(organisationId), subject, facts: { applicationId, outcome, reasons }, link }]);
}

/** The ethics chair asks the applicant for more. */
export function onEthicsInformationRequested(event: EthicsInformation): NotificationContent[] {
  const { applicationId, organisationId, questions } = event.data;
  return raise(event, [{
    kind: 'information-requested',
    audience: applicantsOf(organisationId),
    subject: { type: 'application', id: applicationId },
    facts: { applicationId, requestedBy: 'ethics-review', questionCount: questions.length },
    link: screens.applicantApplication(applicationId),
  }]);
}

/** The ethics outcome, with its conditions' due dates: the applicant must meet them. */
export function onEthicsDecided(event: EthicsDecided): NotificationContent[] {
  const { applicationId, organisationId, caseId, outcome, reasons, conditions } = event.data;
  // Only a clearance with conditions is due by something: the earliest condition's date.
  const dueDates = outcome === 'cleared-with-conditions' ? conditions.map((c) => c.dueDate).sort() : [];
  return raise(event, [{
    kind: 'ethics-outcome',
    audience: applicantsOf(organisationId),
    subject: { type: 'application', id: applicationId },
    facts: { applicationId, caseId, outcome, conditionCount: conditions.length, reasons },
    link: screens.applicantApplication(applicationId),
    ...(dueDates.length > 0 ? { dueBy: dueDates[0] } : {}),
  }]);
}
