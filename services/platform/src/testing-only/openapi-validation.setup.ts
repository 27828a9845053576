import { mismatchError, takeMismatches, writeTally } from './openapi-validation';

// Jest setup of the e2e tier (jest.config.js): a test during which an answer did not match the
// OpenAPI document fails with the list; answers after the last test (in afterAll) fail the file.
afterEach(() => {
  const mismatches = takeMismatches();
  if (mismatches.length > 0) throw mismatchError(mismatches);
});

afterAll(() => {
  writeTally(expect.getState().testPath ?? 'unknown');
  const mismatches = takeMismatches();
  if (mismatches.length > 0) throw mismatchError(mismatches);
});
