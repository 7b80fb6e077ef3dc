/**
 * The stateful flows of the record groups of reference §25: a time entry's
 * create, update and delete appear in the activity feed, newest first; a
 * comment with a reply survives its deletion as `[Comment deleted]`, and
 * goes once the reply is gone.
 */
import { idOf } from '../lib/context.js';
import { createEntry } from '../lib/factory.js';
import { arrayAt, expectThat, sharedId, step, type Flow } from '../lib/flow.js';

export const activityFeedFlow: Flow = {
  id: 'activity-feed',
  title: "a time entry's create, update and delete are the newest time-entry activities, in that order (reference §25)",
  async run(c, shared) {
    const projectId = sharedId(shared, 'projectId');
    const entry = await createEntry(c, projectId);
    const id = entry.id as number;
    await step(c, 'update the entry', 'patchTimeEntry', { params: { entry_id: id }, json: { notes: c.name('feed') } }, 200);
    await step(c, 'delete the entry', 'deleteTimeEntry', { params: { entry_id: id } }, 200);
    const feed = await step(c, 'read the feed', 'listActivities', { query: { entity_type: 'time_entry', limit: 50 } }, 200);
    const mine = arrayAt(feed, 'activities', 'read the feed').filter((a) => a.entity_id === id);
    const actions = mine.map((a) => String(a.action)).join(',');
    expectThat(actions === 'deleted,updated,created', 'read the feed', `the entry's activities are [${actions}], expected [deleted,updated,created]`, feed.ex, 'observed');
    expectThat(/^Created time entry for /.test(String(mine[2]?.description)), 'read the feed', `the create's description is ${JSON.stringify(mine[2]?.description)}`, feed.ex, 'observed');
  },
};

export const commentThreadFlow: Flow = {
  id: 'comment-thread',
  title: 'a comment with a reply is kept as [Comment deleted] when deleted, and removed once its reply is gone (reference §25)',
  async run(c, shared) {
    const projectId = sharedId(shared, 'projectId');
    c.requireWrites();
    const root = await step(c, 'comment', 'createComment', { json: { content: c.name('comment'), project_id: projectId } }, 201);
    const rootId = idOf(root.body, 'comment');
    c.defer(`delete comment ${rootId}`, () => c.call('deleteComment', { params: { comment_id: rootId } }));
    const reply = await step(c, 'reply', 'createComment', { json: { content: c.name('reply'), project_id: projectId, parent_id: rootId } }, 201);
    const replyId = idOf(reply.body, 'comment');
    c.defer(`delete comment ${replyId}`, () => c.call('deleteComment', { params: { comment_id: replyId } }));
    const thread = async (label: string) => arrayAt(await step(c, label, 'listComments', { query: { project_id: projectId } }, 200), 'comments', label);

    await step(c, 'delete the commented comment', 'deleteComment', { params: { comment_id: rootId } }, 200);
    const kept = (await thread('read the thread')).find((x) => x.id === rootId);
    expectThat(kept?.content === '[Comment deleted]' && kept.reply_count === 1, 'read the thread', `the deleted comment with a reply reads ${JSON.stringify(kept ?? null)}`, undefined, 'observed');
    await step(c, 'delete the reply', 'deleteComment', { params: { comment_id: replyId } }, 200);
    await step(c, 'delete the comment again', 'deleteComment', { params: { comment_id: rootId } }, 200);
    const after = await thread('read the thread again');
    expectThat(!after.some((x) => x.id === rootId || x.id === replyId), 'read the thread again', 'a deleted comment without replies is still listed', undefined, 'observed');
  },
};
