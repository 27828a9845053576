import type { Role } from './roles';

/**
 * The people of the demo programme (services/platform/src/demo/seed-demo.ts seeds their data
 * under these ids), one list per role, so signing in as one of them shows their work.
 */
export interface DemoUser {
  role: Role;
  userId: string;
  name: string;
  organisationId?: string;
  siteId?: string;
}

const STAFF = 'eurohpc-ju';

export const DEMO_USERS: readonly DemoUser[] = [
  { role: 'applicant', userId: 'rep-demo-aurora-models', name: 'Kadri Tamm (Aurora Models OÜ)', organisationId: 'org-demo-aurora-models' },
  { role: 'applicant', userId: 'rep-demo-lumen-vision', name: 'Aino Virtanen (Lumen Vision Oy)', organisationId: 'org-demo-lumen-vision' },
  { role: 'applicant', userId: 'rep-demo-tessellate', name: 'Lena Hoffmann (Tessellate Robotics GmbH)', organisationId: 'org-demo-tessellate' },
  { role: 'applicant', userId: 'rep-demo-wisla-analytics', name: 'Katarzyna Nowak (Wisła Analytics)', organisationId: 'org-demo-wisla-analytics' },
  { role: 'applicant', userId: 'rep-demo-brightwater-labs', name: 'Siobhán Murphy (Brightwater Labs Ltd)', organisationId: 'org-demo-brightwater-labs' },
  { role: 'intake-officer', userId: 'officer-eva-lindqvist', name: 'Eva Lindqvist', organisationId: STAFF },
  { role: 'ethics-reviewer', userId: 'rev-anja-kovac', name: 'Anja Kovač (University of Ljubljana)', organisationId: 'univ-ljubljana' },
  { role: 'ethics-reviewer', userId: 'rev-pierre-martin', name: 'Pierre Martin (Inria)', organisationId: 'inria' },
  { role: 'ethics-reviewer', userId: 'rev-eleni-papadaki', name: 'Eleni Papadaki (Athena RC)', organisationId: 'athena-rc' },
  { role: 'ethics-chair', userId: 'chair-helena-berg', name: 'Helena Berg', organisationId: 'eurohpc-ethics-board' },
  { role: 'allocation-committee', userId: 'committee-jean-dupont', name: 'Jean Dupont', organisationId: STAFF },
  { role: 'governance-officer', userId: 'governance-maria-santos', name: 'Maria Santos', organisationId: STAFF },
  { role: 'accounting-officer', userId: 'accounting-demo', name: 'Accounting officer', organisationId: STAFF },
  { role: 'auditor', userId: 'auditor-demo', name: 'Auditor', organisationId: STAFF },
  { role: 'administrator', userId: 'admin-demo', name: 'Administrator', organisationId: STAFF },
  { role: 'technical-assessor', userId: 'assessor-leonardo', name: 'Technical assessor at CINECA', organisationId: 'site-cineca', siteId: 'cineca' },
  { role: 'site', userId: 'site-cineca', name: 'CINECA (site)', organisationId: 'site-cineca', siteId: 'cineca' },
];
