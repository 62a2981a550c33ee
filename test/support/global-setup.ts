import { ensureChromium } from './chromium';

/** Runs once before the test suites (jest.config.js `globalSetup`). */
export default function globalSetup(): void {
  ensureChromium();
}
