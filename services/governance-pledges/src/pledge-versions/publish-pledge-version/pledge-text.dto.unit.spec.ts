import { createValidationPipe, type ProblemException } from '@hpc-access/http';
import { pledgeText } from '../../testing-only/pledge-text';
import { PledgeTextDto } from './pledge-text.dto';

// Empty duty lists (`modelTrainingDuties: []`, `coreCommitments: []`) passed @IsDefined() and
// @ValidateNested(), publishing a pledge version without its duties.
describe('PledgeTextDto through the platform validation pipe', () => {
  const pipe = createValidationPipe();
  const transform = (body: object) => pipe.transform(body, { type: 'body', metatype: PledgeTextDto });
  const refusal = async (body: object) => ((await transform(body).catch((error: unknown) => error)) as ProblemException).problem;

  it('takes a complete pledge text, optional commitments empty included', async () => {
    await expect(transform(pledgeText())).resolves.toBeInstanceOf(PledgeTextDto);
    await expect(transform({ ...pledgeText(), optionalCommitments: [] })).resolves.toBeInstanceOf(PledgeTextDto);
  });

  it.each(['modelTrainingDuties', 'coreCommitments'])('refuses %s given as an empty list with 400 naming it', async (field) => {
    expect(await refusal({ ...pledgeText(), [field]: [] })).toMatchObject({ status: 400, errors: [{ field, reason: `${field} must be an object` }] });
  });
});
