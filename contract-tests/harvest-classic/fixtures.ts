/**
 * The shared resources Harvest's cases read and change: created through the
 * API when writes are allowed (and removed at the end), or, in read-only
 * mode, found among what the target already has. Nothing here knows ids.
 */
import { SkipCheck } from '../lib/checks.js';
import { NamedFixtures } from '../lib/fixture-set.js';
import { isObject } from '../lib/spec.js';
import { assignPerson, assignTask, createClient, createContact, createEntry, createPerson, createProject, createTask, mustRead } from './factory.js';

export type HarvestFixture = 'client' | 'contact' | 'project' | 'task' | 'taskAssignment' | 'person' | 'userAssignment' | 'entry';

export class HarvestFixtures extends NamedFixtures<HarvestFixture> {
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
}
