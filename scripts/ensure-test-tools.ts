/**
 * Runs before `npm test` (npm's pretest): installs, in one apt-get call, the Debian tools the tests
 * drive for real when any is missing: Chromium with CJK fonts, Java for the Nu HTML Checker, nginx.
 */
import { CHROMIUM_PATH } from './support/chromium';
import { ensureTools } from './support/debian-packages';

ensureTools([
  { command: CHROMIUM_PATH, packages: ['chromium', 'fonts-noto-cjk'] },
  { command: 'java', packages: ['default-jre-headless'] },
  { command: 'nginx', packages: ['nginx-light'] },
]);
