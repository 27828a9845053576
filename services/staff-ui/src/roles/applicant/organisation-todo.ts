/** What the organisation owes first, for the applicant's home: a message key, where to do it, and a date to name. */
export interface OrganisationTodo {
  key: 'todo.register' | 'todo.sign' | 'todo.attestationOverdue' | 'todo.resign';
  to: string;
  date?: string;
}

/**
 * The one thing the organisation must do before (or while) it applies, the most pressing first:
 * register, then sign the pledge (while governance has not recorded the registration yet, nothing:
 * the organisation page says it is on its way), then an overdue attestation, then a newer pledge
 * version to sign while the signature of an older one still holds (it lapses unless re-signed).
 */
export function organisationTodo(
  registered: boolean,
  pledge: { status: string; attestation: { overdue: boolean; nextDueAt: string } | null; signature?: { pledgeVersion: number } | null } | null,
  currentPledgeVersion: number | null = null,
): OrganisationTodo | null {
  if (!registered) return { key: 'todo.register', to: '/applicant/organisation' };
  if (pledge && pledge.status !== 'signed') return { key: 'todo.sign', to: '/applicant/organisation' };
  if (pledge?.attestation?.overdue) return { key: 'todo.attestationOverdue', to: '/applicant/attestations', date: pledge.attestation.nextDueAt };
  if (pledge?.signature && needsResigning(pledge.signature.pledgeVersion, currentPledgeVersion)) return { key: 'todo.resign', to: '/applicant/organisation' };
  return null;
}

/** A newer version is published than the one signed: governance accepts a signature of the current version while the old one holds. */
export const needsResigning = (signedVersion: number, currentVersion: number | null): boolean => currentVersion !== null && currentVersion > signedVersion;
