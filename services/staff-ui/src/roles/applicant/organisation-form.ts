import type { Schemas } from '../../api/client';

export type ContactRole = 'representative' | 'technical' | 'other';

/** The registration form's values; paths mirror the API's body so a problem+json field lands on its input. */
export interface OrganisationFormValues {
  legalName: string;
  country: string;
  registrationNumber: string;
  sme: { staff: number | string; turnoverEurM: number | string; balanceSheetEurM: number | string };
  contacts: Array<{ name: string; email: string; phone: string; role: ContactRole }>;
}

export function emptyOrganisationForm(): OrganisationFormValues {
  return {
    legalName: '',
    country: '',
    registrationNumber: '',
    sme: { staff: '', turnoverEurM: '', balanceSheetEurM: '' },
    contacts: [{ name: '', email: '', phone: '', role: 'representative' }],
  };
}

/** Every path of the form as it stands (the contacts are a list), for mapping problem+json field errors. */
export function organisationFormFields(values: OrganisationFormValues): string[] {
  return [
    'legalName',
    'country',
    'registrationNumber',
    'sme',
    'sme.staff',
    'sme.turnoverEurM',
    'sme.balanceSheetEurM',
    'contacts',
    ...values.contacts.flatMap((_, i) => ['name', 'email', 'phone', 'role'].map((f) => `contacts.${i}.${f}`)),
  ];
}

/** The body the API takes; an empty phone is left out (it is optional). */
export function toRegistration(values: OrganisationFormValues): Schemas['RegisterOrganisationDto'] {
  return {
    legalName: values.legalName.trim(),
    country: values.country.trim().toUpperCase(),
    registrationNumber: values.registrationNumber.trim(),
    sme: { staff: Number(values.sme.staff), turnoverEurM: Number(values.sme.turnoverEurM), balanceSheetEurM: Number(values.sme.balanceSheetEurM) },
    contacts: values.contacts.map((c) => ({ name: c.name.trim(), email: c.email.trim(), role: c.role, ...(c.phone.trim() ? { phone: c.phone.trim() } : {}) })),
  };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{5,30}$/;

/** A number of 0 or more (whole when `whole`): what the SME facts take. */
const amount = (t: Translate, whole: boolean) => (v: number | string) => {
  if (v === '') return t('validation.required');
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) return t('validation.zeroOrMore');
  return whole && !Number.isInteger(n) ? t('validation.wholeNumber') : null;
};

/**
 * As the applicant types, the checks RegisterOrganisationDto makes, and the one the organisation's
 * rule makes (an authorised representative among the contacts), so the API's refusal is rare.
 */
export function organisationValidators(t: Translate) {
  return {
    legalName: (v: string) => (v.trim().length < 2 || v.length > 300 ? t('validation.legalName') : null),
    country: (v: string) => (/^[A-Za-z]{2}$/.test(v.trim()) ? null : t('validation.country')),
    registrationNumber: (v: string) => (v.trim().length < 3 || v.length > 64 ? t('validation.registrationNumber') : null),
    sme: { staff: amount(t, true), turnoverEurM: amount(t, false), balanceSheetEurM: amount(t, false) },
    contacts: {
      name: (v: string) => (v.trim().length < 1 || v.length > 200 ? t('validation.required') : null),
      email: (v: string) => (EMAIL.test(v.trim()) ? null : t('validation.email')),
      phone: (v: string) => (v.trim() === '' || PHONE.test(v.trim()) ? null : t('validation.phone')),
      role: (_v: ContactRole, values: OrganisationFormValues) => (values.contacts.some((c) => c.role === 'representative') ? null : t('validation.representative')),
    },
  };
}
