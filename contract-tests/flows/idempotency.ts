/**
 * An idempotent replay: the same Idempotency-Key on POST /time-entries
 * returns the same status and entry and creates nothing new, even when the
 * body of the retry differs.
 */
import { randomUUID } from 'node:crypto';
import { idOf } from '../lib/context.js';
import { entryBody } from '../lib/factory.js';
import { arrayAt, expectThat, sharedId, step, type Flow } from '../lib/flow.js';

export const idempotencyFlow: Flow = {
  id: 'idempotent-replay',
  title: 'POST /time-entries twice with one Idempotency-Key -> one entry, same answer',
  async run(c, shared) {
    const projectId = sharedId(shared, 'projectId');
    const key = `contract-${c.runId}-${randomUUID()}`;
    const body = entryBody(c, projectId);
    const first = await step(c, 'create with key', 'createTimeEntry', { json: body, headers: { 'Idempotency-Key': key } }, 201);
    const id = idOf(first.body, 'time_entry');
    c.defer(`delete time entry ${id}`, () => c.call('deleteTimeEntry', { params: { entry_id: id } }));

    const replay = await step(c, 'replay with the same key', 'createTimeEntry', { json: body, headers: { 'Idempotency-Key': key } }, 201);
    const replayId = idOf(replay.body, 'time_entry');
    if (replayId !== id) c.defer(`delete duplicate entry ${replayId}`, () => c.call('deleteTimeEntry', { params: { entry_id: replayId } }));
    expectThat(replayId === id, 'replay with the same key', `the replay created entry ${replayId}; the first call created ${id}`, replay.ex);
    expectThat(replay.ex.response.text === first.ex.response.text || JSON.stringify(replay.body) === JSON.stringify(first.body), 'replay with the same key', 'the replayed body differs from the first answer', replay.ex);

    const changed = { ...entryBody(c, projectId), notes: 'a different body under the same key' };
    const again = await step(c, 'same key, different body', 'createTimeEntry', { json: changed, headers: { 'Idempotency-Key': key } }, 201);
    const againId = idOf(again.body, 'time_entry');
    if (againId !== id) c.defer(`delete duplicate entry ${againId}`, () => c.call('deleteTimeEntry', { params: { entry_id: againId } }));
    expectThat(againId === id, 'same key, different body', `a new entry ${againId} was created; the stored answer (${id}) was expected`, again.ex);

    const day = c.entryDay;
    const listed = await step(c, 'list the day', 'listTimeEntries', { query: { project_id: projectId, start_date: day, end_date: day, per_page: 100 } }, 200);
    const same = arrayAt(listed, 'time_entries', 'list the day').filter((e) => e.notes === body.notes);
    expectThat(same.length === 1, 'list the day', `${same.length} entries carry the note of the keyed create, expected 1`, listed.ex);
  },
};
