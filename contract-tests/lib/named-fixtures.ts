/**
 * The fixtures of an API's cases, by name: each is made (or, read-only,
 * found) once in `setup`, and a case asks for it with `need`. A fixture
 * that could not be made fails the checks that need it (a setup failure,
 * with its reason); one the target just does not have skips them.
 */
import { SetupError, SkipCheck } from './checks.js';
import type { Ctx } from './context.js';
import type { FixtureSet } from './kit.js';

export abstract class NamedFixtures<K extends string> implements FixtureSet {
  readonly ids: Partial<Record<K, number>> = {};
  readonly problems: Partial<Record<K, string>> = {};
  /** Fixtures whose absence is a skip, not a setup failure (the target just has none: read-only discovery). */
  private readonly absent = new Set<K>();
  readonly ctx: Ctx;

  constructor(parent: Ctx) {
    this.ctx = parent.child();
  }

  abstract setup(): Promise<void>;

  /** The id of a fixture; without it the check fails (setup) or, when the target just has none, is skipped. */
  need(name: K): number {
    const id = this.ids[name];
    if (id !== undefined) return id;
    const problem = this.problems[name];
    if (problem === undefined || this.absent.has(name)) throw new SkipCheck(problem ?? `no ${name} available on the target`);
    throw new SetupError(problem);
  }

  /** Make or find one fixture; a failure is kept as its problem, never thrown. */
  protected async attempt(name: K, fn: () => Promise<number>): Promise<void> {
    try {
      this.ids[name] = await fn();
    } catch (error) {
      if (error instanceof SkipCheck) this.absent.add(name);
      const why = error instanceof SkipCheck || error instanceof SetupError ? error.reason : error instanceof Error ? error.message : String(error);
      this.problems[name] = `fixture ${name} unavailable: ${why}`;
    }
  }

  /** Remove what `setup` made (newest first). */
  async teardown(): Promise<void> {
    await this.ctx.close();
  }
}
