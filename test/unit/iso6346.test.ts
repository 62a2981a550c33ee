import { iso6346Problem, isValidIso6346, withCheckDigit } from '../../src/core/iso6346';

describe('ISO 6346 container numbers', () => {
  it.each(['CSQU3054383', 'BICU1234565'])('accepts the published example number %s', (number) => {
    expect(isValidIso6346(number)).toBe(true);
  });

  it.each(['CSQU3054384', 'BICU1234566', 'BICU1234560'])('rejects %s for its check digit', (number) => {
    expect(iso6346Problem(number)).toBe('checkDigit');
  });

  it.each(['0317933', 'CSQ3054383', 'CSQX3054383', 'csqu3054383', 'CSQU305438'])('rejects %s for its format', (number) => {
    expect(iso6346Problem(number)).toBe('format');
  });

  it('completes a number with its check digit', () => {
    expect(withCheckDigit('CSQU305438')).toBe('CSQU3054383');
  });
});
