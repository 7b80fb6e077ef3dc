/**
 * Glue between the checks and vitest: one vitest test per check, named
 * `<operationId> › <check>`, that is skipped (with the reason as the skip
 * note) when the check cannot run, and that always runs its cleanups.
 *
 * The verdict travels to the runner as a vitest annotation
 * (`VERDICT_ANNOTATION`): a deviation fails the test; a warning (a specified
 * or observed expectation broken) passes it with the annotation, or fails it
 * with `--strict`; a setup failure fails it as "could not run".
 */
import { test, type TestContext } from 'vitest';
import { CheckFailure, SetupError, SkipCheck } from '../lib/checks.js';
import { pinFromEnv } from '../lib/clock.js';
import { configFromEnv } from '../lib/config.js';
import { withOAuthTokens } from '../lib/oauth.js';
import type { Ctx } from '../lib/context.js';
import { VERDICT_ANNOTATION, WAITED_PREFIX, WARNING_PREFIX, type Outcome } from '../lib/results.js';
import { DEFAULT_SPEC, loadSpec } from '../lib/spec.js';
import type { Provenance } from '../lib/provenance.js';

export const SEP = ' › ';

/** The configuration from the environment, the clock pinned as the runner's (`CONTRACT_NOW`), the spec. */
export async function loadTarget() {
  // An OAuth API's tokens from the password grant when the run has logins (the runner hands its tokens over).
  const config = await withOAuthTokens(configFromEnv(DEFAULT_SPEC));
  pinFromEnv(config.now);
  const spec = await loadSpec(config.specPath);
  return { config, spec };
}

/** What the runner reads back from a check (JSON in the annotation's message). */
export interface Verdict {
  outcome: Outcome;
  provenance?: Provenance;
  message: string;
}

async function report(t: TestContext, v: Verdict): Promise<void> {
  await t.annotate(JSON.stringify(v), VERDICT_ANNOTATION);
}

/** Register one check. `gate` (a reason) skips it without running anything. */
export function check(root: Ctx, id: string, checkName: string, gate: string | undefined, fn: (c: Ctx) => Promise<void>, timeout = 240_000): void {
  test(`${id}${SEP}${checkName}`, { timeout }, async (t) => {
    if (gate) t.skip(gate);
    const c = root.child();
    let skipped: string | undefined;
    try {
      await fn(c);
    } catch (error) {
      if (error instanceof SkipCheck) skipped = error.reason;
      else if (error instanceof CheckFailure) {
        await report(t, { outcome: error.kind, provenance: error.provenance, message: error.message });
        if (error.kind === 'deviation' || root.config.strict) throw error;
      } else {
        const message = error instanceof SetupError ? error.message : `could not run: ${error instanceof Error ? error.message : String(error)}`;
        await report(t, { outcome: 'blocked', message });
        throw error;
      }
    } finally {
      await c.close();
    }
    if (skipped !== undefined) t.skip(skipped);
  });
}

/** Print cleanup problems and the time spent waiting on rate limits where the runner picks them up. */
export function reportWarnings(c: Ctx): void {
  for (const w of c.warnings) console.warn(`${WARNING_PREFIX} ${w}`);
  console.log(`${WAITED_PREFIX} ${Math.round(c.http.pacer.waitedMs)}`);
}
