type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Withdrawing an application: offered until the award (the statuses intake accepts it in; intake
 * decides, and a refusal shows as its problem), with a reason of 3 to 2,000 characters
 * (WithdrawApplicationDto) that goes to the ledger and to the staff who worked on it.
 */
const WITHDRAWABLE: ReadonlySet<string> = new Set(['draft', 'submitted', 'screening', 'information-requested', 'eligible', 'ethics-information-requested']);

export const canWithdraw = (status: string): boolean => WITHDRAWABLE.has(status);

export interface WithdrawValues {
  reason: string;
}

export const WITHDRAW_FIELDS: readonly string[] = ['reason'];

export const withdrawValidators = (t: Translate) => ({
  reason: (v: string) => (v.trim().length < 3 ? t('withdraw.reasonRequired') : v.length > 2000 ? t('validation.tooLong', { max: 2000 }) : null),
});
