/** /api/v1/clients/{id}/notes and /api/v1/client-notes/{id} (reference §13, module `clients`), declared on `resource`. */
import { badRequest } from '../../core/errors.js';
import { isoNaive } from '../../core/time.js';
import type { TimeTrackerHandlers } from '../../apis/timetracker/env.js';
import type { components } from '../../generated/timetracker/openapi.js';
import type { ClientNoteRow } from '../../store/timetracker/crm-types.js';
import type { Store } from '../../store/timetracker/store.js';
import { clientOf } from './contacts.js';
import { gated } from './modules.js';
import { ownOrAdmin } from './records.js';
import { resource } from './resource.js';

type S = components['schemas'];

/** The real server's `to_dict` (`models/client_note.py`): client and author names beside the ids. */
export function noteDict(store: Store, n: ClientNoteRow): S['ClientNote'] {
  const author = store.users.get(n.user_id);
  return {
    ...n,
    client_name: store.clients.get(n.client_id)?.name ?? 'Unknown',
    author: author?.username ?? null,
    author_full_name: author?.full_name || null,
    author_name: author ? author.full_name || author.username : 'Unknown',
    created_at: isoNaive(n.created_at),
    updated_at: isoNaive(n.updated_at),
  };
}

/** The trimmed content, required on create and on every update (bare 400 `content is required` on the real server). */
function content(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw badRequest('content is required');
  return trimmed;
}

const note = resource({
  table: (s) => s.clientNotes,
  // `get_or_404` in api_v1.py: "Resource not found" (shape F).
  what: 'Resource',
  id: 'note_id',
  one: 'note',
  many: 'notes',
  dict: (n, ctx) => noteDict(ctx.store, n),
  messages: { created: 'Client note created successfully', updated: 'Client note updated successfully', deleted: 'Client note deleted successfully' },
});

// The content is checked before the author (as the real server), so no `access` on the declaration.
const updateClientNote = note.update<S['ClientNoteWrite']>(({ body: b, auth, now }, row) => {
  const text = content(b.content);
  ownOrAdmin(auth, row.user_id);
  return { content: text, ...(b.is_important === undefined ? {} : { is_important: b.is_important }), updated_at: now };
});

export const clientNotes = gated('clients', {
  listClientNotes: note.list(({ store, params }) => {
    const { client_id } = params as { client_id: number };
    clientOf(store, client_id);
    return store.views.notesByClient.group(client_id);
  }),

  createClientNote: note.create<S['ClientNoteWrite']>(({ body: b, params, store, auth, now }) => ({
    client_id: clientOf(store, (params as { client_id: number }).client_id).id,
    user_id: auth.user.id,
    content: content(b.content),
    is_important: b.is_important ?? false,
    created_at: now,
    updated_at: now,
  })),

  getClientNote: note.get,
  updateClientNote,
  patchClientNote: updateClientNote,
  deleteClientNote: note.remove(({ auth }, row) => ownOrAdmin(auth, row.user_id)),
} satisfies Partial<TimeTrackerHandlers>);
