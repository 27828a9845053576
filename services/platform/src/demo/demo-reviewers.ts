/** The ethics reviewers of the demo: registered once, used by the past and the present alike. */
export const REVIEWERS = [
  { reviewerId: 'rev-anja-kovac', organisationId: 'univ-ljubljana', expertise: ['data-protection', 'language-models'] },
  { reviewerId: 'rev-pierre-martin', organisationId: 'inria', expertise: ['computer-vision', 'fairness'] },
  { reviewerId: 'rev-eleni-papadaki', organisationId: 'athena-rc', expertise: ['health-data', 'accountability'] },
];
