import { readFileSync } from 'node:fs';
import { findRepoFile } from '@hpc-access/sql';
import { createValidationPipe, type ProblemException } from '@hpc-access/http';
import { ChangeProgrammeConfigurationDto } from './programme-rules.dto';

// PUT /api/intake/configuration: without `rules`, or with a list in its place, the controller read
// `rules.eligibleCountries` of nothing and answered 500.
describe('ChangeProgrammeConfigurationDto through the platform validation pipe', () => {
  const pipe = createValidationPipe();
  const transform = (body: object) => pipe.transform(body, { type: 'body', metatype: ChangeProgrammeConfigurationDto });
  const { $comment: _comment, ...seed } = JSON.parse(readFileSync(findRepoFile('infra/seed/programme.json'), 'utf8')) as Record<string, unknown>;
  const refusal = async (body: object) => ((await transform(body).catch((error: unknown) => error)) as ProblemException).problem;

  it('takes the seeded rules with a reason', async () => {
    await expect(transform({ rules: seed, reason: 'a new call' })).resolves.toBeInstanceOf(ChangeProgrammeConfigurationDto);
  });

  it.each([
    ['missing', { reason: 'a new call' }],
    ['an empty list', { rules: [], reason: 'a new call' }],
    ['a list of rules', { rules: [seed], reason: 'a new call' }],
    ['null', { rules: null, reason: 'a new call' }],
  ])('refuses rules that are %s with 400 naming rules', async (_case, body) => {
    expect(await refusal(body)).toMatchObject({ status: 400, errors: [{ field: 'rules', reason: expect.stringMatching(/^(rules must be an object|nested property rules must be either object or array)$/) }] });
  });

  it('refuses a nested part of the rules replaced by a list, naming its path', async () => {
    expect(await refusal({ rules: { ...seed, modes: [] }, reason: 'x' })).toMatchObject({ status: 400, errors: [{ field: 'rules.modes', reason: 'modes must be an object' }] });
    expect(await refusal({ rules: { ...seed, sme: [] }, reason: 'x' })).toMatchObject({ status: 400, errors: [{ field: 'rules.sme', reason: 'sme must be an object' }] });
  });
});
