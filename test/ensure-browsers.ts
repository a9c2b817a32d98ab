// `npm test`'s pretest: the browsers the e2e tests drive are Debian's (Playwright cannot download
// its own here): /usr/bin/chromium and /usr/bin/firefox-esr, or CHROMIUM_PATH / FIREFOX_PATH.
// Installs what is missing when run as root; otherwise stops at once with the command that fixes it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'Firefox', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
];

const missing = browsers.filter((b) => !existsSync(b.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((b) => b.pkg);
const what = missing.map((b) => `${b.name} (${b.path})`).join(' and ');
if (process.getuid?.() !== 0) {
  console.error(
    `The e2e tests need ${what}. Install it with:\n\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n`,
  );
  process.exit(1);
}

console.log(`Installing ${packages.join(' ')} for the e2e tests (${what} missing)`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env });
const still = missing.filter((b) => !existsSync(b.path));
if (still.length > 0) {
  console.error(`Still missing after apt-get: ${still.map((b) => b.path).join(', ')}`);
  process.exit(1);
}
