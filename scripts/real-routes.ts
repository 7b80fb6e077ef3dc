/**
 * Writes test/spec/timetracker-5.10-routes.json: every method+path pair of the
 * real TimeTracker server's `/api/v1` (its `app/routes/api_v1*.py` route
 * decorators at a tag), which test/spec/real-routes.test.ts holds
 * openapi.yaml against. Facts only (methods and paths), no code of the server.
 *
 *   npx tsx scripts/real-routes.ts <git dir of DRYTRIX/TimeTracker> [tag, default v5.10.0]
 *
 * HEAD and OPTIONS are not counted; a decorator without `methods` is GET
 * (Flask's default); `<int:id>` becomes `{}` (parameter names differ).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [gitDir, tag = 'v5.10.0'] = process.argv.slice(2);
if (!gitDir) {
  console.error('usage: tsx scripts/real-routes.ts <git dir of DRYTRIX/TimeTracker> [tag]');
  process.exit(2);
}
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const files = git('ls-tree', '--name-only', '-r', tag, 'app/routes').split('\n').filter((f) => /\/api_v1[^/]*\.py$/.test(f));
const pairs = new Set<string>();
for (const file of files) {
  const source = git('show', `${tag}:${file}`);
  for (const m of source.matchAll(/\.route\(\s*["']([^"']+)["']\s*(?:,\s*methods\s*=\s*\[([^\]]*)\])?/g)) {
    const path = `/api/v1${m[1].replace(/<(?:\w+:)?\w+>/g, '{}')}`.replace(/\/$/, '');
    const methods = m[2] === undefined ? ['GET'] : [...m[2].matchAll(/["'](\w+)["']/g)].map((x) => x[1].toUpperCase());
    for (const method of methods) if (method !== 'HEAD' && method !== 'OPTIONS') pairs.add(`${method} ${path}`);
  }
}
const sorted = [...pairs].sort();
writeFileSync(
  new URL('../test/spec/timetracker-5.10-routes.json', import.meta.url),
  `${JSON.stringify({ source: `DRYTRIX/TimeTracker ${tag}, app/routes/api_v1*.py (scripts/real-routes.ts)`, pairs: sorted }, null, 1)}\n`,
);
console.log(`${sorted.length} pairs from ${files.length} files at ${tag}`);
