import { inCi, nextChromiumStep } from '../support/chromium';

describe('how a test run gets Chromium for the browser suites', () => {
  it('uses the installed Chromium', () => {
    expect(nextChromiumStep({ installed: true, root: false, tried: false, ci: true })).toBe('ready');
  });

  it('installs it with apt-get when run as root, once', () => {
    expect(nextChromiumStep({ installed: false, root: true, tried: false, ci: false })).toBe('install');
    expect(nextChromiumStep({ installed: false, root: true, tried: true, ci: false })).toBe('skip');
  });

  it('skips the browser suites where it cannot install, outside CI', () => {
    expect(nextChromiumStep({ installed: false, root: false, tried: false, ci: false })).toBe('skip');
  });

  it('fails the run in CI when Chromium is neither there nor installable', () => {
    expect(nextChromiumStep({ installed: false, root: false, tried: false, ci: true })).toBe('fail');
    expect(nextChromiumStep({ installed: false, root: true, tried: true, ci: true })).toBe('fail');
  });

  it('counts CI as set for any value but an explicit no', () => {
    expect([{ CI: 'true' }, { CI: '1' }, { CI: 'yes' }].map(inCi)).toEqual([true, true, true]);
    expect([{}, { CI: '' }, { CI: 'false' }, { CI: '0' }].map(inCi)).toEqual([false, false, false, false]);
  });
});
