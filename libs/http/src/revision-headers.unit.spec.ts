import { ProblemException } from './problem';
import { etagFor, parseIfMatch } from './revision-headers';

describe('etagFor', () => {
  it('quotes the stream revision as a strong ETag', () => {
    expect(etagFor(3)).toBe('"3"');
    expect(etagFor(0)).toBe('"0"');
  });

  it('writes what parseIfMatch reads back', () => {
    expect(parseIfMatch(etagFor(41))).toBe(41);
  });
});

describe('parseIfMatch', () => {
  it('returns undefined when the header is absent or empty', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(parseIfMatch('')).toBeUndefined();
  });

  it('reads * as no pin on the revision: the command checks that the resource exists', () => {
    expect(parseIfMatch('*')).toBeUndefined();
  });

  it('reads the revision from a quoted ETag', () => {
    expect(parseIfMatch('"3"')).toBe(3);
    expect(parseIfMatch('  "12"  ')).toBe(12);
  });

  it('reads the revision from a weak ETag, as a proxy that compressed the response may have made it', () => {
    expect(parseIfMatch('W/"3"')).toBe(3);
  });

  it.each(['3', 'garbage', '"three"', '"3', '"3.5"', 'w/"3"'])('refuses %p with a 400 problem naming If-Match', (header) => {
    let thrown: unknown;
    try {
      parseIfMatch(header);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemException);
    expect((thrown as ProblemException).problem).toMatchObject({
      status: 400,
      code: 'validation-failed',
      errors: [{ field: 'If-Match', reason: expect.stringContaining('"3"') }],
    });
  });
});
