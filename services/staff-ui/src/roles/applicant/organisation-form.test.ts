import { describe, expect, it } from 'vitest';
import { emptyOrganisationForm, organisationFormFields, organisationValidators, toRegistration } from './organisation-form';

const t = (key: string) => key;

describe('the organisation registration form', () => {
  it('turns typed values into the API body, leaving an empty phone out', () => {
    const values = emptyOrganisationForm();
    Object.assign(values, { legalName: ' Aurora Models OÜ ', country: 'ee', registrationNumber: '16554372', sme: { staff: 12, turnoverEurM: '1.5', balanceSheetEurM: 0.8 } });
    values.contacts[0] = { name: 'Kadri Tamm', email: 'kadri@aurora.example', phone: '', role: 'representative' };
    expect(toRegistration(values)).toEqual({
      legalName: 'Aurora Models OÜ',
      country: 'EE',
      registrationNumber: '16554372',
      sme: { staff: 12, turnoverEurM: 1.5, balanceSheetEurM: 0.8 },
      contacts: [{ name: 'Kadri Tamm', email: 'kadri@aurora.example', role: 'representative' }],
    });
  });

  it('checks as the applicant types what the API checks', () => {
    const v = organisationValidators(t);
    expect(v.legalName('A')).toBe('validation.legalName');
    expect(v.country('EST')).toBe('validation.country');
    expect(v.country('ee')).toBeNull();
    expect(v.sme.staff(2.5)).toBe('validation.wholeNumber');
    expect(v.sme.turnoverEurM(-1)).toBe('validation.zeroOrMore');
    expect(v.sme.balanceSheetEurM('')).toBe('validation.required');
    expect(v.contacts.email('kadri@')).toBe('validation.email');
    expect(v.contacts.phone('')).toBeNull();
    expect(v.contacts.phone('call me')).toBe('validation.phone');
  });

  it('wants an authorised representative among the contacts', () => {
    const values = emptyOrganisationForm();
    values.contacts[0]!.role = 'technical';
    expect(organisationValidators(t).contacts.role('technical', values)).toBe('validation.representative');
  });

  it('names the path of every contact, so an error at contacts.1.email lands on its input', () => {
    const values = emptyOrganisationForm();
    values.contacts.push({ name: '', email: '', phone: '', role: 'technical' });
    expect(organisationFormFields(values)).toContain('contacts.1.email');
  });
});
