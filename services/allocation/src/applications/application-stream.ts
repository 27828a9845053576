import type { Work } from '../shared/unit-of-work';
import { applicationDecider, type ApplicationCommand } from './domain/allocation-application.decide';
import { applicationStreamId } from './domain/allocation-application';

/** Allocation's record of an application, read inside a unit of work. */
export function loadApplication(w: Work, applicationId: string) {
  return w.load(applicationDecider, applicationStreamId(applicationId));
}

/** A command on the application's record inside a unit of work, pinned to a revision when given. */
export function onApplication(w: Work, applicationId: string, command: ApplicationCommand, expectedRevision?: number) {
  return w.exec(applicationDecider, applicationStreamId(applicationId), command, expectedRevision);
}
