import { plainToInstance, Type } from 'class-transformer';
import { IsArray, IsEmail, IsNotEmpty, IsString, MaxLength, ValidateNested, validate } from 'class-validator';
import { ProblemException } from './problem';
import { createValidationPipe, flattenValidationErrors } from './validation';

class ContactDto {
  @IsString() @IsNotEmpty() name!: string;
  @IsEmail() email!: string;
}

class AddressDto {
  @IsString() city!: string;
}

class RegisterOrganisationDto {
  @IsString() @MaxLength(10) acronym!: string;
  @ValidateNested() @Type(() => AddressDto) address!: AddressDto;
  @IsArray() @ValidateNested({ each: true }) @Type(() => ContactDto) contacts!: ContactDto[];
}

const valid = {
  acronym: 'BSC',
  address: { city: 'Barcelona' },
  contacts: [
    { name: 'Zoë', email: 'zoe@bsc.example' },
    { name: 'Jan', email: 'jan@bsc.example' },
  ],
};

async function errorsOf(plain: object) {
  return validate(plainToInstance(RegisterOrganisationDto, plain));
}

describe('flattenValidationErrors', () => {
  it('returns nothing for a valid body', async () => {
    expect(flattenValidationErrors(await errorsOf(valid))).toEqual([]);
  });

  it('names fields in nested arrays by index, as contacts.1.email', async () => {
    const fields = flattenValidationErrors(await errorsOf({ ...valid, contacts: [valid.contacts[0], { name: 'Jan', email: 'not-an-email' }] }));

    expect(fields).toEqual([{ field: 'contacts.1.email', reason: 'email must be an email' }]);
  });

  it('names fields in nested objects and at the top, one entry per broken constraint', async () => {
    const fields = flattenValidationErrors(
      await errorsOf({ acronym: 42, address: {}, contacts: [{ name: '', email: 'zoe@bsc.example' }, { name: 'Jan' }] }),
    );

    expect(fields.map((f) => f.field).sort()).toEqual([
      'acronym',
      'acronym',
      'address.city',
      'contacts.0.name',
      'contacts.1.email',
    ]);
    expect(fields).toContainEqual({ field: 'contacts.0.name', reason: 'name should not be empty' });
    expect(fields).toContainEqual({ field: 'address.city', reason: 'city must be a string' });
  });

  it('prefixes every field with the parent given', () => {
    expect(flattenValidationErrors([{ property: 'email', constraints: { isEmail: 'email must be an email' }, children: [] }], 'contacts.0')).toEqual([
      { field: 'contacts.0.email', reason: 'email must be an email' },
    ]);
  });
});

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const transform = (body: object) => pipe.transform(body, { type: 'body', metatype: RegisterOrganisationDto });

  it('refuses a body with a 400 problem listing the flattened fields', async () => {
    const refused = transform({ ...valid, contacts: [{ name: 'Zoë', email: 'nope' }] });

    await expect(refused).rejects.toBeInstanceOf(ProblemException);
    await expect(refused).rejects.toMatchObject({
      problem: {
        status: 400,
        code: 'validation-failed',
        detail: 'contacts.0.email: email must be an email',
        errors: [{ field: 'contacts.0.email', reason: 'email must be an email' }],
      },
    });
  });

  it('refuses a field the DTO does not declare, nested ones included', async () => {
    const refused = transform({ ...valid, admin: true, contacts: [{ ...valid.contacts[0], role: 'pi' }] });

    await expect(refused).rejects.toMatchObject({
      problem: {
        errors: expect.arrayContaining([
          { field: 'admin', reason: 'property admin should not exist' },
          { field: 'contacts.0.role', reason: 'property role should not exist' },
        ]),
      },
    });
  });

  it('turns a valid body into an instance of the DTO', async () => {
    const dto = await transform(valid);

    expect(dto).toBeInstanceOf(RegisterOrganisationDto);
    expect(dto.contacts[0]).toBeInstanceOf(ContactDto);
  });
});
