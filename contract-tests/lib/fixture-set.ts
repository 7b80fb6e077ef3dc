/**
 * The bookkeeping every API's fixtures share: each named fixture's id, or
 * why it is unavailable; `need` fails a check on a setup failure and skips
 * it when the target just has none (read-only discovery). Subclasses fill
 * it in `setup` through `attempt`; `teardown` runs the cleanups of what was
 * created, newest first.
 */
import { SetupError, SkipCheck } from './checks.js';
import type { Ctx } from './context.js';
import type { FixtureSet } from './kit.js';

export abstract class NamedFixtures<Name extends string> implements FixtureSet {
  readonly ids: Partial<Record<Name, number>> = {};
  readonly problems: Partial<Record<Name, string>> = {};
  /** Fixtures whose absence is a skip, not a setup failure (the target just has none: read-only discovery). */
  private readonly absent = new Set<Name>();
  readonly ctx: Ctx;

  constructor(parent: Ctx) {
    this.ctx = parent.child();
  }

  abstract setup(): Promise<void>;

  /** The id of a fixture; without it the check fails (setup) or, when the target just has none, is skipped. */
  need(name: Name): number {
    const id = this.ids[name];
    if (id !== undefined) return id;
    const problem = this.problems[name];
    if (problem === undefined || this.absent.has(name)) throw new SkipCheck(problem ?? `no ${name} available on the target`);
    throw new SetupError(problem);
  }

  protected async attempt(name: Name, fn: () => Promise<number>): Promise<void> {
    try {
      this.ids[name] = await fn();
    } catch (error) {
      if (error instanceof SkipCheck) this.absent.add(name);
      const why = error instanceof SkipCheck || error instanceof SetupError ? error.reason : error instanceof Error ? error.message : String(error);
      this.problems[name] = `fixture ${name} unavailable: ${why}`;
    }
  }

  async teardown(): Promise<void> {
    await this.ctx.close();
  }
}
