/* sb-json-folder.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A folder of JSON files, one object each: the discipline both the history
 * and the user's routines keep, written once.
 *
 * - Files are read in worker threads and handed to the main loop in
 *   batches, the first one small so that the newest files show at once.
 * - Directory monitors pick up what another instance or a sync tool adds,
 *   changes or removes; each event only says "read this file again".
 * - Writes are atomic and land in the order they were asked for; moves
 *   wait for the writes before them.
 * - A file this folder is writing or moving is "busy": what a read of it
 *   meanwhile sees is already stale, so it is dropped and the operation's
 *   owner settles its list itself. A read that began before an operation
 *   finished is stale too, and is read again or dropped.
 * - Deleting moves a file to trash/, from where it can be brought back. A
 *   file that cannot be read is moved to quarantine/ with a .reason.txt
 *   beside it (or left in place, for files the user writes by hand). Nothing
 *   is ever removed from the disk.
 *
 * The folder knows paths and objects, not sessions or routines: its owner
 * (SbHistoryStore, SbRoutineStore) listens to ::file-loaded and
 * ::file-removed and keeps the list the window shows.
 */

#define G_LOG_DOMAIN "sb-json-folder"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sb-json.h"
#include "sb-json-folder.h"

/* The first batch is small so that the newest files appear within
 * milliseconds; later batches are large so that handing over is cheap. */
#define FIRST_BATCH_SIZE 50
#define BATCH_SIZE       1000

/* How files are read, shared with the reading threads, which may outlive
 * the folder. */
typedef struct
{
  gatomicrefcount    ref_count;
  SbJsonFolderParse  parse;
  gpointer           parse_data;
  GDestroyNotify     parse_data_free;
  SbJsonFolderLayout layout;
  gboolean           quarantine;
  int                newest_version;
} Reader;

/* Writes and moves, shared with the writing threads. */
typedef struct
{
  gatomicrefcount ref_count;
  GMutex          lock;
  GHashTable     *written;   /* path -> sequence number of the last write */
} WriteState;

struct _SbJsonFolder
{
  GObject       parent_instance;

  GFile        *directory;
  char         *path;
  GMainContext *context;
  GCancellable *cancellable;
  Reader       *reader;
  WriteState   *write_state;
  guint64       next_sequence;

  GHashTable   *busy;          /* path -> count of writes and moves under way */
  GHashTable   *reloading;     /* path -> GINT_TO_POINTER (read again when done) */
  GHashTable   *changed_at;    /* path -> epoch when our last operation on it ended */
  gsize         epoch;
  GHashTable   *monitors;      /* directory path -> GFileMonitor */
  GListStore   *problems;      /* SbStoreProblem */
  GHashTable   *problem_at;    /* path -> SbStoreProblem of a file left in place */
  GPtrArray    *waiting;       /* GTask: callers of load_async() while loading */

  guint         loading : 1;
  guint         loaded : 1;
};

G_DEFINE_FINAL_TYPE (SbJsonFolder, sb_json_folder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LOADED,
  N_PROPS
};

enum {
  FILE_LOADED,    /* (const char *path, GObject *object, gboolean initial): read, first or again */
  FILE_REMOVED,   /* (const char *path): gone from disk, or no longer readable */
  PROBLEM,        /* (SbStoreProblem *problem): a file could not be read */
  LOAD_FINISHED,  /* (): every file there when loading began has been read */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static Reader *
reader_ref (Reader *reader)
{
  g_atomic_ref_count_inc (&reader->ref_count);
  return reader;
}

static void
reader_unref (Reader *reader)
{
  if (!g_atomic_ref_count_dec (&reader->ref_count))
    return;

  if (reader->parse_data_free != NULL)
    reader->parse_data_free (reader->parse_data);
  g_free (reader);
}

static WriteState *
write_state_ref (WriteState *state)
{
  g_atomic_ref_count_inc (&state->ref_count);
  return state;
}

static void
write_state_unref (WriteState *state)
{
  if (!g_atomic_ref_count_dec (&state->ref_count))
    return;

  g_mutex_clear (&state->lock);
  g_hash_table_unref (state->written);
  g_free (state);
}

/* Reading one file ------------------------------------------------------- */

/* What reading one file gave: an object, or why not. */
typedef struct
{
  char     *path;
  GObject  *object;
  char     *message;
  char     *quarantined_path;
  gboolean  vanished;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_free (result->path);
  g_clear_object (&result->object);
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
filter_json_files (const char *dir,
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

static void
set_errno_error (GError **error,
                 int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
}

/* Moves a file that cannot be loaded out of the way, with the reason
 * written beside it. Runs in a worker thread. */
static char *
quarantine_file (const char  *root,
                 const char  *path,
                 const char  *message,
                 GError     **error)
{
  g_autofree char *dir = g_build_filename (root, "quarantine", NULL);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *target = NULL;
  g_autofree char *reason_path = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = sb_json_format_datetime (now);

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      set_errno_error (error, errno);
      return NULL;
    }

  target = unique_path (dir, basename);
  if (g_rename (path, target) != 0)
    {
      set_errno_error (error, errno);
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

/* Reads one file. Runs in a worker thread. */
static LoadResult *
load_file (Reader     *reader,
           const char *root,
           const char *path)
{
  LoadResult *result = g_new0 (LoadResult, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  const char *display = path;
  gboolean quarantine = reader->quarantine;
  gsize length = 0;
  GStatBuf st;

  result->path = g_strdup (path);

  /* Name files relative to the folder in messages: shorter, and the folder
   * itself is shown apart. */
  if (g_str_has_prefix (path, root) && path[strlen (root)] == G_DIR_SEPARATOR)
    display = path + strlen (root) + 1;

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
      result->object = reader->parse (display, contents, length, reader->parse_data, &error);
      if (result->object != NULL)
        return result;

      result->message = g_strdup (error->message);

      /* A newer version's file may be perfectly good: another computer
       * syncing this folder can read it. Leave it in place. */
      if (sb_json_peek_version (contents, length) > reader->newest_version)
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

      result->quarantined_path = quarantine_file (root, path, result->message, &move_error);
      if (result->quarantined_path == NULL)
        g_warning ("Could not move %s to the quarantine: %s", path, move_error->message);
    }

  return result;
}

/* Problems --------------------------------------------------------------- */

static void
remove_problem_at (SbJsonFolder *self,
                   const char   *path)
{
  g_autoptr(SbStoreProblem) problem = NULL;
  g_autofree char *key = NULL;
  guint n;

  if (!g_hash_table_steal_extended (self->problem_at, path, (gpointer *) &key, (gpointer *) &problem))
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->problems));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbStoreProblem) item = g_list_model_get_item (G_LIST_MODEL (self->problems), i);

      if (item == problem)
        {
          g_list_store_remove (self->problems, i);
          break;
        }
    }
}

static void
add_problem (SbJsonFolder *self,
             const char   *path,
             const char   *quarantined_path,
             const char   *message)
{
  SbStoreProblem *known = g_hash_table_lookup (self->problem_at, path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) quarantined = quarantined_path ? g_file_new_for_path (quarantined_path) : NULL;
  g_autoptr(SbStoreProblem) problem = NULL;

  /* Read again and still broken in the same way: nothing new to say. */
  if (known != NULL && quarantined == NULL && g_str_equal (sb_store_problem_get_message (known), message))
    return;

  remove_problem_at (self, path);
  problem = sb_store_problem_new (file, quarantined, message);
  g_list_store_append (self->problems, problem);
  /* A file left in place can be mended there, which clears its problem. */
  if (quarantined == NULL)
    g_hash_table_insert (self->problem_at, g_strdup (path), g_object_ref (problem));
  g_signal_emit (self, signals[PROBLEM], 0, problem);
}

/**
 * sb_json_folder_add_problem:
 * @path: a file of the folder, read but refused by its owner (a routine
 *   whose id another file has)
 *
 * Reports a file that is left where it is.
 */
void
sb_json_folder_add_problem (SbJsonFolder *self,
                            const char   *path,
                            const char   *message)
{
  g_return_if_fail (SB_IS_JSON_FOLDER (self));
  g_return_if_fail (path != NULL && message != NULL);

  add_problem (self, path, NULL, message);
}

/* Brings the owner in line with what one file holds now. */
static void
apply_result (SbJsonFolder *self,
              LoadResult   *result,
              gboolean      initial)
{
  if (result->object != NULL)
    {
      remove_problem_at (self, result->path);
      g_signal_emit (self, signals[FILE_LOADED], 0, result->path, result->object, initial);
      return;
    }

  if (!initial)
    g_signal_emit (self, signals[FILE_REMOVED], 0, result->path);

  if (result->message != NULL)
    add_problem (self, result->path, result->quarantined_path, result->message);
  else
    remove_problem_at (self, result->path);
}

/* Whether what a read begun at @epoch found in @path is older than what
 * this folder has since written or moved there. */
static gboolean
is_stale (SbJsonFolder *self,
          const char   *path,
          gsize         epoch)
{
  return g_hash_table_contains (self->busy, path) ||
         GPOINTER_TO_SIZE (g_hash_table_lookup (self->changed_at, path)) > epoch;
}

/* Loading ---------------------------------------------------------------- */

typedef struct
{
  SbJsonFolder *self;
  GTask        *task;
  Reader       *reader;
  char         *dir;
  GCancellable *cancellable;
  GPtrArray    *files;      /* every file, newest first */
  gsize         epoch;      /* the folder's when loading began */
  guint         next;       /* atomic: the next file to read */
  guint         running;    /* atomic: workers still reading */
} LoadJob;

typedef struct
{
  LoadJob   *job;
  GPtrArray *results;     /* LoadResult */
  GPtrArray *dirs;        /* directories to watch, in the first batch only */
  GError    *error;
  gboolean   final;
} LoadBatch;

static void
load_job_free (LoadJob *job)
{
  g_clear_object (&job->self);
  g_clear_object (&job->task);
  reader_unref (job->reader);
  g_free (job->dir);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->files, g_ptr_array_unref);
  g_free (job);
}

static void
load_batch_free (LoadBatch *batch)
{
  g_clear_pointer (&batch->results, g_ptr_array_unref);
  g_clear_pointer (&batch->dirs, g_ptr_array_unref);
  g_clear_error (&batch->error);
  if (batch->final)
    load_job_free (batch->job);
  g_free (batch);
}

static void watch_directory (SbJsonFolder *self,
                             const char   *path);

static void
return_waiting (SbJsonFolder *self,
                const GError *error)
{
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&self->waiting);

  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < waiting->len; i++)
    {
      if (error != NULL)
        g_task_return_error (g_ptr_array_index (waiting, i), g_error_copy (error));
      else
        g_task_return_boolean (g_ptr_array_index (waiting, i), TRUE);
    }
}

static gboolean
deliver_batch (gpointer data)
{
  LoadBatch *batch = data;
  LoadJob *job = batch->job;
  SbJsonFolder *self = job->self;

  /* a batch of a folder left since (sb_json_folder_set_directory()) */
  if (g_cancellable_is_cancelled (job->cancellable) && !batch->final)
    return G_SOURCE_REMOVE;

  if (batch->dirs != NULL)
    for (guint i = 0; i < batch->dirs->len; i++)
      watch_directory (self, g_ptr_array_index (batch->dirs, i));

  if (batch->results != NULL)
    for (guint i = 0; i < batch->results->len; i++)
      {
        LoadResult *result = g_ptr_array_index (batch->results, i);

        if (!is_stale (self, result->path, job->epoch))
          apply_result (self, result, TRUE);
      }

  if (batch->final)
    {
      self->loading = FALSE;
      /* A folder that cannot be opened is loaded, and empty; one given up
       * on is loaded by the next call. */
      if (!g_error_matches (batch->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          self->loaded = TRUE;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
          g_signal_emit (self, signals[LOAD_FINISHED], 0);
        }
      return_waiting (self, batch->error);

      if (batch->error != NULL)
        g_task_return_error (job->task, g_steal_pointer (&batch->error));
      else
        g_task_return_boolean (job->task, TRUE);
    }

  return G_SOURCE_REMOVE;
}

static void
post_batch (LoadJob    *job,
            GPtrArray **results,
            GPtrArray  *dirs,
            GError     *error,
            gboolean    final)
{
  LoadBatch *batch = g_new0 (LoadBatch, 1);
  g_autoptr(GSource) source = NULL;

  batch->job = job;
  batch->results = results ? g_steal_pointer (results) : NULL;
  batch->dirs = dirs;
  batch->error = error;
  batch->final = final;

  /* Not g_main_context_invoke(): it would run deliver_batch() right here,
   * in the worker, whenever the main thread is between iterations. */
  source = g_idle_source_new ();
  /* Below GTK's redraw: the window paints first and stays responsive while
   * a long history comes in. */
  g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_static_name (source, "[strongback] folder batch");
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

      g_ptr_array_add (results, load_file (job->reader, job->dir, g_ptr_array_index (job->files, i)));
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
  g_autoptr(GPtrArray) dirs = NULL;
  gboolean first_posted = FALSE;
  guint n_threads;

  if (g_mkdir_with_parents (job->dir, 0755) != 0)
    {
      int saved_errno = errno;
      GError *error = g_error_new (G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                   _("Could not open the folder “%s”: %s"),
                                   job->dir, g_strerror (saved_errno));

      post_batch (job, NULL, NULL, error, TRUE);
      return NULL;
    }

  if (job->reader->layout == SB_JSON_FOLDER_BY_YEAR)
    dirs = list_directory (job->dir, filter_year_dirs);
  else
    dirs = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_insert (dirs, 0, g_strdup (job->dir));
  post_batch (job, NULL, g_ptr_array_ref (dirs), NULL, FALSE);

  /* The newest files first, on their own, so that they show at once: as
   * soon as the newest years hold enough, before listing the others. */
  job->files = g_ptr_array_new_with_free_func (g_free);
  for (guint d = job->reader->layout == SB_JSON_FOLDER_BY_YEAR ? 1 : 0; d <= dirs->len; d++)
    {
      if (!first_posted && (d == dirs->len || job->files->len >= FIRST_BATCH_SIZE))
        {
          g_autoptr(GPtrArray) first = new_results ();

          for (; job->next < MIN (FIRST_BATCH_SIZE, job->files->len); job->next++)
            g_ptr_array_add (first, load_file (job->reader, job->dir, g_ptr_array_index (job->files, job->next)));
          post_batch (job, &first, NULL, NULL, FALSE);
          first_posted = TRUE;
        }

      if (d < dirs->len)
        g_ptr_array_extend_and_steal (job->files, list_directory (g_ptr_array_index (dirs, d),
                                                                  filter_json_files));
    }

  /* Then the rest on every core: parsing is what takes the time. */
  n_threads = CLAMP (g_get_num_processors (), 1, 4);
  job->running = n_threads;
  for (guint t = 1; t < n_threads; t++)
    g_thread_unref (g_thread_new ("sb-folder-read", read_files_thread, job));

  return read_files_thread (job);
}

/**
 * sb_json_folder_load_async:
 *
 * Reads every file in the background, emitting #SbJsonFolder::file-loaded
 * for each, in batches, the newest first; then watches the folder.
 * #SbJsonFolder::load-finished is emitted, and the callback called, once
 * all are in. A folder loaded already answers at once.
 */
void
sb_json_folder_load_async (SbJsonFolder        *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (SB_IS_JSON_FOLDER (self));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_json_folder_load_async);

  if (self->loaded)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (self->loading)
    {
      g_ptr_array_add (self->waiting, g_steal_pointer (&task));
      return;
    }

  self->loading = TRUE;

  job = g_new0 (LoadJob, 1);
  job->self = g_object_ref (self);
  job->task = g_steal_pointer (&task);
  job->reader = reader_ref (self->reader);
  job->dir = g_strdup (self->path);
  job->epoch = self->epoch;
  job->cancellable = cancellable ? g_object_ref (cancellable) : g_object_ref (self->cancellable);

  g_thread_unref (g_thread_new ("sb-folder-load", load_thread, job));
}

gboolean
sb_json_folder_load_finish (SbJsonFolder  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sb_json_folder_load_done_in_task:
 * @task: (transfer full): a store's own #GTask for its load
 *
 * The #GAsyncReadyCallback of a store that loads through its folder:
 * returns the folder's answer through the store's task.
 */
void
sb_json_folder_load_done_in_task (GObject      *object,
                                  GAsyncResult *result,
                                  gpointer      task)
{
  g_autoptr(GTask) owned = task;
  g_autoptr(GError) error = NULL;

  if (!sb_json_folder_load_finish (SB_JSON_FOLDER (object), result, &error))
    g_task_return_error (owned, g_steal_pointer (&error));
  else
    g_task_return_boolean (owned, TRUE);
}

/* Watching the disk ------------------------------------------------------ */

static void reload_path (SbJsonFolder *self,
                         const char   *path);

/* Worker tasks carry what they need instead of the folder: GTask's worker
 * may drop the last task reference after the callback ran, and the folder
 * must never be finalized off the main thread. The callbacks hold the
 * folder's reference instead (see run_reader()). */
typedef struct
{
  Reader *reader;
  char   *root;
  char   *path;
} ReaderData;

static void
reader_data_free (ReaderData *data)
{
  reader_unref (data->reader);
  g_free (data->root);
  g_free (data->path);
  g_free (data);
}

static void
run_reader (SbJsonFolder        *self,
            const char          *path,
            GTaskThreadFunc      thread_func,
            GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, done, g_object_ref (self));
  ReaderData *data = g_new0 (ReaderData, 1);

  data->reader = reader_ref (self->reader);
  data->root = g_strdup (self->path);
  data->path = g_strdup (path);
  g_task_set_task_data (task, data, (GDestroyNotify) reader_data_free);
  g_task_run_in_thread (task, thread_func);
}

static void
reload_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ReaderData *data = task_data;

  g_task_return_pointer (task, load_file (data->reader, data->root, data->path),
                         (GDestroyNotify) load_result_free);
}

static void
reload_done (GObject      *object,
             GAsyncResult *res,
             gpointer      user_data)
{
  g_autoptr(SbJsonFolder) self = user_data;
  ReaderData *data = g_task_get_task_data (G_TASK (res));
  g_autoptr(LoadResult) result = g_task_propagate_pointer (G_TASK (res), NULL);
  gboolean dirty;

  if (result == NULL)
    return;

  dirty = GPOINTER_TO_INT (g_hash_table_lookup (self->reloading, data->path));
  g_hash_table_remove (self->reloading, data->path);

  /* Our own write or move of this file is under way: what was read is
   * already stale, and the operation will settle the list itself. */
  if (g_hash_table_contains (self->busy, data->path))
    return;

  if (dirty)
    reload_path (self, result->path);
  else
    apply_result (self, result, FALSE);
}

static void
reload_path (SbJsonFolder *self,
             const char   *path)
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
  run_reader (self, path, reload_thread, reload_done);
}

static gboolean
is_file_path (SbJsonFolder *self,
              const char   *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);

  if (!filter_json_files (dir, name))
    return FALSE;

  if (self->reader->layout == SB_JSON_FOLDER_FLAT)
    return g_str_equal (dir, self->path);

  {
    g_autofree char *parent = g_path_get_dirname (dir);
    g_autofree char *year = g_path_get_basename (dir);

    return g_str_equal (parent, self->path) && is_year_name (year);
  }
}

static void
scan_dir_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ReaderData *data = task_data;

  g_task_return_pointer (task, list_directory (data->path, filter_json_files),
                         (GDestroyNotify) g_ptr_array_unref);
}

static void
scan_dir_done (GObject      *object,
               GAsyncResult *res,
               gpointer      user_data)
{
  g_autoptr(SbJsonFolder) self = user_data;
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
                      SbJsonFolder      *self)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *other_path = other_file ? g_file_get_path (other_file) : NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *parent = g_path_get_dirname (path);

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CREATED:
      /* A new year folder: watch it, and read what it already holds. */
      if (self->reader->layout == SB_JSON_FOLDER_BY_YEAR &&
          g_str_equal (parent, self->path) && is_year_name (name) &&
          g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          watch_directory (self, path);
          run_reader (self, path, scan_dir_thread, scan_dir_done);
        }
      break;

    /* Only finished writes count: a half-written file is not broken. */
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      if (is_file_path (self, path))
        reload_path (self, path);
      break;

    /* Events are only hints, and may arrive late: reading the file again
     * tells what is really there now (gone, unchanged, or new). */
    case G_FILE_MONITOR_EVENT_RENAMED:
      if (is_file_path (self, path))
        reload_path (self, path);
      if (other_path != NULL && is_file_path (self, other_path))
        reload_path (self, other_path);
      break;

    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      g_hash_table_remove (self->monitors, path);
      if (is_file_path (self, path))
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
watch_directory (SbJsonFolder *self,
                 const char   *path)
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

/* Writing and moving ----------------------------------------------------- */

typedef enum
{
  OP_WRITE,
  OP_TRASH,
  OP_RESTORE,
} OpKind;

typedef struct
{
  OpKind      kind;
  WriteState *state;
  guint64     sequence;
  char       *root;
  char       *path;        /* the file in the folder */
  char       *trash_path;  /* where it went, or comes back from */
  char       *data;        /* what to write */
} FileOp;

static void
file_op_free (FileOp *op)
{
  write_state_unref (op->state);
  g_free (op->root);
  g_free (op->path);
  g_free (op->trash_path);
  g_free (op->data);
  g_free (op);
}

static gboolean
move_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (to);

  if (g_file_test (to, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("“%s” already exists"), to);
      return FALSE;
    }

  if (g_mkdir_with_parents (dir, 0755) == 0 && g_rename (from, to) == 0)
    return TRUE;

  set_errno_error (error, errno);
  return FALSE;
}

/* Writes of one file land in the order they were asked for: an older text
 * that reaches the lock late is dropped rather than written over a newer.
 * Each move waits for the writes before it. */
static void
file_op_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  FileOp *op = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  g_mutex_lock (&op->state->lock);
  switch (op->kind)
    {
    case OP_WRITE:
      if (op->sequence >= GPOINTER_TO_SIZE (g_hash_table_lookup (op->state->written, op->path)))
        {
          g_autoptr(GFile) file = g_file_new_for_path (op->path);

          ok = sb_json_write_atomic (file, op->data, strlen (op->data), &error);
          if (ok)
            g_hash_table_insert (op->state->written, g_strdup (op->path), GSIZE_TO_POINTER (op->sequence));
        }
      break;

    case OP_TRASH:
      {
        g_autofree char *trash = g_build_filename (op->root, "trash", NULL);
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
  g_mutex_unlock (&op->state->lock);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
busy_begin (SbJsonFolder *self,
            const char   *path)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->busy, path));

  g_hash_table_insert (self->busy, g_strdup (path), GUINT_TO_POINTER (n + 1));
}

static void
busy_end (SbJsonFolder *self,
          const char   *path)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->busy, path));

  if (n <= 1)
    g_hash_table_remove (self->busy, path);
  else
    g_hash_table_insert (self->busy, g_strdup (path), GUINT_TO_POINTER (n - 1));
}

static void
file_op_done (GObject      *object,
              GAsyncResult *res,
              gpointer      user_data)
{
  g_autoptr(GTask) caller = user_data;
  SbJsonFolder *self = g_task_get_source_object (caller);
  FileOp *op = g_task_get_task_data (G_TASK (res));
  g_autoptr(GError) error = NULL;

  busy_end (self, op->path);
  g_hash_table_insert (self->changed_at, g_strdup (op->path), GSIZE_TO_POINTER (++self->epoch));

  /* A read of this file that started before the operation reads the old
   * contents: have it read again once it is done. */
  if (g_hash_table_contains (self->reloading, op->path))
    g_hash_table_insert (self->reloading, g_strdup (op->path), GINT_TO_POINTER (TRUE));

  if (!g_task_propagate_boolean (G_TASK (res), &error))
    g_task_return_error (caller, g_steal_pointer (&error));
  else if (op->kind == OP_TRASH)
    g_task_return_pointer (caller, g_strdup (op->trash_path), g_free);
  else
    g_task_return_boolean (caller, TRUE);
}

/* Operations take no cancellable: once asked for, what happens on disk
 * happens, and the owner's list must follow it. */
static void
run_file_op (SbJsonFolder        *self,
             FileOp              *op,
             GAsyncReadyCallback  callback,
             gpointer             user_data,
             gpointer             source_tag)
{
  g_autoptr(GTask) worker = NULL;
  GTask *caller = g_task_new (self, NULL, callback, user_data);

  g_task_set_source_tag (caller, source_tag);
  op->state = write_state_ref (self->write_state);
  op->root = g_strdup (self->path);

  /* Until the operation is done, its file is in flux; the monitors' events
   * about it are handled by the operation itself. */
  busy_begin (self, op->path);

  worker = g_task_new (NULL, NULL, file_op_done, caller);
  g_task_set_task_data (worker, op, (GDestroyNotify) file_op_free);
  g_task_run_in_thread (worker, file_op_thread);
}

/**
 * sb_json_folder_write_async:
 * @path: a file of the folder
 * @data: (transfer full): its new text
 *
 * Writes a file atomically: a crash leaves the old text or the new one,
 * never a mix. Writes of one file land in the order they were asked for.
 */
void
sb_json_folder_write_async (SbJsonFolder        *self,
                            const char          *path,
                            char                *data,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  FileOp *op;

  g_return_if_fail (SB_IS_JSON_FOLDER (self));
  g_return_if_fail (path != NULL && data != NULL);

  op = g_new0 (FileOp, 1);
  op->kind = OP_WRITE;
  op->path = g_strdup (path);
  op->data = data;
  op->sequence = ++self->next_sequence;
  run_file_op (self, op, callback, user_data, sb_json_folder_write_async);
}

gboolean
sb_json_folder_write_finish (SbJsonFolder  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sb_json_folder_trash_async:
 *
 * Moves a file to the folder's trash/, under a name no other file there
 * has; sb_json_folder_restore_async() brings it back.
 */
void
sb_json_folder_trash_async (SbJsonFolder        *self,
                            const char          *path,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  FileOp *op;

  g_return_if_fail (SB_IS_JSON_FOLDER (self));
  g_return_if_fail (path != NULL);

  op = g_new0 (FileOp, 1);
  op->kind = OP_TRASH;
  op->path = g_strdup (path);
  run_file_op (self, op, callback, user_data, sb_json_folder_trash_async);
}

/**
 * sb_json_folder_trash_finish:
 *
 * Returns: (transfer full): where the file went, or %NULL with @error set
 */
char *
sb_json_folder_trash_finish (SbJsonFolder  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * sb_json_folder_restore_async:
 * @trash_path: where sb_json_folder_trash_finish() said the file went
 *
 * Moves a trashed file back to @path, unless another file is there now.
 */
void
sb_json_folder_restore_async (SbJsonFolder        *self,
                              const char          *path,
                              const char          *trash_path,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  FileOp *op;

  g_return_if_fail (SB_IS_JSON_FOLDER (self));
  g_return_if_fail (path != NULL && trash_path != NULL);

  op = g_new0 (FileOp, 1);
  op->kind = OP_RESTORE;
  op->path = g_strdup (path);
  op->trash_path = g_strdup (trash_path);
  run_file_op (self, op, callback, user_data, sb_json_folder_restore_async);
}

gboolean
sb_json_folder_restore_finish (SbJsonFolder  *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The rest --------------------------------------------------------------- */

/**
 * sb_json_folder_new:
 * @layout: where the files are
 * @quarantine: whether a file that cannot be read is moved to quarantine/;
 *   if not, it is reported and left where it is
 * @newest_version: the newest format version the owner reads: a newer
 *   file that cannot be read is always left in place
 * @parse: reads one file, in worker threads
 * @parse_data: (nullable): for @parse; must stay unchanged while reads run
 *
 * Returns: (transfer full): the folder, not yet read
 */
SbJsonFolder *
sb_json_folder_new (GFile              *directory,
                    SbJsonFolderLayout  layout,
                    gboolean            quarantine,
                    int                 newest_version,
                    SbJsonFolderParse   parse,
                    gpointer            parse_data,
                    GDestroyNotify      parse_data_free)
{
  SbJsonFolder *self;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (parse != NULL, NULL);

  self = g_object_new (SB_TYPE_JSON_FOLDER, NULL);
  self->directory = g_object_ref (directory);
  self->path = g_file_get_path (directory);
  g_return_val_if_fail (self->path != NULL, self);

  self->reader = g_new0 (Reader, 1);
  g_atomic_ref_count_init (&self->reader->ref_count);
  self->reader->parse = parse;
  self->reader->parse_data = parse_data;
  self->reader->parse_data_free = parse_data_free;
  self->reader->layout = layout;
  self->reader->quarantine = quarantine;
  self->reader->newest_version = newest_version;

  return self;
}

GFile *
sb_json_folder_get_directory (SbJsonFolder *self)
{
  g_return_val_if_fail (SB_IS_JSON_FOLDER (self), NULL);
  return self->directory;
}

const char *
sb_json_folder_get_path (SbJsonFolder *self)
{
  g_return_val_if_fail (SB_IS_JSON_FOLDER (self), NULL);
  return self->path;
}

/**
 * sb_json_folder_get_quarantine:
 *
 * Returns: (transfer full): the folder where unreadable files are set aside
 */
GFile *
sb_json_folder_get_quarantine (SbJsonFolder *self)
{
  g_return_val_if_fail (SB_IS_JSON_FOLDER (self), NULL);
  return g_file_get_child (self->directory, "quarantine");
}

gboolean
sb_json_folder_get_loaded (SbJsonFolder *self)
{
  g_return_val_if_fail (SB_IS_JSON_FOLDER (self), FALSE);
  return self->loaded;
}

/**
 * sb_json_folder_get_busy:
 *
 * Returns: whether a load, write or move is under way
 */
gboolean
sb_json_folder_get_busy (SbJsonFolder *self)
{
  g_return_val_if_fail (SB_IS_JSON_FOLDER (self), FALSE);
  return self->loading || g_hash_table_size (self->busy) > 0;
}

/**
 * sb_json_folder_get_problems:
 *
 * Returns: (transfer none): the files that could not be read, as
 *   #SbStoreProblem, in the order they were found
 */
GListModel *
sb_json_folder_get_problems (SbJsonFolder *self)
{
  g_return_val_if_fail (SB_IS_JSON_FOLDER (self), NULL);
  return G_LIST_MODEL (self->problems);
}

/**
 * sb_json_folder_set_directory:
 *
 * Points the folder at another directory, to be loaded with
 * sb_json_folder_load_async(); its problems are forgotten. Refused while
 * a load, write or move is under way, since each belongs to the old one.
 * The old directory's files are left as they are.
 *
 * Returns: whether it switched
 */
gboolean
sb_json_folder_set_directory (SbJsonFolder  *self,
                              GFile         *directory,
                              GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (SB_IS_JSON_FOLDER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (directory), FALSE);

  path = g_file_get_path (directory);
  g_return_val_if_fail (path != NULL, FALSE);

  if (sb_json_folder_get_busy (self))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                           _("The folder is being read or saved; try again in a moment"));
      return FALSE;
    }

  /* Late results of the old directory's readers are dropped as cancelled. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_hash_table_remove_all (self->monitors);
  g_hash_table_remove_all (self->reloading);
  g_hash_table_remove_all (self->changed_at);
  g_hash_table_remove_all (self->problem_at);
  g_list_store_remove_all (self->problems);

  g_set_object (&self->directory, directory);
  g_free (self->path);
  self->path = g_steal_pointer (&path);
  self->loaded = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);

  return TRUE;
}

static void
sb_json_folder_dispose (GObject *object)
{
  SbJsonFolder *self = SB_JSON_FOLDER (object);

  g_cancellable_cancel (self->cancellable);
  g_hash_table_remove_all (self->monitors);

  G_OBJECT_CLASS (sb_json_folder_parent_class)->dispose (object);
}

static void
sb_json_folder_finalize (GObject *object)
{
  SbJsonFolder *self = SB_JSON_FOLDER (object);

  g_clear_object (&self->directory);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->reader, reader_unref);
  g_clear_pointer (&self->write_state, write_state_unref);
  g_clear_pointer (&self->busy, g_hash_table_unref);
  g_clear_pointer (&self->reloading, g_hash_table_unref);
  g_clear_pointer (&self->changed_at, g_hash_table_unref);
  g_clear_pointer (&self->monitors, g_hash_table_unref);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->problem_at, g_hash_table_unref);
  g_clear_pointer (&self->waiting, g_ptr_array_unref);

  G_OBJECT_CLASS (sb_json_folder_parent_class)->finalize (object);
}

static void
sb_json_folder_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SbJsonFolder *self = SB_JSON_FOLDER (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
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
sb_json_folder_class_init (SbJsonFolderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_json_folder_dispose;
  object_class->finalize = sb_json_folder_finalize;
  object_class->get_property = sb_json_folder_get_property;

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FILE_LOADED] =
    g_signal_new ("file-loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE, G_TYPE_OBJECT, G_TYPE_BOOLEAN);
  signals[FILE_REMOVED] =
    g_signal_new ("file-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
  signals[PROBLEM] =
    g_signal_new ("problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_STORE_PROBLEM);
  signals[LOAD_FINISHED] =
    g_signal_new ("load-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sb_json_folder_init (SbJsonFolder *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->cancellable = g_cancellable_new ();
  self->write_state = g_new0 (WriteState, 1);
  g_atomic_ref_count_init (&self->write_state->ref_count);
  g_mutex_init (&self->write_state->lock);
  self->write_state->written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->busy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->reloading = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->changed_at = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->monitors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, monitor_free);
  self->problems = g_list_store_new (SB_TYPE_STORE_PROBLEM);
  self->problem_at = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
}
