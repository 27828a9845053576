import {
  at,
  proposal,
  ids,
  drafted,
  amended,
  history,
  draft,
  amend,
  submit,
  given,
  removed,
} from '../../testing-only/application-spec-fixtures';
import { type ApplicationStatus } from './application';
import { REQUIRED_PROPOSAL_FIELDS } from './proposal';

describe('drafting an application', () => {
  it('an applicant drafts an application with as much of the proposal as they have so far', () => {
    given()
      .when(draft({ title: 'Early idea' }))
      .then([{ type: 'ApplicationDrafted', data: { ...ids, proposal: { title: 'Early idea' }, draftedAt: at } }]);
  });

  it('a new draft is in status draft for the applicant organisation', () => {
    given().when(draft()).thenState({ status: 'draft', applicationId: 'app-1', organisationId: 'org-1', submittedAt: null });
  });

  it('an application cannot be drafted twice under the same id', () => {
    given(history.draft).when(draft()).thenThrows('application-exists', { kind: 'conflict' });
  });
});

describe('amending an application', () => {
  it('a draft is amended with the changes at the time of the command', () => {
    given([drafted({ title: 'Early idea' })])
      .when(amend({ gpuHours: 4000 }))
      .then([{ type: 'ApplicationAmended', data: { applicationId: 'app-1', changes: { gpuHours: 4000 }, amendedAt: at } }]);
  });

  it('amendments are merged into the proposal', () => {
    given([drafted({ title: 'Early idea' }), amended({ gpuHours: 4000 })])
      .when(amend({ mode: 'playground' }))
      .thenState({ proposal: { title: 'Early idea', gpuHours: 4000, mode: 'playground' } });
  });

  it('a draft may stay incomplete after an amendment', () => {
    given(history.draft)
      .when(amend({ projectSummary: undefined }))
      .then([{ type: 'ApplicationAmended', data: { applicationId: 'app-1', changes: { projectSummary: undefined }, amendedAt: at } }]);
  });

  it('a submitted application can still be amended before screening starts', () => {
    given(history.submitted)
      .when(amend({ gpuHours: 4500 }))
      .then([{ type: 'ApplicationAmended', data: { applicationId: 'app-1', changes: { gpuHours: 4500 }, amendedAt: at } }]);
  });

  it('a submitted application cannot lose a required field', () => {
    given(history.submitted).when(amend({ projectSummary: undefined })).thenThrows('incomplete-proposal', { kind: 'invalid', field: 'changes' });
  });

  it('a submitted application cannot lose a required field set to null', () => {
    given(history.submitted).when(amend({ gpuHours: removed })).thenThrows('incomplete-proposal', { kind: 'invalid', field: 'changes' });
  });

  it('a submitted application cannot be amended once screening has started', () => {
    given(history.screening).when(amend({ gpuHours: 4500 })).thenThrows('not-amendable', { kind: 'conflict' });
  });

  it.each<[string, ApplicationStatus]>([
    ['an application awaiting requested information', 'information-requested'],
    ['an eligible application', 'eligible'],
    ['an ineligible application', 'ineligible'],
    ['a withdrawn application', 'withdrawn'],
  ])('%s cannot be amended', (_, status) => {
    given(history[status]).when(amend({ gpuHours: 4500 })).thenThrows('not-amendable', { kind: 'conflict' });
  });

  it('an unknown application cannot be amended', () => {
    given().when(amend({ gpuHours: 4500 })).thenThrows('application-not-found', { kind: 'not_found' });
  });
});

describe('submitting an application', () => {
  it('a complete draft is submitted with its proposal at the time of the command', () => {
    given(history.draft).when(submit()).then([{ type: 'ApplicationSubmitted', data: { ...ids, proposal, submittedAt: at } }]);
  });

  it('a submitted application records when it was submitted', () => {
    given(history.draft).when(submit()).thenState({ status: 'submitted', submittedAt: at });
  });

  it('the submitted proposal includes every amendment made to the draft', () => {
    const { title: _title, ...withoutTitle } = proposal;
    given([drafted(withoutTitle), amended({ title: 'Late title' }), amended({ gpuHours: 3000 })])
      .when(submit())
      .then([{ type: 'ApplicationSubmitted', data: { ...ids, proposal: { ...proposal, title: 'Late title', gpuHours: 3000 }, submittedAt: at } }]);
  });

  it('a draft declaring no civilian use and zero training compute is still complete', () => {
    const answered = { ...proposal, civilianUse: false, trainingComputeFlop: 0 };
    given([drafted(answered)]).when(submit()).then([{ type: 'ApplicationSubmitted', data: { ...ids, proposal: answered, submittedAt: at } }]);
  });

  it.each(REQUIRED_PROPOSAL_FIELDS)('a draft without %s cannot be submitted and the refusal names that field', (field) => {
    const { [field]: _omitted, ...incomplete } = proposal;
    given([drafted(incomplete)]).when(submit()).thenThrows('incomplete-proposal', { kind: 'invalid', field: `proposal.${field}` });
  });

  it('a draft whose required field was set to null cannot be submitted', () => {
    given([drafted(), amended({ startDate: removed })]).when(submit()).thenThrows('incomplete-proposal', { kind: 'invalid', field: 'proposal.startDate' });
  });

  it.each<[string, ApplicationStatus]>([
    ['an already submitted application', 'submitted'],
    ['an application in screening', 'screening'],
    ['a withdrawn application', 'withdrawn'],
  ])('%s cannot be submitted again', (_, status) => {
    given(history[status]).when(submit()).thenThrows('not-a-draft', { kind: 'conflict' });
  });

  it('an unknown application cannot be submitted', () => {
    given().when(submit()).thenThrows('application-not-found', { kind: 'not_found' });
  });
});
