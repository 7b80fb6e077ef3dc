/**
 * The shared objects CoffeeCup's cases read and change: created through the
 * API when writes are allowed (and removed at the end), or, in read-only
 * mode, found among what the target already has. Nothing here knows ids.
 */
import { SkipCheck } from '../lib/checks.js';
import { NamedFixtures } from '../lib/named-fixtures.js';
import { isObject } from '../lib/spec.js';
import { assignTask, assignUser, createClient, createEntry, createProject, createTask, mustRead, myId } from './factory.js';

export type CoffeeCupFixture = 'me' | 'client' | 'project' | 'task' | 'taskAssignment' | 'userAssignment' | 'entry';

export class CoffeeCupFixtures extends NamedFixtures<CoffeeCupFixture> {
  async setup(): Promise<void> {
    const c = this.ctx;
    await this.attempt('me', () => myId(c));
    if (c.config.writes) {
      await this.attempt('client', () => createClient(c));
      await this.attempt('project', () => createProject(c, this.need('client')));
      await this.attempt('task', () => createTask(c));
      await this.attempt('taskAssignment', () => assignTask(c, this.need('project'), this.need('task')));
      await this.attempt('userAssignment', () => assignUser(c, this.need('project'), this.need('me')));
      await this.attempt('entry', async () => (await createEntry(c, this.need('project'), this.need('task'))).id as number);
      return;
    }
    const first = async (opId: string, key: string): Promise<number> => {
      const list = await mustRead(c, opId, { query: { limit: 1 } });
      const item = isObject(list) && Array.isArray(list[key]) ? list[key].find(isObject) : undefined;
      if (!isObject(item) || typeof item.id !== 'number') throw new SkipCheck(`${opId} lists no ${key}`);
      return item.id;
    };
    await this.attempt('client', () => first('listClients', 'clients'));
    await this.attempt('project', () => first('listProjects', 'projects'));
    await this.attempt('task', () => first('listTasks', 'tasks'));
    await this.attempt('taskAssignment', () => first('listTaskAssignments', 'taskAssignments'));
    await this.attempt('userAssignment', () => first('listUserAssignments', 'userAssignments'));
    await this.attempt('entry', () => first('listTimeEntries', 'timeEntries'));
  }
}
