/* sb-history-store.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every performed session, newest first, as a GListModel of SbSession.
 *
 * One file per session under $XDG_DATA_HOME/strongback/history/YYYY/, so a
 * folder synced between computers never conflicts. The folder itself (read
 * in workers, watched, written atomically, trash and quarantine) is an
 * SbJsonFolder; this store keeps the sessions it holds in order, and says
 * what changed: added, changed, removed.
 *
 * A sync tool's conflict copy of a session file (sb-sync-conflict.c) is not
 * a session of its own: identical to the session, it goes to the trash;
 * different, it becomes the session's #SbSession:conflict until the person
 * keeps one version, the other going to the trash (with undo).
 */

#define G_LOG_DOMAIN "sb-history-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-history-store.h"
#include "sb-json-folder.h"
#include "sb-session-codec.h"
#include "sb-sync-conflict.h"

struct _SbHistoryStore
{
  GObject       parent_instance;

  SbJsonFolder *folder;
  GPtrArray    *sessions;        /* SbSession, newest first */
  GHashTable   *by_path;         /* file path (owned) -> SbSession */
  GHashTable   *by_id;           /* id -> SbSession */
  GHashTable   *path_of;         /* SbSession -> file path (borrowed from by_path) */
  GHashTable   *trashed;         /* SbSession (ref) -> Trashed */
  GHashTable   *conflicts;       /* conflict copy's path (owned) -> SbSession (ref) */
  GHashTable   *resolved;        /* SbSession kept (ref) -> Resolution, for undo */
  GHashTable   *settling;        /* conflict copy's path (owned) -> timeout source id */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SbHistoryStore, sb_history_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (sb-history-store-error-quark, sb_history_store_error)

enum {
  PROP_0,
  PROP_DIRECTORY,
  PROP_LOADED,
  N_PROPS
};

enum {
  SESSION_ADDED,     /* (SbSession *session): appeared after the first load */
  SESSION_REMOVED,   /* (SbSession *session): deleted here or on disk */
  SESSION_CHANGED,   /* (SbSession *session): saved again, or its file changed */
  LOAD_FINISHED,     /* (): every file present at load time has been read */
  FILE_QUARANTINED,  /* (SbStoreProblem *problem): a file could not be loaded */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Where a session deleted here went, for undo. */
typedef struct
{
  char *path;
  char *trash_path;
} Trashed;

static void
trashed_free (Trashed *trashed)
{
  g_free (trashed->path);
  g_free (trashed->trash_path);
  g_free (trashed);
}

static GObject *
parse_session (const char  *name,
               const char  *data,
               gsize        length,
               gpointer     user_data,
               GError     **error)
{
  return G_OBJECT (sb_session_codec_read (name, data, length, error));
}

/* The list ----------------------------------------------------------------- */

/* Sessions sort newest first; the id breaks ties so the order is total. */
static int
compare_sessions (SbSession *a,
                  SbSession *b)
{
  int order = g_date_time_compare (sb_session_get_start_time (b), sb_session_get_start_time (a));

  if (order != 0)
    return order;

  return strcmp (sb_session_get_id (a), sb_session_get_id (b));
}

static guint
find_insert_position (SbHistoryStore *self,
                      SbSession      *session)
{
  guint low = 0, high = self->sessions->len;

  /* Loading goes newest first, so most inserts land at the end. */
  if (high > 0 && compare_sessions (g_ptr_array_index (self->sessions, high - 1), session) < 0)
    return high;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (compare_sessions (g_ptr_array_index (self->sessions, mid), session) < 0)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

static void
insert_session (SbHistoryStore *self,
                SbSession      *session,
                const char     *path)
{
  guint position = find_insert_position (self, session);
  char *owned_path = g_strdup (path);

  g_ptr_array_insert (self->sessions, position, g_object_ref (session));
  g_hash_table_insert (self->by_path, owned_path, session);
  g_hash_table_insert (self->by_id, (gpointer) sb_session_get_id (session), session);
  g_hash_table_insert (self->path_of, session, owned_path);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}

/* Returns the session's reference, which the caller then owns. */
static SbSession *
take_session (SbHistoryStore *self,
              SbSession      *session)
{
  const char *path = g_hash_table_lookup (self->path_of, session);
  guint position;

  if (!g_ptr_array_find (self->sessions, session, &position))
    return NULL;

  g_hash_table_remove (self->path_of, session);
  g_hash_table_remove (self->by_id, sb_session_get_id (session));
  g_hash_table_remove (self->by_path, path);
  session = g_ptr_array_steal_index (self->sessions, position);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);

  return session;
}

/* Conflict copies ------------------------------------------------------ */

static void
copy_trashed (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SbHistoryStore) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *trash_path = sb_json_folder_trash_finish (SB_JSON_FOLDER (object), result, &error);

  if (trash_path == NULL)
    g_warning ("Could not move a sync tool's conflict copy to the trash: %s", error->message);
}

/* While a sync tool makes a conflict copy, the session's file still holds
 * the version the copy was made from, until the tool writes the other one
 * in its place: so a copy that arrives while Strongback runs is judged
 * only once things have settled. */
#define CONFLICT_SETTLE_SECONDS 3

/* Shows @session's conflict copy, if it has one that differs; one that
 * is the same is only clutter, and goes to the trash (once settled). */
static void
attach_conflict (SbHistoryStore *self,
                 SbSession      *session)
{
  GHashTableIter iter;
  gpointer path, copy;
  SbSession *shown = NULL;

  g_hash_table_iter_init (&iter, self->conflicts);
  while (g_hash_table_iter_next (&iter, &path, &copy))
    {
      if (!g_str_equal (sb_session_get_id (copy), sb_session_get_id (session)))
        continue;

      if (sb_session_equal (copy, session))
        {
          if (g_hash_table_contains (self->settling, path))
            continue;
          sb_json_folder_trash_async (self->folder, path, copy_trashed, g_object_ref (self));
          g_hash_table_iter_remove (&iter);
        }
      else if (shown == NULL)
        shown = copy;
    }

  if (sb_session_get_conflict (session) != shown)
    {
      sb_session_set_conflict (session, shown);
      g_signal_emit (self, signals[SESSION_CHANGED], 0, session);
    }
}

typedef struct
{
  GWeakRef  store;
  char     *path;
} Settling;

static void
settling_free (Settling *settling)
{
  g_weak_ref_clear (&settling->store);
  g_free (settling->path);
  g_free (settling);
}

static gboolean
conflict_settled (gpointer user_data)
{
  Settling *settling = user_data;
  g_autoptr(SbHistoryStore) self = g_weak_ref_get (&settling->store);
  SbSession *copy, *session;

  gpointer key = NULL;

  if (self == NULL)
    return G_SOURCE_REMOVE;

  /* this source is ending: taken out of the table without removing it */
  if (g_hash_table_steal_extended (self->settling, settling->path, &key, NULL))
    g_free (key);
  copy = g_hash_table_lookup (self->conflicts, settling->path);
  session = copy ? g_hash_table_lookup (self->by_id, sb_session_get_id (copy)) : NULL;
  if (session != NULL)
    attach_conflict (self, session);
  return G_SOURCE_REMOVE;
}

static void
on_conflict_loaded (SbHistoryStore *self,
                    const char     *path,
                    SbSession      *copy,
                    gboolean        initial)
{
  SbSession *session;

  if (!initial)
    {
      Settling *settling = g_new0 (Settling, 1);
      guint id;

      g_weak_ref_init (&settling->store, self);
      settling->path = g_strdup (path);
      id = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, CONFLICT_SETTLE_SECONDS, conflict_settled,
                                       settling, (GDestroyNotify) settling_free);
      g_source_set_static_name (g_main_context_find_source_by_id (NULL, id), "[strongback] conflict copy settles");
      g_hash_table_replace (self->settling, g_strdup (path), GUINT_TO_POINTER (id));
    }

  g_hash_table_replace (self->conflicts, g_strdup (path), g_object_ref (copy));
  /* its session may come later in the load, or with the sync */
  session = g_hash_table_lookup (self->by_id, sb_session_get_id (copy));
  if (session != NULL)
    attach_conflict (self, session);
}

static void
on_conflict_removed (SbHistoryStore *self,
                     const char     *path)
{
  g_autoptr(SbSession) copy = g_object_ref (g_hash_table_lookup (self->conflicts, path));
  SbSession *session;

  g_hash_table_remove (self->conflicts, path);
  session = g_hash_table_lookup (self->by_id, sb_session_get_id (copy));
  if (session != NULL)
    attach_conflict (self, session);
}

/* What the folder says ------------------------------------------------- */

static void
on_file_loaded (SbHistoryStore *self,
                const char     *path,
                SbSession      *session,
                gboolean        initial)
{
  g_autofree char *original = sb_sync_conflict_original (path);
  SbSession *existing;

  if (original != NULL)
    {
      on_conflict_loaded (self, path, session, initial);
      return;
    }

  existing = g_hash_table_lookup (self->by_path, path);

  /* The same session may come back under another name (a sync tool's
   * rename): it is still one session. */
  if (existing == NULL)
    existing = g_hash_table_lookup (self->by_id, sb_session_get_id (session));

  if (existing != NULL)
    {
      g_autoptr(SbSession) old = NULL;

      if (sb_session_equal (existing, session))
        return;

      old = take_session (self, existing);
      insert_session (self, session, path);
      g_signal_emit (self, signals[SESSION_CHANGED], 0, session);
      attach_conflict (self, session);
      return;
    }

  insert_session (self, session, path);
  if (!initial)
    g_signal_emit (self, signals[SESSION_ADDED], 0, session);
  if (g_hash_table_size (self->conflicts) > 0)
    attach_conflict (self, session);
}

static void
on_file_removed (SbHistoryStore *self,
                 const char     *path)
{
  SbSession *existing = g_hash_table_lookup (self->by_path, path);
  g_autoptr(SbSession) removed = NULL;

  if (g_hash_table_contains (self->conflicts, path))
    {
      on_conflict_removed (self, path);
      return;
    }

  if (existing == NULL)
    return;

  removed = take_session (self, existing);
  g_signal_emit (self, signals[SESSION_REMOVED], 0, removed);
}

static void
on_problem (SbHistoryStore *self,
            SbStoreProblem *problem)
{
  g_signal_emit (self, signals[FILE_QUARANTINED], 0, problem);
}

static void
on_load_finished (SbHistoryStore *self)
{
  g_signal_emit (self, signals[LOAD_FINISHED], 0);
}

static void
on_loaded_changed (SbHistoryStore *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

/* Loading ------------------------------------------------------------- */

/**
 * sb_history_store_load_async:
 *
 * Reads every session file in the background. Sessions appear in the list
 * model in batches as they are read, the newest first; #SbHistoryStore::load-finished
 * is emitted, and the callback called, once all are in.
 */
void
sb_history_store_load_async (SbHistoryStore      *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (SB_IS_HISTORY_STORE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_history_store_load_async);
  sb_json_folder_load_async (self->folder, cancellable, sb_json_folder_load_done_in_task, task);
}

gboolean
sb_history_store_load_finish (SbHistoryStore  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Saving, deleting and restoring ------------------------------------- */

/* What one call asked for, until the folder has done it. */
typedef struct
{
  SbSession *session;
  char      *path;
} Op;

static void
op_free (Op *op)
{
  g_clear_object (&op->session);
  g_free (op->path);
  g_free (op);
}

static GTask *
new_op_task (SbHistoryStore      *self,
             SbSession           *session,
             const char          *path,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data,
             gpointer             source_tag)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Op *op = g_new0 (Op, 1);

  op->session = g_object_ref (session);
  op->path = g_strdup (path);
  g_task_set_task_data (task, op, (GDestroyNotify) op_free);
  g_task_set_source_tag (task, source_tag);
  return task;
}

/* The list follows the disk whatever the caller asked since; only the
 * caller's task reports a cancellation. */
static void
return_op (GTask      *task,
           GError     *error,
           const char *what)
{
  if (error == NULL)
    g_task_return_boolean (task, TRUE);
  else
    /* Translators: e.g. “Could not save the session: the disk is full” */
    g_task_return_new_error (task, SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_WRITE,
                             "%s: %s", what, error->message);
}

static void
saved (GObject      *object,
       GAsyncResult *result,
       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SbHistoryStore *self = g_task_get_source_object (task);
  Op *op = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  SbSession *existing;

  if (sb_json_folder_write_finish (SB_JSON_FOLDER (object), result, &error))
    {
      existing = g_hash_table_lookup (self->by_id, sb_session_get_id (op->session));
      if (existing == op->session)
        g_signal_emit (self, signals[SESSION_CHANGED], 0, op->session);
      else
        {
          g_autoptr(SbSession) old = existing ? take_session (self, existing) : NULL;

          insert_session (self, op->session, op->path);
          g_signal_emit (self, signals[old ? SESSION_CHANGED : SESSION_ADDED], 0, op->session);
        }
    }

  return_op (task, error, _("Could not save the session"));
}

/**
 * sb_history_store_save_async:
 *
 * Writes @session to its file, atomically, and adds it to the list if it is
 * new. On failure (disk full, read-only folder) the list is unchanged and
 * the session object keeps everything, so saving can be retried.
 */
void
sb_history_store_save_async (SbHistoryStore      *self,
                             SbSession           *session,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autofree char *path = NULL;
  SbSession *existing;
  const char *known_path;

  g_return_if_fail (SB_IS_HISTORY_STORE (self));
  g_return_if_fail (SB_IS_SESSION (session));

  if (!sb_session_get_writable (session))
    {
      g_task_report_new_error (self, callback, user_data, sb_history_store_save_async,
                               SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_READ_ONLY,
                               _("This session was recorded by a newer version of Strongback "
                                 "and cannot be changed by this one"));
      return;
    }

  /* A session read from disk is saved back to the same file, whatever its name. */
  existing = g_hash_table_lookup (self->by_id, sb_session_get_id (session));
  known_path = existing ? g_hash_table_lookup (self->path_of, existing) : NULL;
  if (known_path != NULL)
    path = g_strdup (known_path);
  else
    {
      g_autofree char *name = sb_session_codec_dup_file_name (session);
      path = g_build_filename (sb_json_folder_get_path (self->folder), name, NULL);
    }

  sb_json_folder_write_async (self->folder, path, sb_session_codec_write (session), saved,
                              new_op_task (self, session, path, cancellable, callback, user_data,
                                           sb_history_store_save_async));
}

gboolean
sb_history_store_save_finish (SbHistoryStore  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
trashed (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SbHistoryStore *self = g_task_get_source_object (task);
  Op *op = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *trash_path = sb_json_folder_trash_finish (SB_JSON_FOLDER (object), result, &error);
  SbSession *existing;

  existing = trash_path ? g_hash_table_lookup (self->by_id, sb_session_get_id (op->session)) : NULL;
  if (existing != NULL)
    {
      g_autoptr(SbSession) removed = take_session (self, existing);
      Trashed *record = g_new0 (Trashed, 1);

      record->path = g_strdup (op->path);
      record->trash_path = g_steal_pointer (&trash_path);
      g_hash_table_insert (self->trashed, g_object_ref (op->session), record);
      g_signal_emit (self, signals[SESSION_REMOVED], 0, removed);
    }

  return_op (task, error, _("Could not delete the session"));
}

/**
 * sb_history_store_delete_async:
 *
 * Moves the session's file to history/trash/ and removes it from the list;
 * sb_history_store_undo_delete_async() brings it back.
 */
void
sb_history_store_delete_async (SbHistoryStore      *self,
                               SbSession           *session,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  const char *path;

  g_return_if_fail (SB_IS_HISTORY_STORE (self));
  g_return_if_fail (SB_IS_SESSION (session));

  path = g_hash_table_lookup (self->path_of, session);
  if (path == NULL)
    {
      g_task_report_new_error (self, callback, user_data, sb_history_store_delete_async,
                               SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_NOT_FOUND,
                               _("This session is no longer in the history"));
      return;
    }

  sb_json_folder_trash_async (self->folder, path, trashed,
                              new_op_task (self, session, path, cancellable, callback, user_data,
                                           sb_history_store_delete_async));
}

gboolean
sb_history_store_delete_finish (SbHistoryStore  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
restored (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SbHistoryStore *self = g_task_get_source_object (task);
  Op *op = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (sb_json_folder_restore_finish (SB_JSON_FOLDER (object), result, &error))
    {
      g_hash_table_remove (self->trashed, op->session);
      if (g_hash_table_lookup (self->by_id, sb_session_get_id (op->session)) == NULL)
        {
          insert_session (self, op->session, op->path);
          g_signal_emit (self, signals[SESSION_ADDED], 0, op->session);
        }
    }

  return_op (task, error, _("Could not restore the session"));
}

void
sb_history_store_undo_delete_async (SbHistoryStore      *self,
                                    SbSession           *session,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Trashed *record;

  g_return_if_fail (SB_IS_HISTORY_STORE (self));
  g_return_if_fail (SB_IS_SESSION (session));

  record = g_hash_table_lookup (self->trashed, session);
  if (record == NULL)
    {
      g_task_report_new_error (self, callback, user_data, sb_history_store_undo_delete_async,
                               SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_NOT_FOUND,
                               _("This session was not deleted here, so it cannot be restored"));
      return;
    }

  sb_json_folder_restore_async (self->folder, record->path, record->trash_path, restored,
                                new_op_task (self, session, record->path, cancellable, callback, user_data,
                                             sb_history_store_undo_delete_async));
}

gboolean
sb_history_store_undo_delete_finish (SbHistoryStore  *self,
                                     GAsyncResult    *result,
                                     GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Keeping one version ---------------------------------------------------- */

/* One choice between a session and its conflict copy, as it goes and, once
 * made, for its undo. Every step is a move within the folder: the version
 * not kept is in the trash, never deleted. */
typedef struct
{
  SbSession *kept;          /* the version kept */
  SbSession *other;         /* the version not kept */
  char      *path;          /* the session's file */
  char      *copy_path;     /* the conflict copy's file */
  char      *other_trash;   /* where the version not kept went */
  char      *moved_trash;   /* a step's file in the trash, on its way */
  gboolean   kept_copy;     /* the copy's version now has the session's file */
  guint      step;
} Resolution;

static void
resolution_free (Resolution *resolution)
{
  g_clear_object (&resolution->kept);
  g_clear_object (&resolution->other);
  g_free (resolution->path);
  g_free (resolution->copy_path);
  g_free (resolution->other_trash);
  g_free (resolution->moved_trash);
  g_free (resolution);
}

/* The list, once the files are where they belong: @shown has the
 * session's file, @copy (if any) is a conflict copy again. */
static void
settle_resolution (SbHistoryStore *self,
                   SbSession      *shown,
                   SbSession      *replaced,
                   Resolution     *resolution,
                   SbSession      *copy)
{
  if (replaced != shown)
    {
      g_autoptr(SbSession) old = take_session (self, replaced);
      sb_session_set_conflict (old, NULL);
      insert_session (self, shown, resolution->path);
    }

  g_hash_table_remove (self->conflicts, resolution->copy_path);
  if (copy != NULL)
    g_hash_table_replace (self->conflicts, g_strdup (resolution->copy_path), g_object_ref (copy));

  sb_session_set_conflict (shown, copy);
  g_signal_emit (self, signals[SESSION_CHANGED], 0, shown);
}

static void resolve_step (GTask *task);
static void undo_step (GTask *task);

/* One move of a resolution or of its undo is done: on to the next step. */
static void
step_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Resolution *resolution = g_task_get_task_data (task);
  gboolean undoing = g_task_get_source_tag (task) == sb_history_store_undo_resolve_async;
  g_autoptr(GError) error = NULL;

  /* a trash says where the file went; a restore only that it is back */
  if (g_task_get_source_tag (G_TASK (result)) == sb_json_folder_trash_async)
    {
      char *trash_path = sb_json_folder_trash_finish (SB_JSON_FOLDER (object), result, &error);

      if (trash_path != NULL)
        {
          g_free (resolution->moved_trash);
          resolution->moved_trash = trash_path;
        }
    }
  else
    sb_json_folder_restore_finish (SB_JSON_FOLDER (object), result, &error);

  if (error != NULL)
    {
      resolution_free (resolution);
      return_op (task, error, undoing ? _("Could not bring the other version back") : _("Could not keep that version"));
      return;
    }

  resolution->step++;
  if (undoing)
    undo_step (g_steal_pointer (&task));
  else
    resolve_step (g_steal_pointer (&task));
}

/* Keeping the session's own version: its copy goes to the trash. Keeping
 * the copy's: the session's file to the trash, then the copy's file in its
 * place (through the trash, the folder's one way to move a file). */
static void
resolve_step (GTask *task)
{
  SbHistoryStore *self = g_task_get_source_object (task);
  Resolution *resolution = g_task_get_task_data (task);

  switch (resolution->kept_copy ? resolution->step : resolution->step + 10)
    {
    case 0:
      sb_json_folder_trash_async (self->folder, resolution->path, step_done, task);
      return;
    case 1:
      resolution->other_trash = g_steal_pointer (&resolution->moved_trash);
      sb_json_folder_trash_async (self->folder, resolution->copy_path, step_done, task);
      return;
    case 2:
      sb_json_folder_restore_async (self->folder, resolution->path, resolution->moved_trash,
                                    step_done, task);
      return;
    case 3:
      g_clear_pointer (&resolution->moved_trash, g_free);
      settle_resolution (self, resolution->kept, resolution->other, resolution, NULL);
      break;

    case 10:
      sb_json_folder_trash_async (self->folder, resolution->copy_path, step_done, task);
      return;
    case 11:
      resolution->other_trash = g_steal_pointer (&resolution->moved_trash);
      settle_resolution (self, resolution->kept, resolution->kept, resolution, NULL);
      break;

    default:
      g_assert_not_reached ();
    }

  resolution->step = 0;
  g_hash_table_replace (self->resolved, g_object_ref (resolution->kept), resolution);
  g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

/**
 * sb_history_store_resolve_conflict_async:
 * @session: a session with a #SbSession:conflict
 * @keep_copy: keep the conflict copy's version rather than the session's
 *
 * Keeps one version of a session changed on two computers; the other goes
 * to history/trash/. sb_history_store_undo_resolve_async() brings it back.
 */
void
sb_history_store_resolve_conflict_async (SbHistoryStore      *self,
                                         SbSession           *session,
                                         gboolean             keep_copy,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Resolution *resolution;
  SbSession *copy;
  const char *path;
  GHashTableIter iter;
  gpointer copy_path, value;

  g_return_if_fail (SB_IS_HISTORY_STORE (self));
  g_return_if_fail (SB_IS_SESSION (session));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_history_store_resolve_conflict_async);

  copy = sb_session_get_conflict (session);
  path = g_hash_table_lookup (self->path_of, session);
  g_hash_table_iter_init (&iter, self->conflicts);
  while (copy != NULL && g_hash_table_iter_next (&iter, &copy_path, &value) && value != copy)
    ;
  if (copy == NULL || path == NULL || value != copy)
    {
      g_task_return_new_error (task, SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_NOT_FOUND, "%s",
                               _("This session was not changed on two computers"));
      return;
    }

  resolution = g_new0 (Resolution, 1);
  resolution->kept = g_object_ref (keep_copy ? copy : session);
  resolution->other = g_object_ref (keep_copy ? session : copy);
  resolution->path = g_strdup (path);
  resolution->copy_path = g_strdup (copy_path);
  resolution->kept_copy = keep_copy;
  /* owned by the steps, then by the undo record */
  g_task_set_task_data (task, resolution, NULL);
  resolve_step (g_steal_pointer (&task));
}

gboolean
sb_history_store_resolve_conflict_finish (SbHistoryStore  *self,
                                          GAsyncResult    *result,
                                          GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Undoing is the way back: the session's file as it was, the conflict
 * copy beside it again. */
static void
undo_step (GTask *task)
{
  SbHistoryStore *self = g_task_get_source_object (task);
  Resolution *resolution = g_task_get_task_data (task);

  switch (resolution->kept_copy ? resolution->step : resolution->step + 10)
    {
    case 0:
      sb_json_folder_trash_async (self->folder, resolution->path, step_done, task);
      return;
    case 1:
      sb_json_folder_restore_async (self->folder, resolution->path, resolution->other_trash,
                                    step_done, task);
      return;
    case 2:
      sb_json_folder_restore_async (self->folder, resolution->copy_path, resolution->moved_trash,
                                    step_done, task);
      return;
    case 3:
      /* the session's own version back in its file, the copy beside it */
      settle_resolution (self, resolution->other, resolution->kept, resolution, resolution->kept);
      break;

    case 10:
      sb_json_folder_restore_async (self->folder, resolution->copy_path, resolution->other_trash,
                                    step_done, task);
      return;
    case 11:
      settle_resolution (self, resolution->kept, resolution->kept, resolution, resolution->other);
      break;

    default:
      g_assert_not_reached ();
    }

  resolution_free (resolution);
  g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

/**
 * sb_history_store_undo_resolve_async:
 * @session: the version kept by sb_history_store_resolve_conflict_async()
 *
 * Brings the version not kept back from the trash, as the session's
 * conflict copy again.
 */
void
sb_history_store_undo_resolve_async (SbHistoryStore      *self,
                                     SbSession           *session,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  GTask *task;
  Resolution *resolution = NULL;

  g_return_if_fail (SB_IS_HISTORY_STORE (self));
  g_return_if_fail (SB_IS_SESSION (session));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_history_store_undo_resolve_async);

  if (!g_hash_table_steal_extended (self->resolved, session, NULL, (gpointer *) &resolution))
    {
      g_task_return_new_error (task, SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_NOT_FOUND, "%s",
                               _("There is no other version to bring back"));
      g_object_unref (task);
      return;
    }

  /* the table's reference to the session goes with the record */
  g_object_unref (session);
  resolution->step = 0;
  g_task_set_task_data (task, resolution, NULL);
  undo_step (task);
}

gboolean
sb_history_store_undo_resolve_finish (SbHistoryStore  *self,
                                      GAsyncResult    *result,
                                      GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The rest ------------------------------------------------------------ */

SbHistoryStore *
sb_history_store_new (GFile *directory)
{
  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  return g_object_new (SB_TYPE_HISTORY_STORE, "directory", directory, NULL);
}

/**
 * sb_history_store_set_directory:
 * @directory: the history folder to use from now on
 *
 * Empties the list and points the store at another folder; load it with
 * sb_history_store_load_async(). Refused while a load, save, delete or
 * undo is under way, since each of those belongs to the old folder. The
 * old folder's files are left as they are.
 *
 * Returns: whether the store switched
 */
gboolean
sb_history_store_set_directory (SbHistoryStore  *self,
                                GFile           *directory,
                                GError         **error)
{
  guint n;

  g_return_val_if_fail (SB_IS_HISTORY_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (directory), FALSE);

  if (sb_json_folder_get_busy (self->folder))
    {
      g_set_error (error, SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_WRITE, "%s",
                   _("The history is being read or saved; try again in a moment"));
      return FALSE;
    }

  if (!sb_json_folder_set_directory (self->folder, directory, error))
    return FALSE;

  g_hash_table_remove_all (self->trashed);
  g_hash_table_remove_all (self->conflicts);
  g_hash_table_remove_all (self->resolved);
  g_hash_table_remove_all (self->settling);
  g_hash_table_remove_all (self->path_of);
  g_hash_table_remove_all (self->by_id);
  g_hash_table_remove_all (self->by_path);

  n = self->sessions->len;
  g_ptr_array_set_size (self->sessions, 0);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTORY]);

  return TRUE;
}

/**
 * sb_history_store_new_default:
 *
 * Returns: (transfer full): a store for $XDG_DATA_HOME/strongback/history
 */
SbHistoryStore *
sb_history_store_new_default (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "strongback", "history", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (path);

  return sb_history_store_new (directory);
}

GFile *
sb_history_store_get_directory (SbHistoryStore *self)
{
  g_return_val_if_fail (SB_IS_HISTORY_STORE (self), NULL);
  return sb_json_folder_get_directory (self->folder);
}

/**
 * sb_history_store_get_quarantine:
 *
 * Returns: (transfer full): the folder where files that could not be read
 *   are set aside
 */
GFile *
sb_history_store_get_quarantine (SbHistoryStore *self)
{
  g_return_val_if_fail (SB_IS_HISTORY_STORE (self), NULL);
  return sb_json_folder_get_quarantine (self->folder);
}

gboolean
sb_history_store_get_loaded (SbHistoryStore *self)
{
  g_return_val_if_fail (SB_IS_HISTORY_STORE (self), FALSE);
  return sb_json_folder_get_loaded (self->folder);
}

/**
 * sb_history_store_get_problems:
 *
 * Returns: (transfer none): the files that could not be loaded, as
 *   #SbStoreProblem, in the order they were found
 */
GListModel *
sb_history_store_get_problems (SbHistoryStore *self)
{
  g_return_val_if_fail (SB_IS_HISTORY_STORE (self), NULL);
  return sb_json_folder_get_problems (self->folder);
}

/**
 * sb_history_store_lookup:
 *
 * Returns: (transfer none) (nullable): the session with @id
 */
SbSession *
sb_history_store_lookup (SbHistoryStore *self,
                         const char     *id)
{
  g_return_val_if_fail (SB_IS_HISTORY_STORE (self), NULL);
  return g_hash_table_lookup (self->by_id, id);
}

static GType
sb_history_store_get_item_type (GListModel *model)
{
  return SB_TYPE_SESSION;
}

static guint
sb_history_store_get_n_items (GListModel *model)
{
  return SB_HISTORY_STORE (model)->sessions->len;
}

static gpointer
sb_history_store_get_item (GListModel *model,
                           guint       position)
{
  SbHistoryStore *self = SB_HISTORY_STORE (model);

  if (position >= self->sessions->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->sessions, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sb_history_store_get_item_type;
  iface->get_n_items = sb_history_store_get_n_items;
  iface->get_item = sb_history_store_get_item;
}

static void
sb_history_store_dispose (GObject *object)
{
  SbHistoryStore *self = SB_HISTORY_STORE (object);

  if (self->folder != NULL)
    g_signal_handlers_disconnect_by_data (self->folder, self);
  g_clear_object (&self->folder);

  G_OBJECT_CLASS (sb_history_store_parent_class)->dispose (object);
}

static void
sb_history_store_finalize (GObject *object)
{
  SbHistoryStore *self = SB_HISTORY_STORE (object);

  g_clear_pointer (&self->path_of, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->by_path, g_hash_table_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->trashed, g_hash_table_unref);
  g_clear_pointer (&self->conflicts, g_hash_table_unref);
  g_clear_pointer (&self->resolved, g_hash_table_unref);
  g_clear_pointer (&self->settling, g_hash_table_unref);

  G_OBJECT_CLASS (sb_history_store_parent_class)->finalize (object);
}

static void
sb_history_store_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SbHistoryStore *self = SB_HISTORY_STORE (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_object (value, sb_history_store_get_directory (self));
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, sb_history_store_get_loaded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_history_store_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SbHistoryStore *self = SB_HISTORY_STORE (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      self->folder = sb_json_folder_new (g_value_get_object (value), SB_JSON_FOLDER_BY_YEAR, TRUE,
                                         SB_SESSION_FORMAT_VERSION, parse_session, NULL, NULL);
      g_signal_connect_object (self->folder, "file-loaded", G_CALLBACK (on_file_loaded), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->folder, "file-removed", G_CALLBACK (on_file_removed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->folder, "problem", G_CALLBACK (on_problem), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->folder, "load-finished", G_CALLBACK (on_load_finished), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->folder, "notify::loaded", G_CALLBACK (on_loaded_changed), self, G_CONNECT_SWAPPED);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_history_store_class_init (SbHistoryStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_history_store_dispose;
  object_class->finalize = sb_history_store_finalize;
  object_class->get_property = sb_history_store_get_property;
  object_class->set_property = sb_history_store_set_property;

  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SESSION_ADDED] =
    g_signal_new ("session-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_SESSION);
  signals[SESSION_REMOVED] =
    g_signal_new ("session-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_SESSION);
  signals[SESSION_CHANGED] =
    g_signal_new ("session-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_SESSION);
  signals[LOAD_FINISHED] =
    g_signal_new ("load-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[FILE_QUARANTINED] =
    g_signal_new ("file-quarantined", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_STORE_PROBLEM);
}

static void
remove_source (gpointer id)
{
  g_source_remove (GPOINTER_TO_UINT (id));
}

static void
sb_history_store_init (SbHistoryStore *self)
{
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->path_of = g_hash_table_new (NULL, NULL);
  self->trashed = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify) trashed_free);
  self->conflicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->resolved = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify) resolution_free);
  self->settling = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, remove_source);
}
