import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { DevTokenRequestBody } from './dev-token.request';

// The pipe the token route uses (dev-identity-provider.controller.ts).
const pipe = new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });
const read = (body: unknown) => pipe.transform(body, { type: 'body', metatype: DevTokenRequestBody });

async function refusal(body: unknown): Promise<string[]> {
  const error: unknown = await read(body).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadRequestException);
  return ((error as BadRequestException).getResponse() as { message: string[] }).message;
}

describe('a development token request', () => {
  it('may leave out the user, organisation and site (their defaults apply)', async () => {
    await expect(read({ role: 'applicant' })).resolves.toEqual(expect.objectContaining({ role: 'applicant' }));
    await expect(read({ role: 'applicant', organisationId: 'org-aurora', userId: 'ada', siteId: 'cineca' })).resolves.toEqual(expect.objectContaining({ organisationId: 'org-aurora' }));
  });

  it.each(['organisationId', 'userId', 'siteId'])('is refused with %s sent as null, naming the field, instead of taking the default', async (field) => {
    const messages = await refusal({ role: 'applicant', [field]: null });
    expect(messages).toContain(`${field} must be left out or given, not null`);
  });
});
