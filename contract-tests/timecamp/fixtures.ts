/**
 * The shared resources TimeCamp's cases read and change: created through
 * the API when writes are allowed (and removed at the end), or, in
 * read-only mode, found among what the target already has.
 */
import { SkipCheck } from '../lib/checks.js';
import { addDays, yesterday } from '../lib/clock.js';
import { NamedFixtures } from '../lib/named-fixtures.js';
import { isObject } from '../lib/spec.js';
import { createClient, createEntry, createGroup, createInvoice, createProject, createSubtask, me, mustCall } from './factory.js';

export type TimecampFixture = 'user' | 'rootGroup' | 'project' | 'task' | 'entry' | 'client' | 'invoice' | 'group';

export class TimecampFixtures extends NamedFixtures<TimecampFixture> {
  /** The day the run's entries are on, and a window around it for the lists. */
  readonly day = yesterday();
  readonly from = addDays(this.day, -30);
  readonly to = addDays(this.day, 1);

  async setup(): Promise<void> {
    const c = this.ctx;
    let who: Awaited<ReturnType<typeof me>> | undefined;
    await this.attempt('user', async () => (who = await me(c)).userId);
    await this.attempt('rootGroup', async () => (who ?? (await me(c))).rootGroupId);
    if (c.config.writes) {
      await this.attempt('project', () => createProject(c));
      await this.attempt('task', () => createSubtask(c, this.need('project')));
      await this.attempt('entry', () => createEntry(c, this.need('task'), this.day));
      await this.attempt('client', () => createClient(c));
      await this.attempt('invoice', () => createInvoice(c, this.need('client')));
      await this.attempt('group', () => createGroup(c, this.need('rootGroup')));
      return;
    }
    const firstKey = async (opId: string, query: Record<string, string> = {}): Promise<number> => {
      const body = await mustCall(c, opId, { query });
      const key = isObject(body) ? Object.keys(body)[0] : undefined;
      if (key === undefined || !/^\d+$/.test(key)) throw new SkipCheck(`${opId} lists nothing`);
      return Number(key);
    };
    await this.attempt('project', () => firstKey('listTasks'));
    await this.attempt('task', () => firstKey('listTasks'));
    await this.attempt('client', () => firstKey('listClients'));
    await this.attempt('invoice', () => firstKey('listInvoices'));
    await this.attempt('entry', async () => {
      const list = await mustCall(c, 'listEntries', { query: { from: this.from, to: this.to, user_ids: 'me' } });
      const e = Array.isArray(list) ? list.find(isObject) : undefined;
      if (!isObject(e) || !/^\d+$/.test(String(e.id))) throw new SkipCheck('the user has no time entry in the last 30 days');
      return Number(e.id);
    });
    await this.attempt('group', async () => {
      const list = await mustCall(c, 'listGroups');
      const g = Array.isArray(list) ? list.find((x) => isObject(x) && x.parent_id !== '0') : undefined;
      if (!isObject(g)) throw new SkipCheck('the account has no group below the root');
      return Number(g.group_id);
    });
  }

}
