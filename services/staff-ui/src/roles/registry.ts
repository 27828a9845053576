import { applicantModule } from './applicant';
import { intakeOfficerModule } from './intake-officer';
import { ethicsChairModule } from './ethics-chair';
import { ethicsReviewerModule } from './ethics-reviewer';
import { allocationCommitteeModule } from './allocation-committee';
import { accountingOfficerModule } from './accounting-officer';
import { siteModule } from './site';
import { technicalAssessorModule } from './technical-assessor';
import { governanceOfficerModule } from './governance-officer';
import { auditorModule } from './auditor';
import { administratorModule } from './administrator';
import i18n from '../i18n';
import type { RoleModule } from './role-module';

/**
 * Every role with screens. A new role: a folder roles/<role>/ whose index.ts exports its
 * RoleModule, and one line here.
 */
export const roleModules: readonly RoleModule[] = [applicantModule, intakeOfficerModule, ethicsChairModule, ethicsReviewerModule, allocationCommitteeModule, technicalAssessorModule, siteModule, accountingOfficerModule, governanceOfficerModule, auditorModule, administratorModule];

// Each role's strings are its own i18n namespace, named after the role.
for (const module of roleModules) {
  for (const [language, strings] of Object.entries(module.translations)) i18n.addResourceBundle(language, module.role, strings, true, true);
}
