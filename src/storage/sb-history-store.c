/* sb-history-store.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every performed session, newest first, as a GListModel of SbSession.
 *
 * One file per session under $XDG_DATA_HOME/strongback/history/YYYY/, so a
 * folder synced between computers never conflicts. Files are read in a worker
 * thread and handed to the main loop in batches, the first one small so the
 * newest sessions show at once. Writes are atomic. A file that cannot be read
 * is moved to history/quarantine/ with a .reason.txt beside it; deleting moves
 * a file to history/trash/, from where undo brings it back. Nothing is ever
 * removed from the disk. Directory monitors pick up files that another
 * instance or a sync tool adds, changes or removes.
 */

#define G_LOG_DOMAIN "sb-history-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sb-history-store.h"
#include "sb-json.h"
#include "sb-store-problem.h"

/* The first batch is small so that the newest sessions appear within
 * milliseconds; later batches are large so that handing over is cheap. */
#define FIRST_BATCH_SIZE 50
#define BATCH_SIZE       1000

struct _SbHistoryStore
{
  GObject       parent_instance;

  GFile        *directory;
  char         *path;
  GMainContext *context;
  GCancellable *cancellable;

  GPtrArray    *sessions;        /* SbSession, newest first */
  GHashTable   *by_path;         /* file path (owned) -> SbSession */
  GHashTable   *by_id;           /* id -> SbSession */
  GHashTable   *path_of;         /* SbSession -> file path (borrowed from by_path) */
  GHashTable   *trashed;         /* SbSession (ref) -> FileOp of its deletion */
  GHashTable   *busy;            /* paths this store is writing or moving right now */
  GHashTable   *reloading;       /* paths being reloaded -> GINT_TO_POINTER (dirty) */
  GHashTable   *monitors;        /* directory path -> GFileMonitor */
  GListStore   *problems;        /* SbStoreProblem */

  guint         loading : 1;
  guint         loaded : 1;
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

/* What reading one file gave: a session, or why not. */
typedef struct
{
  char      *path;
  SbSession *session;
  char      *message;
  char      *quarantined_path;
  gboolean   vanished;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_free (result->path);
  g_clear_object (&result->session);
  g_free (result->message);
  g_free (result->quarantined_path);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

static gboolean
is_year_name (const char *name)
{
  return strlen (name) == 4 &&
         g_ascii_isdigit (name[0]) && g_ascii_isdigit (name[1]) &&
         g_ascii_isdigit (name[2]) && g_ascii_isdigit (name[3]);
}

static int
compare_names_descending (gconstpointer a,
                          gconstpointer b)
{
  return -strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Lists the names in @dir that @filter accepts, sorted newest first. */
static GPtrArray *
list_directory (const char *dir,
                gboolean  (*filter) (const char *dir, const char *name))
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return names;

  while ((name = g_dir_read_name (handle)) != NULL)
    if (filter (dir, name))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));

  g_ptr_array_sort (names, compare_names_descending);
  return names;
}

static gboolean
filter_year_dirs (const char *dir,
                  const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return is_year_name (name) && g_file_test (path, G_FILE_TEST_IS_DIR);
}

static gboolean
filter_session_files (const char *dir,
                      const char *name)
{
  return g_str_has_suffix (name, ".json") && name[0] != '.';
}

/* A free name in @dir for @basename: "x.json", else "x-1.json", … */
static char *
unique_path (const char *dir,
             const char *basename)
{
  g_autofree char *stem = g_strdup (basename);
  char *dot = g_str_has_suffix (stem, ".json") ? strrchr (stem, '.') : NULL;
  char *path = g_build_filename (dir, basename, NULL);

  if (dot != NULL)
    *dot = '\0';

  for (guint i = 1; g_file_test (path, G_FILE_TEST_EXISTS) && i < G_MAXUINT; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%u.json", stem, i);

      g_free (path);
      path = g_build_filename (dir, name, NULL);
    }

  return path;
}

/* Moves a file that cannot be loaded out of the way, with the reason
 * written beside it. Runs in a worker thread. */
static char *
quarantine_file (const char  *history_dir,
                 const char  *path,
                 const char  *message,
                 GError     **error)
{
  g_autofree char *dir = g_build_filename (history_dir, "quarantine", NULL);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *target = NULL;
  g_autofree char *reason_path = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = sb_json_format_datetime (now);
  int saved_errno;

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return NULL;
    }

  target = unique_path (dir, basename);
  if (g_rename (path, target) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s", g_strerror (saved_errno));
      return NULL;
    }

  reason_path = g_strconcat (target, ".reason.txt", NULL);
  reason = g_strdup_printf (_("Strongback could not load this file and moved it here from\n"
                              "%s\n"
                              "on %s.\n\n"
                              "%s\n\n"
                              "Nothing in it was changed. Once it is repaired, move it back to load it.\n"),
                            path, when, message);
  /* The file is already safe; a missing note loses nothing. */
  g_file_set_contents (reason_path, reason, -1, NULL);

  return g_steal_pointer (&target);
}

/* Reads one session file. Runs in a worker thread. */
static LoadResult *
load_file (const char *history_dir,
           const char *path)
{
  LoadResult *result = g_new0 (LoadResult, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *display = path;
  gboolean quarantine = TRUE;
  gsize length = 0;
  GStatBuf st;

  result->path = g_strdup (path);

  /* Name files relative to the history folder in messages: shorter, and the
   * folder itself is shown apart. */
  if (g_str_has_prefix (path, history_dir) && path[strlen (history_dir)] == G_DIR_SEPARATOR)
    display = path + strlen (history_dir) + 1;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT && g_lstat (path, &st) != 0)
        result->vanished = TRUE;
      else
        result->message = g_strdup_printf (_("Could not read “%s”: %s"), display,
                                           g_strerror (saved_errno));
      return result;
    }

  /* Folders and devices are left where they are: they are not ours to move. */
  if (!S_ISREG (st.st_mode))
    {
      result->message = g_strdup_printf (_("Could not read “%s”: it is not a file"), display);
      return result;
    }

  if (st.st_size > SB_JSON_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (st.st_size);

      result->message = g_strdup_printf (_("Could not read “%s”: the file is %s, far larger "
                                           "than any Strongback file"), display, size);
    }
  else if (!g_file_get_contents (path, &contents, &length, &error))
    {
      result->message = g_strdup_printf (_("Could not read “%s”: %s"), display, error->message);
      return result;
    }
  else
    {
      result->session = sb_session_new_from_data (display, contents, length, &error);
      if (result->session != NULL)
        return result;

      result->message = g_strdup (error->message);

      /* A newer version's file may be perfectly good: another computer
       * syncing this folder can read it. Leave it in place. */
      if (sb_json_peek_version (contents, length) > SB_SESSION_FORMAT_VERSION)
        {
          g_free (result->message);
          result->message = g_strdup_printf (_("“%s” was written by a newer version of "
                                               "Strongback and could not be read: %s"),
                                             display, error->message);
          quarantine = FALSE;
        }
    }

  if (quarantine)
    {
      g_autoptr(GError) move_error = NULL;

      result->quarantined_path = quarantine_file (history_dir, path, result->message, &move_error);
      if (result->quarantined_path == NULL)
        g_warning ("Could not move %s to the quarantine: %s", path, move_error->message);
    }

  return result;
}

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

static void
add_problem (SbHistoryStore *self,
             LoadResult     *result)
{
  g_autoptr(GFile) file = g_file_new_for_path (result->path);
  g_autoptr(GFile) quarantined = NULL;
  g_autoptr(SbStoreProblem) problem = NULL;

  if (result->quarantined_path != NULL)
    quarantined = g_file_new_for_path (result->quarantined_path);

  problem = sb_store_problem_new (file, quarantined, result->message);
  g_list_store_append (self->problems, problem);
  g_signal_emit (self, signals[FILE_QUARANTINED], 0, problem);
}

/* Brings the list in line with what one file holds now. */
static void
apply_result (SbHistoryStore *self,
              LoadResult     *result,
              gboolean        initial)
{
  SbSession *existing = g_hash_table_lookup (self->by_path, result->path);

  if (result->session == NULL)
    {
      if (existing != NULL)
        {
          g_autoptr(SbSession) removed = take_session (self, existing);
          g_signal_emit (self, signals[SESSION_REMOVED], 0, removed);
        }

      if (result->message != NULL)
        add_problem (self, result);

      return;
    }

  /* The same session may come back under another name (a sync tool's
   * rename): it is still one session. */
  if (existing == NULL)
    existing = g_hash_table_lookup (self->by_id, sb_session_get_id (result->session));

  if (existing != NULL)
    {
      g_autoptr(SbSession) old = NULL;

      if (sb_session_equal (existing, result->session))
        return;

      old = take_session (self, existing);
      insert_session (self, result->session, result->path);
      g_signal_emit (self, signals[SESSION_CHANGED], 0, result->session);
      return;
    }

  insert_session (self, result->session, result->path);
  if (!initial)
    g_signal_emit (self, signals[SESSION_ADDED], 0, result->session);
}

/* Loading ------------------------------------------------------------- */

typedef struct
{
  SbHistoryStore *self;
  GTask          *task;
  char           *dir;
  GCancellable   *cancellable;
  GPtrArray      *files;      /* every session file, newest first */
  guint           next;       /* atomic: the next file to read */
  guint           running;    /* atomic: workers still reading */
} LoadJob;

typedef struct
{
  LoadJob   *job;
  GPtrArray *results;     /* LoadResult */
  GPtrArray *year_dirs;   /* paths, in the first batch only */
  GError    *error;
  gboolean   final;
} LoadBatch;

static void
load_job_free (LoadJob *job)
{
  g_clear_object (&job->self);
  g_clear_object (&job->task);
  g_free (job->dir);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->files, g_ptr_array_unref);
  g_free (job);
}

static void
load_batch_free (LoadBatch *batch)
{
  g_clear_pointer (&batch->results, g_ptr_array_unref);
  g_clear_pointer (&batch->year_dirs, g_ptr_array_unref);
  g_clear_error (&batch->error);
  if (batch->final)
    load_job_free (batch->job);
  g_free (batch);
}

static void watch_directory (SbHistoryStore *self,
                             const char     *path);

static gboolean
deliver_batch (gpointer data)
{
  LoadBatch *batch = data;
  SbHistoryStore *self = batch->job->self;

  if (batch->year_dirs != NULL)
    {
      watch_directory (self, self->path);
      for (guint i = 0; i < batch->year_dirs->len; i++)
        watch_directory (self, g_ptr_array_index (batch->year_dirs, i));
    }

  if (batch->results != NULL)
    for (guint i = 0; i < batch->results->len; i++)
      apply_result (self, g_ptr_array_index (batch->results, i), TRUE);

  if (batch->final)
    {
      self->loading = FALSE;
      self->loaded = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
      g_signal_emit (self, signals[LOAD_FINISHED], 0);

      if (batch->error != NULL)
        g_task_return_error (batch->job->task, g_steal_pointer (&batch->error));
      else
        g_task_return_boolean (batch->job->task, TRUE);
    }

  return G_SOURCE_REMOVE;
}

static void
post_batch (LoadJob    *job,
            GPtrArray **results,
            GPtrArray  *year_dirs,
            GError     *error,
            gboolean    final)
{
  LoadBatch *batch = g_new0 (LoadBatch, 1);
  g_autoptr(GSource) source = NULL;

  batch->job = job;
  batch->results = results ? g_steal_pointer (results) : NULL;
  batch->year_dirs = year_dirs;
  batch->error = error;
  batch->final = final;

  /* Not g_main_context_invoke(): it would run deliver_batch() right here,
   * in the worker, whenever the main thread is between iterations. */
  source = g_idle_source_new ();
  /* Below GTK's redraw: the window paints first and stays responsive while
   * a long history comes in. */
  g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_static_name (source, "[strongback] history batch");
  g_source_set_callback (source, deliver_batch, batch, (GDestroyNotify) load_batch_free);
  g_source_attach (source, job->self->context);
}

static GPtrArray *
new_results (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) load_result_free);
}

/* Each reading thread takes the next file until none is left; the last one
 * to finish posts the final batch. */
static gpointer
read_files_thread (gpointer data)
{
  LoadJob *job = data;
  g_autoptr(GPtrArray) results = new_results ();
  GError *error = NULL;
  guint i;

  while ((i = g_atomic_int_add (&job->next, 1)) < job->files->len)
    {
      if (g_cancellable_set_error_if_cancelled (job->cancellable, &error))
        break;

      g_ptr_array_add (results, load_file (job->dir, g_ptr_array_index (job->files, i)));
      if (results->len >= BATCH_SIZE)
        {
          post_batch (job, &results, NULL, NULL, FALSE);
          results = new_results ();
        }
    }

  /* Hand over what is left before counting this thread out: once the
   * last one posts the final batch, the job may be freed at any moment. */
  if (results->len > 0)
    post_batch (job, &results, NULL, NULL, FALSE);

  if (g_atomic_int_dec_and_test (&job->running))
    post_batch (job, NULL, NULL, error, TRUE);
  else
    g_clear_error (&error);

  return NULL;
}

static gpointer
load_thread (gpointer data)
{
  LoadJob *job = data;
  g_autoptr(GPtrArray) years = NULL;
  gboolean first_posted = FALSE;
  guint n_threads;

  if (g_mkdir_with_parents (job->dir, 0755) != 0)
    {
      int saved_errno = errno;
      GError *error = g_error_new (G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                   _("Could not open the history folder “%s”: %s"),
                                   job->dir, g_strerror (saved_errno));

      post_batch (job, NULL, NULL, error, TRUE);
      return NULL;
    }

  years = list_directory (job->dir, filter_year_dirs);
  post_batch (job, NULL, g_ptr_array_ref (years), NULL, FALSE);

  /* The newest sessions first, on their own, so that they show at once:
   * as soon as the newest years hold enough, before listing the others. */
  job->files = g_ptr_array_new_with_free_func (g_free);
  for (guint y = 0; y <= years->len; y++)
    {
      if (!first_posted && (y == years->len || job->files->len >= FIRST_BATCH_SIZE))
        {
          g_autoptr(GPtrArray) first = new_results ();

          for (; job->next < MIN (FIRST_BATCH_SIZE, job->files->len); job->next++)
            g_ptr_array_add (first, load_file (job->dir, g_ptr_array_index (job->files, job->next)));
          post_batch (job, &first, NULL, NULL, FALSE);
          first_posted = TRUE;
        }

      if (y < years->len)
        g_ptr_array_extend_and_steal (job->files, list_directory (g_ptr_array_index (years, y),
                                                                  filter_session_files));
    }

  /* Then the rest on every core: parsing is what takes the time. */
  n_threads = CLAMP (g_get_num_processors (), 1, 4);
  job->running = n_threads;
  for (guint t = 1; t < n_threads; t++)
    g_thread_unref (g_thread_new ("sb-history-read", read_files_thread, job));

  return read_files_thread (job);
}

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
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (SB_IS_HISTORY_STORE (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_history_store_load_async);

  if (self->loading || self->loaded)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  self->loading = TRUE;

  job = g_new0 (LoadJob, 1);
  job->self = g_object_ref (self);
  job->task = g_steal_pointer (&task);
  job->dir = g_strdup (self->path);
  job->cancellable = cancellable ? g_object_ref (cancellable) : g_object_ref (self->cancellable);

  g_thread_unref (g_thread_new ("sb-history-load", load_thread, job));
}

gboolean
sb_history_store_load_finish (SbHistoryStore  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Watching the disk ----------------------------------------------------- */

static void reload_path (SbHistoryStore *self,
                         const char     *path);

/* Worker tasks carry what they need instead of the store: GTask's worker
 * may drop the last task reference after the callback ran, and the store
 * must never be finalized off the main thread. The callbacks hold the
 * store's reference instead (see run_worker()). */
typedef struct
{
  char *history_dir;
  char *path;
} WorkerData;

static void
worker_data_free (WorkerData *data)
{
  g_free (data->history_dir);
  g_free (data->path);
  g_free (data);
}

static void
run_worker (SbHistoryStore      *self,
            const char          *path,
            GTaskThreadFunc      thread_func,
            GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, done, g_object_ref (self));
  WorkerData *data = g_new0 (WorkerData, 1);

  data->history_dir = g_strdup (self->path);
  data->path = g_strdup (path);
  g_task_set_task_data (task, data, (GDestroyNotify) worker_data_free);
  g_task_run_in_thread (task, thread_func);
}

static void
reload_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  WorkerData *data = task_data;

  g_task_return_pointer (task, load_file (data->history_dir, data->path),
                         (GDestroyNotify) load_result_free);
}

static void
reload_done (GObject      *object,
             GAsyncResult *res,
             gpointer      user_data)
{
  g_autoptr(SbHistoryStore) self = user_data;
  WorkerData *data = g_task_get_task_data (G_TASK (res));
  const char *path = data->path;
  g_autoptr(LoadResult) result = g_task_propagate_pointer (G_TASK (res), NULL);
  gboolean dirty;

  if (result == NULL)
    return;

  dirty = GPOINTER_TO_INT (g_hash_table_lookup (self->reloading, path));
  g_hash_table_remove (self->reloading, path);

  /* Our own save or move of this file is under way: what was read is
   * already stale, and the operation will settle the list itself. */
  if (g_hash_table_contains (self->busy, path))
    return;

  if (dirty)
    reload_path (self, result->path);
  else
    apply_result (self, result, FALSE);
}

static void
reload_path (SbHistoryStore *self,
             const char     *path)
{
  if (g_hash_table_contains (self->busy, path))
    return;

  /* Events come in bursts; read a file once more after the last of them. */
  if (g_hash_table_contains (self->reloading, path))
    {
      g_hash_table_insert (self->reloading, g_strdup (path), GINT_TO_POINTER (TRUE));
      return;
    }

  g_hash_table_insert (self->reloading, g_strdup (path), GINT_TO_POINTER (FALSE));
  run_worker (self, path, reload_thread, reload_done);
}

static gboolean
is_session_path (SbHistoryStore *self,
                 const char     *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *parent = g_path_get_dirname (dir);
  g_autofree char *year = g_path_get_basename (dir);
  g_autofree char *name = g_path_get_basename (path);

  return g_str_equal (parent, self->path) && is_year_name (year) &&
         filter_session_files (dir, name);
}

static void
scan_year_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  WorkerData *data = task_data;

  g_task_return_pointer (task, list_directory (data->path, filter_session_files),
                         (GDestroyNotify) g_ptr_array_unref);
}

static void
scan_year_done (GObject      *object,
                GAsyncResult *res,
                gpointer      user_data)
{
  g_autoptr(SbHistoryStore) self = user_data;
  g_autoptr(GPtrArray) files = g_task_propagate_pointer (G_TASK (res), NULL);

  if (files == NULL)
    return;

  for (guint i = 0; i < files->len; i++)
    reload_path (self, g_ptr_array_index (files, i));
}

static void
on_directory_changed (GFileMonitor      *monitor,
                      GFile             *file,
                      GFile             *other_file,
                      GFileMonitorEvent  event,
                      SbHistoryStore    *self)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *other_path = other_file ? g_file_get_path (other_file) : NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *parent = g_path_get_dirname (path);

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CREATED:
      /* A new year folder: watch it, and read what it already holds. */
      if (g_str_equal (parent, self->path) && is_year_name (name) &&
          g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          watch_directory (self, path);
          run_worker (self, path, scan_year_thread, scan_year_done);
        }
      break;

    /* Only finished writes count: a half-written file is not broken. */
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      if (is_session_path (self, path))
        reload_path (self, path);
      break;

    /* Events are only hints, and may arrive late: re-reading the file
     * tells what is really there now (gone, unchanged, or new). */
    case G_FILE_MONITOR_EVENT_RENAMED:
      if (is_session_path (self, path))
        reload_path (self, path);
      if (other_path != NULL && is_session_path (self, other_path))
        reload_path (self, other_path);
      break;

    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      g_hash_table_remove (self->monitors, path);
      if (is_session_path (self, path))
        reload_path (self, path);
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

static void
watch_directory (SbHistoryStore *self,
                 const char     *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GFileMonitor *monitor;

  if (g_hash_table_contains (self->monitors, path))
    return;

  file = g_file_new_for_path (path);
  monitor = g_file_monitor_directory (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (monitor == NULL)
    {
      g_warning ("Changes to %s from elsewhere will not show until restart: %s",
                 path, error->message);
      return;
    }

  g_signal_connect_object (monitor, "changed", G_CALLBACK (on_directory_changed), self, 0);
  g_hash_table_insert (self->monitors, g_strdup (path), monitor);
}

/* Saving, deleting and restoring ------------------------------------- */

typedef enum
{
  OP_SAVE,
  OP_DELETE,
  OP_RESTORE,
} OpKind;

typedef struct
{
  OpKind     kind;
  SbSession *session;
  char      *path;        /* the file in the history folder */
  char      *trash_path;  /* where a deleted file went */
  char      *data;        /* what to save */
  char      *history_dir;
  GTask     *task;        /* the caller's */
} FileOp;

static void
file_op_free (FileOp *op)
{
  g_clear_object (&op->session);
  g_free (op->path);
  g_free (op->trash_path);
  g_free (op->data);
  g_free (op->history_dir);
  g_clear_object (&op->task);
  g_free (op);
}

static gboolean
move_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (to);
  int saved_errno;

  if (g_file_test (to, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("“%s” already exists"), to);
      return FALSE;
    }

  if (g_mkdir_with_parents (dir, 0755) == 0 && g_rename (from, to) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

static void
file_op_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  FileOp *op = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  switch (op->kind)
    {
    case OP_SAVE:
      {
        g_autoptr(GFile) file = g_file_new_for_path (op->path);
        ok = sb_json_write_atomic (file, op->data, strlen (op->data), &error);
      }
      break;

    case OP_DELETE:
      {
        g_autofree char *trash = g_build_filename (op->history_dir, "trash", NULL);
        g_autofree char *basename = g_path_get_basename (op->path);

        g_mkdir_with_parents (trash, 0755);
        op->trash_path = unique_path (trash, basename);
        ok = move_file (op->path, op->trash_path, &error);
      }
      break;

    case OP_RESTORE:
      ok = move_file (op->trash_path, op->path, &error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
file_op_done (GObject      *object,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr(SbHistoryStore) self = user_data;
  FileOp *op = g_task_get_task_data (G_TASK (res));
  g_autoptr(GTask) task = g_steal_pointer (&op->task);
  g_autoptr(GError) error = NULL;
  SbSession *existing;

  g_hash_table_remove (self->busy, op->path);

  /* A read of this file that started before the operation reads the old
   * contents: have it read again once it is done. */
  if (g_hash_table_contains (self->reloading, op->path))
    g_hash_table_insert (self->reloading, g_strdup (op->path), GINT_TO_POINTER (TRUE));

  if (!g_task_propagate_boolean (G_TASK (res), &error))
    {
      const char *what = op->kind == OP_SAVE ? _("Could not save the session")
                       : op->kind == OP_DELETE ? _("Could not delete the session")
                       : _("Could not restore the session");

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        /* Translators: e.g. “Could not save the session: No space left on device” */
        g_task_return_new_error (task, SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_WRITE,
                                 "%s: %s", what, error->message);
      return;
    }

  existing = g_hash_table_lookup (self->by_id, sb_session_get_id (op->session));

  switch (op->kind)
    {
    case OP_SAVE:
      if (existing == op->session)
        g_signal_emit (self, signals[SESSION_CHANGED], 0, op->session);
      else
        {
          g_autoptr(SbSession) old = existing ? take_session (self, existing) : NULL;

          insert_session (self, op->session, op->path);
          g_signal_emit (self, signals[old ? SESSION_CHANGED : SESSION_ADDED], 0, op->session);
        }
      break;

    case OP_DELETE:
      if (existing != NULL)
        {
          g_autoptr(SbSession) removed = take_session (self, existing);
          FileOp *record = g_new0 (FileOp, 1);

          record->path = g_strdup (op->path);
          record->trash_path = g_strdup (op->trash_path);
          g_hash_table_insert (self->trashed, g_object_ref (op->session), record);
          g_signal_emit (self, signals[SESSION_REMOVED], 0, removed);
        }
      break;

    case OP_RESTORE:
      g_hash_table_remove (self->trashed, op->session);
      if (existing == NULL)
        {
          insert_session (self, op->session, op->path);
          g_signal_emit (self, signals[SESSION_ADDED], 0, op->session);
        }
      break;

    default:
      g_assert_not_reached ();
    }

  g_task_return_boolean (task, TRUE);
}

static void
run_file_op (SbHistoryStore      *self,
             FileOp              *op,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data,
             gpointer             source_tag)
{
  g_autoptr(GTask) worker = NULL;

  op->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (op->task, source_tag);

  /* Until the operation is done, its file is in flux; the monitors' events
   * about it are handled by the operation itself. */
  g_hash_table_add (self->busy, g_strdup (op->path));

  op->history_dir = g_strdup (self->path);
  worker = g_task_new (NULL, cancellable, file_op_done, g_object_ref (self));
  /* The worker's result is what happened on disk, cancelled or not: the
   * list must follow it. Only the caller's task reports the cancellation. */
  g_task_set_check_cancellable (worker, FALSE);
  g_task_set_task_data (worker, op, (GDestroyNotify) file_op_free);
  g_task_run_in_thread (worker, file_op_thread);
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
  FileOp *op;
  SbSession *existing;
  const char *path;

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

  op = g_new0 (FileOp, 1);
  op->kind = OP_SAVE;
  op->session = g_object_ref (session);
  op->data = sb_session_to_data (session);

  /* A session read from disk is saved back to the same file, whatever its name. */
  existing = g_hash_table_lookup (self->by_id, sb_session_get_id (session));
  path = existing ? g_hash_table_lookup (self->path_of, existing) : NULL;
  if (path != NULL)
    op->path = g_strdup (path);
  else
    {
      g_autofree char *name = sb_session_dup_file_name (session);
      op->path = g_build_filename (self->path, name, NULL);
    }

  run_file_op (self, op, cancellable, callback, user_data, sb_history_store_save_async);
}

gboolean
sb_history_store_save_finish (SbHistoryStore  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
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
  FileOp *op;

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

  op = g_new0 (FileOp, 1);
  op->kind = OP_DELETE;
  op->session = g_object_ref (session);
  op->path = g_strdup (path);

  run_file_op (self, op, cancellable, callback, user_data, sb_history_store_delete_async);
}

gboolean
sb_history_store_delete_finish (SbHistoryStore  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
sb_history_store_undo_delete_async (SbHistoryStore      *self,
                                    SbSession           *session,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  FileOp *record;
  FileOp *op;

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

  op = g_new0 (FileOp, 1);
  op->kind = OP_RESTORE;
  op->session = g_object_ref (session);
  op->path = g_strdup (record->path);
  op->trash_path = g_strdup (record->trash_path);

  run_file_op (self, op, cancellable, callback, user_data, sb_history_store_undo_delete_async);
}

gboolean
sb_history_store_undo_delete_finish (SbHistoryStore  *self,
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
  g_autofree char *path = NULL;
  guint n;

  g_return_val_if_fail (SB_IS_HISTORY_STORE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (directory), FALSE);

  path = g_file_get_path (directory);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->loading || g_hash_table_size (self->busy) > 0)
    {
      g_set_error (error, SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_WRITE, "%s",
                   _("The history is being read or saved; try again in a moment"));
      return FALSE;
    }

  /* Late results of the old folder's readers are dropped as cancelled. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_hash_table_remove_all (self->monitors);
  g_hash_table_remove_all (self->reloading);
  g_hash_table_remove_all (self->trashed);
  g_hash_table_remove_all (self->path_of);
  g_hash_table_remove_all (self->by_id);
  g_hash_table_remove_all (self->by_path);
  g_list_store_remove_all (self->problems);

  n = self->sessions->len;
  g_ptr_array_set_size (self->sessions, 0);

  g_set_object (&self->directory, directory);
  g_free (self->path);
  self->path = g_steal_pointer (&path);
  self->loaded = FALSE;

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTORY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);

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
  return self->directory;
}

gboolean
sb_history_store_get_loaded (SbHistoryStore *self)
{
  g_return_val_if_fail (SB_IS_HISTORY_STORE (self), FALSE);
  return self->loaded;
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
  return G_LIST_MODEL (self->problems);
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
sb_history_store_constructed (GObject *object)
{
  SbHistoryStore *self = SB_HISTORY_STORE (object);

  G_OBJECT_CLASS (sb_history_store_parent_class)->constructed (object);

  self->path = g_file_get_path (self->directory);
  g_return_if_fail (self->path != NULL);
}

static void
sb_history_store_dispose (GObject *object)
{
  SbHistoryStore *self = SB_HISTORY_STORE (object);

  g_cancellable_cancel (self->cancellable);
  g_hash_table_remove_all (self->monitors);

  G_OBJECT_CLASS (sb_history_store_parent_class)->dispose (object);
}

static void
sb_history_store_finalize (GObject *object)
{
  SbHistoryStore *self = SB_HISTORY_STORE (object);

  g_clear_object (&self->directory);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->path_of, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->by_path, g_hash_table_unref);
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->trashed, g_hash_table_unref);
  g_clear_pointer (&self->busy, g_hash_table_unref);
  g_clear_pointer (&self->reloading, g_hash_table_unref);
  g_clear_pointer (&self->monitors, g_hash_table_unref);
  g_clear_object (&self->problems);

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
      g_value_set_object (value, self->directory);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
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
      self->directory = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
monitor_free (gpointer data)
{
  g_file_monitor_cancel (data);
  g_object_unref (data);
}

static void
sb_history_store_class_init (SbHistoryStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sb_history_store_constructed;
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
sb_history_store_init (SbHistoryStore *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->cancellable = g_cancellable_new ();
  self->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->path_of = g_hash_table_new (NULL, NULL);
  self->trashed = g_hash_table_new_full (NULL, NULL, g_object_unref, (GDestroyNotify) file_op_free);
  self->busy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->reloading = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->monitors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, monitor_free);
  self->problems = g_list_store_new (SB_TYPE_STORE_PROBLEM);
}
