import { IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ApiError } from './errors';
import { ApiValidationPipe, MAX_INPUT_STRING_LENGTH, unsafeStringPaths } from './validation.pipe';

class PersonSample {
  @IsString()
  @Length(1, 200)
  givenName!: string;

  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string;
}

class InputSample {
  @ValidateNested()
  @Type(() => PersonSample)
  person!: PersonSample;
}

async function refusal(value: unknown, data = 'input'): Promise<ApiError> {
  try {
    await new ApiValidationPipe().transform(value, { type: 'body', metatype: InputSample, data });
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('ApiValidationPipe on strings', () => {
  it('refuses a NUL byte as BAD_USER_INPUT naming the field, without echoing the value', async () => {
    const error = await refusal({ person: { givenName: 'Ar\u0000ta' } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.givenName'] });
    expect(error.message).not.toContain('Ar');
  });

  it('refuses a name longer than its DTO allows as BAD_USER_INPUT naming the field', async () => {
    const error = await refusal({ person: { givenName: 'a'.repeat(200_000) } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.givenName'] });
  });

  it('keeps newlines and tabs in free text, and refuses other control characters anywhere', async () => {
    await expect(new ApiValidationPipe().transform({ person: { givenName: 'Arta', notes: 'line one\n\tline two\r\n' } }, { type: 'body', metatype: InputSample, data: 'input' })).resolves.toBeInstanceOf(InputSample);
    expect((await refusal({ person: { givenName: 'Arta', notes: 'bell \u0007' } })).extensions['fields']).toEqual(['input.person.notes']);
    expect((await refusal({ person: { givenName: 'Arta\u009b' } })).extensions['fields']).toEqual(['input.person.givenName']);
  });

  it('refuses a tab or line break in a field its DTO bounds as one line (a name), naming the field', async () => {
    expect((await refusal({ person: { givenName: 'Arta\nHoxha' } })).extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.person.givenName'] });
  });

  it('passes an argument with no class to validate as it came, also a GraphQL literal object made without a prototype', async () => {
    const literal = Object.assign(Object.create(null) as Record<string, unknown>, { personId: 'a\nb' });
    await expect(new ApiValidationPipe().transform(literal, { type: 3 as unknown as 'custom', metatype: Object, data: 'filter' })).resolves.toBe(literal);
  });

  it('names each string of a list by its index, and a scalar argument by its name', () => {
    expect(unsafeStringPaths({ codes: ['A01', 'B\u0000'] }, 'input')).toEqual(['input.codes.1']);
    expect(unsafeStringPaths('x'.repeat(MAX_INPUT_STRING_LENGTH + 1), 'reason')).toEqual(['reason']);
    expect(unsafeStringPaths('x'.repeat(MAX_INPUT_STRING_LENGTH), 'reason')).toEqual([]);
  });
});

describe('ApiValidationPipe messages', () => {
  it("says what each field at fault expects, with the DTO's own message, and never repeats the value", async () => {
    class Coded {
      @IsString()
      @Length(2, 2, { message: 'must be a two-letter code' })
      code!: string;
    }
    const error = await new ApiValidationPipe()
      .transform({ code: 'Zeta' }, { type: 'body', metatype: Coded, data: 'input' })
      .then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('input.code: must be a two-letter code');
    expect((error as ApiError).message).not.toContain('Zeta');
  });

  it("falls back to class-validator's message naming the property, not a bare 'Invalid input'", async () => {
    const error = await refusal({ person: { givenName: 7 } });
    expect(error.message).toMatch(/^input\.person\.givenName: givenName must be/);
  });

  it('says what is expected of a control character and of a line break', async () => {
    expect((await refusal({ person: { givenName: 'Ar\u0000ta' } })).message).toMatch(/input\.person\.givenName: must be text without control characters/);
    expect((await refusal({ person: { givenName: 'Arta\nHoxha' } })).message).toBe('input.person.givenName: must be a single line, without tabs or line breaks');
  });
});

describe('ApiValidationPipe on what the client does not supply', () => {
  it('leaves the context, parent and custom parameters alone', async () => {
    const context = { req: { headers: { cookie: 'a\u0000b' } } };
    const pipe = new ApiValidationPipe();
    await expect(pipe.transform(context, { type: 'custom', data: undefined })).resolves.toBe(context);
    await expect(pipe.transform(context, { type: 1 as unknown as 'custom', data: undefined })).resolves.toBe(context);
  });
});
