/**
 * The shared resources Harvest's cases read and change: created through the
 * API when writes are allowed (and removed at the end), or, in read-only
 * mode, found among what the target already has. Nothing here knows ids.
 */
import { SetupError, SkipCheck } from '../lib/checks.js';
import type { Ctx } from '../lib/context.js';
import { isObject } from '../lib/spec.js';
import { assignPerson, assignTask, createClient, createContact, createEntry, createPerson, createProject, createTask, mustRead } from './factory.js';

export type HarvestFixture = 'client' | 'contact' | 'project' | 'task' | 'taskAssignment' | 'person' | 'userAssignment' | 'entry';

export class HarvestFixtures {
  readonly ids: Partial<Record<HarvestFixture, number>> = {};
  readonly problems: Partial<Record<HarvestFixture, string>> = {};
  /** Fixtures whose absence is a skip, not a setup failure (the target just has none: read-only discovery). */
  private readonly absent = new Set<HarvestFixture>();
  readonly ctx: Ctx;

  constructor(parent: Ctx) {
    this.ctx = parent.child();
  }

  /** The id of a fixture; without it the check fails (setup) or, when the target just has none, is skipped. */
  need(name: HarvestFixture): number {
    const id = this.ids[name];
    if (id !== undefined) return id;
    const problem = this.problems[name];
    if (problem === undefined || this.absent.has(name)) throw new SkipCheck(problem ?? `no ${name} available on the target`);
    throw new SetupError(problem);
  }

  private async attempt(name: HarvestFixture, fn: () => Promise<number>): Promise<void> {
    try {
      this.ids[name] = await fn();
    } catch (error) {
      if (error instanceof SkipCheck) this.absent.add(name);
      const why = error instanceof SkipCheck || error instanceof SetupError ? error.reason : error instanceof Error ? error.message : String(error);
      this.problems[name] = `fixture ${name} unavailable: ${why}`;
    }
  }

  async setup(): Promise<void> {
    const c = this.ctx;
    if (c.config.writes) {
      await this.attempt('client', () => createClient(c));
      await this.attempt('contact', () => createContact(c, this.need('client')));
      await this.attempt('project', () => createProject(c, this.need('client')));
      await this.attempt('task', () => createTask(c));
      await this.attempt('taskAssignment', () => assignTask(c, this.need('project'), this.need('task')));
      await this.attempt('person', () => createPerson(c));
      await this.attempt('userAssignment', () => assignPerson(c, this.need('project'), this.need('person')));
      await this.attempt('entry', async () => (await createEntry(c, this.need('project'), this.need('task'))).id as number);
      return;
    }
    const first = async (opId: string, key: string, params?: Record<string, number>): Promise<number> => {
      const list = await mustRead(c, opId, params ? { params } : {});
      const item = Array.isArray(list) ? list.find(isObject) : undefined;
      const inner = isObject(item) ? item[key] : undefined;
      if (!isObject(inner) || typeof inner.id !== 'number') throw new SkipCheck(`${opId} lists no ${key}`);
      return inner.id;
    };
    await this.attempt('client', () => first('listClients', 'client'));
    await this.attempt('contact', () => first('listContacts', 'contact'));
    await this.attempt('project', () => first('listProjects', 'project'));
    await this.attempt('task', () => first('listTasks', 'task'));
    await this.attempt('person', () => first('listPeople', 'user'));
    await this.attempt('taskAssignment', () => first('listTaskAssignments', 'task_assignment', { project_id: this.need('project') }));
    await this.attempt('userAssignment', () => first('listUserAssignments', 'user_assignment', { project_id: this.need('project') }));
    await this.attempt('entry', async () => {
      const daily = await mustRead(c, 'getDaily');
      const e = isObject(daily) && Array.isArray(daily.day_entries) ? daily.day_entries.find(isObject) : undefined;
      if (!isObject(e) || typeof e.id !== 'number') throw new SkipCheck("today's timesheet of this user has no entry");
      return e.id;
    });
  }

  async teardown(): Promise<void> {
    await this.ctx.close();
  }
}
