import { createValidationPipe, type ProblemException } from '@hpc-access/http';
import { organisationBody } from '@hpc-access/service-testing';
import { RegisterOrganisationDto } from './register-organisation.dto';

// `sme: []` passed @ValidateNested() (an empty list of nothing to check) and registered an
// organisation without SME facts.
describe('RegisterOrganisationDto through the platform validation pipe', () => {
  const pipe = createValidationPipe();
  const transform = (body: object) => pipe.transform(body, { type: 'body', metatype: RegisterOrganisationDto });
  const refusal = async (body: object) => ((await transform(body).catch((error: unknown) => error)) as ProblemException).problem;

  it('takes a complete registration', async () => {
    await expect(transform(organisationBody())).resolves.toBeInstanceOf(RegisterOrganisationDto);
  });

  it.each([[[]], [[{ staff: 42, turnoverEurM: 3.5, balanceSheetEurM: 2.1 }]], [null], [undefined]])('refuses sme %j with 400 naming sme', async (sme) => {
    expect(await refusal(organisationBody({ sme }))).toMatchObject({ status: 400, errors: [{ field: 'sme', reason: expect.stringMatching(/^(sme must be an object|nested property sme must be either object or array)$/) }] });
  });
});
