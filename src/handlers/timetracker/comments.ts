/**
 * /api/v1/comments (reference §25, `api_v1.py:1257-1650`, `models/comment.py`),
 * declared on `resource`: comments on a project or a task, replies by
 * `parent_id`; the author or an admin edits and deletes, and a deleted
 * comment with replies stays as `[Comment deleted]`.
 */
import { badRequest, notFound } from '../../core/errors.js';
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { Store } from '../../store/timetracker/store.js';
import type { CommentRow } from '../../store/timetracker/records-types.js';
import { auditTrail } from './activities.js';
import { ownOrAdmin } from './records.js';
import { resource } from './resource.js';

type S = components['schemas'];

/** `Comment.to_dict` (`models/comment.py:173`). */
function commentDict(store: Store, c: CommentRow): S['Comment'] {
  const author = store.users.get(c.user_id);
  const target = c.project_id !== null ? store.projects.get(c.project_id) : c.task_id !== null ? store.tasks.get(c.task_id) : undefined;
  return {
    ...c,
    quote_id: null,
    client_contact_id: null,
    author: author?.username ?? null,
    author_full_name: author?.full_name || null,
    created_at: isoNaive(c.created_at),
    updated_at: isoNaive(c.updated_at),
    is_reply: c.parent_id !== null,
    reply_count: store.views.repliesByParent.group(c.id).length,
    target_type: c.project_id !== null ? 'project' : c.task_id !== null ? 'task' : 'unknown',
    target_name: target?.name ?? 'Unknown',
    is_client_comment: false,
    attachments: [],
  };
}

/** `content`, trimmed and required (`content is required`). */
function content(text: string | undefined): string {
  const trimmed = (text ?? '').trim();
  if (!trimmed) throw badRequest('content is required');
  return trimmed;
}

/** The model's repr (`<Comment by alice on Project 3>`), the audit log's name for a comment. */
const trail = auditTrail<CommentRow>('Comment', (c, store) => {
  const target = c.project_id !== null ? `Project ${c.project_id}` : `Task ${c.task_id}`;
  return `<Comment by ${store.users.get(c.user_id)?.username ?? 'Unknown'} on ${target}>`;
});

const comment = resource({
  table: (s) => s.comments,
  what: 'Resource',
  id: 'comment_id',
  one: 'comment',
  many: 'comments',
  dict: (c, ctx) => commentDict(ctx.store, c),
  access: (auth, c) => ownOrAdmin(auth, c.user_id),
  messages: { created: 'Comment created successfully', updated: 'Comment updated successfully', deleted: 'Comment deleted successfully' },
});

const updateComment = comment.update<S['CommentUpdate']>((ctx, row) => {
  const patch = { content: content(ctx.body.content), updated_at: ctx.now };
  trail.updated(ctx, row, patch);
  return patch;
});

export const comments = {
  listComments: ({ store, query: q }) => {
    if (!q.project_id && !q.task_id) throw badRequest('project_id or task_id is required');
    const rows = q.project_id ? store.views.commentsByProject.group(q.project_id) : store.views.commentsByTask.group(q.task_id as number);
    return { status: 200, body: { comments: rows.map((c) => commentDict(store, c)) } };
  },

  createComment: comment.create<S['CommentCreate']>(({ body: b, auth, now, store }) => {
    const text = content(b.content);
    const projectId = b.project_id ?? null;
    const taskId = b.task_id ?? null;
    if ((projectId === null) === (taskId === null)) throw badRequest('Provide either project_id or task_id');
    const parentId = b.parent_id ?? null;
    if ((projectId !== null && !store.projects.get(projectId)) || (taskId !== null && !store.tasks.get(taskId)) || (parentId !== null && !store.comments.get(parentId))) {
      throw notFound();
    }
    return { content: text, project_id: projectId, task_id: taskId, user_id: auth.user.id, parent_id: parentId, is_internal: true, created_at: now, updated_at: now };
  }, trail.created),

  updateComment,
  patchComment: updateComment,

  // With replies the comment stays, its content replaced (`models/comment.py:158`); the answer is the same.
  deleteComment: (ctx) => {
    const row = comment.row(ctx);
    if (ctx.store.views.repliesByParent.group(row.id).length === 0) return comment.remove(trail.deleted)(ctx);
    const patch = { content: '[Comment deleted]' };
    trail.updated(ctx, row, patch);
    ctx.store.comments.update(row.id, patch);
    return { status: 200 as const, body: { message: 'Comment deleted successfully' } };
  },
} satisfies Partial<TimeTrackerHandlers>;
