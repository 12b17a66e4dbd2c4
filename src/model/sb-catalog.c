/* sb-catalog.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every exercise and routine the app knows, and a GListModel of the routines:
 * the built-in ones first, in the method's order, then the user's own by
 * name. Built-ins come from the GResource when the catalog is made; the
 * user's routines are read from $XDG_DATA_HOME/strongback/routines/ in a
 * worker, and read again whenever that folder changes. A routine file that
 * cannot be read is left where it is (the user wrote it) and reported.
 */

#define G_LOG_DOMAIN "sb-catalog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sb-catalog.h"
#include "storage/sb-store-problem.h"

#define CONTENT_PATH "/io/github/strongback/Strongback/content/"

/* Shared with the writing threads, which may outlive the catalog. */
typedef struct
{
  gatomicrefcount ref_count;
  GMutex          lock;
  GHashTable     *written;   /* path -> sequence number of the last write */
  guint64         next_sequence;
} WriteState;

struct _SbCatalog
{
  GObject       parent_instance;

  GFile        *routines_directory;
  GCancellable *cancellable;
  GFileMonitor *monitor;

  GHashTable   *exercises_by_id;   /* id -> SbExercise, immutable once made */
  GListStore   *exercises;
  GPtrArray    *routines;          /* built-in first, then the user's */
  guint         n_builtin;
  GListStore   *problems;

  GPtrArray    *waiting;           /* GTask: callers of load_user_routines_async() */
  gboolean      reading;
  gboolean      read_again;

  /* Routines whose file is being written or moved: a read of the folder
   * meanwhile sees an older state, so these keep what is in memory. */
  GHashTable   *saving;            /* id -> count of writes under way */
  GHashTable   *hidden;            /* id -> routine being moved to the trash */
  WriteState   *write_state;

  /* A read that began before a write or move finished saw the folder as it
   * was: for those routines, memory is newer than what it read. */
  gsize         epoch;             /* bumped when a file changes here */
  GHashTable   *changed_at;        /* id -> epoch of its last change */
};

static void list_model_iface_init (GListModelInterface *iface);
static void initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SbCatalog, sb_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE, initable_iface_init))

enum {
  PROP_0,
  PROP_ROUTINES_DIRECTORY,
  N_PROPS
};

G_DEFINE_QUARK (sb-catalog-error-quark, sb_catalog_error)

enum {
  USER_ROUTINES_CHANGED,  /* (): the user's routines were read (again) */
  ROUTINE_PROBLEM,        /* (SbStoreProblem *problem): a routine file could not be read */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static SbExercise *
lookup_in_table (const char *id,
                 gpointer    table)
{
  return g_hash_table_lookup (table, id);
}

static GBytes *
load_content (const char  *name,
              GError     **error)
{
  g_autofree char *path = g_strconcat (CONTENT_PATH, name, NULL);

  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static gboolean
load_builtin (SbCatalog  *self,
              GError    **error)
{
  g_autoptr(GBytes) exercise_bytes = load_content ("exercises.json", error);
  g_autoptr(GBytes) routine_bytes = NULL;
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GPtrArray) routines = NULL;
  gsize length;
  const char *data;

  if (exercise_bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (exercise_bytes, &length);
  exercises = sb_exercise_list_new_from_data ("exercises.json", data, length, error);
  if (exercises == NULL)
    return FALSE;

  for (guint i = 0; i < exercises->len; i++)
    {
      SbExercise *exercise = g_ptr_array_index (exercises, i);

      g_hash_table_insert (self->exercises_by_id, (gpointer) sb_exercise_get_id (exercise), exercise);
      g_list_store_append (self->exercises, exercise);
    }

  routine_bytes = load_content ("routines.json", error);
  if (routine_bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (routine_bytes, &length);
  routines = sb_routine_list_new_from_data ("routines.json", data, length,
                                            lookup_in_table, self->exercises_by_id, error);
  if (routines == NULL)
    return FALSE;

  for (guint i = 0; i < routines->len; i++)
    g_ptr_array_add (self->routines, g_object_ref (g_ptr_array_index (routines, i)));
  self->n_builtin = self->routines->len;

  return TRUE;
}

/* Reading the user's routines ----------------------------------------- */

typedef struct
{
  char       *directory;
  GHashTable *exercises_by_id;
  GPtrArray  *routines;   /* SbRoutine */
  GPtrArray  *problems;   /* SbStoreProblem */
  gsize       epoch;      /* the catalog's when the read began */
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_free (job->directory);
  g_hash_table_unref (job->exercises_by_id);
  g_clear_pointer (&job->routines, g_ptr_array_unref);
  g_clear_pointer (&job->problems, g_ptr_array_unref);
  g_free (job);
}

static SbRoutine *
read_routine_file (ReadJob     *job,
                   const char  *path,
                   const char  *name,
                   GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  SbRoutine *routine;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  routine = sb_routine_new_from_data (name, contents, length,
                                      lookup_in_table, job->exercises_by_id, error);
  if (routine != NULL)
    {
      file = g_file_new_for_path (path);
      sb_routine_set_file (routine, file);
    }

  return routine;
}

static int
compare_routine_names (gconstpointer a,
                       gconstpointer b)
{
  SbRoutine *ra = *(SbRoutine **) a;
  SbRoutine *rb = *(SbRoutine **) b;

  return g_utf8_collate (sb_routine_get_name (ra), sb_routine_get_name (rb));
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ReadJob *job = task_data;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  const char *name;

  job->routines = g_ptr_array_new_with_free_func (g_object_unref);
  job->problems = g_ptr_array_new_with_free_func (g_object_unref);

  g_mkdir_with_parents (job->directory, 0755);
  dir = g_dir_open (job->directory, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SbRoutine) routine = NULL;

      if (!g_str_has_suffix (name, ".json") || name[0] == '.')
        continue;

      path = g_build_filename (job->directory, name, NULL);
      routine = read_routine_file (job, path, name, &error);

      /* Two files with one id would make "this routine" ambiguous. */
      if (routine != NULL &&
          (g_hash_table_contains (ids, sb_routine_get_id (routine)) ||
           g_hash_table_contains (job->exercises_by_id, sb_routine_get_id (routine))))
        {
          g_set_error (&error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                       _("Could not read “%s”: another routine already has the id “%s”"),
                       name, sb_routine_get_id (routine));
          g_clear_object (&routine);
        }

      if (routine != NULL)
        {
          g_hash_table_add (ids, (gpointer) sb_routine_get_id (routine));
          g_ptr_array_add (job->routines, g_steal_pointer (&routine));
        }
      else
        {
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_ptr_array_add (job->problems, sb_store_problem_new (file, NULL, error->message));
        }
    }

  g_ptr_array_sort (job->routines, compare_routine_names);
  g_task_return_boolean (task, TRUE);
}

static gboolean
same_problem (SbStoreProblem *a,
              SbStoreProblem *b)
{
  return g_file_equal (sb_store_problem_get_file (a), sb_store_problem_get_file (b)) &&
         g_str_equal (sb_store_problem_get_message (a), sb_store_problem_get_message (b));
}

static gboolean
is_known_problem (SbCatalog      *self,
                  SbStoreProblem *problem)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->problems)); i++)
    {
      g_autoptr(SbStoreProblem) known = g_list_model_get_item (G_LIST_MODEL (self->problems), i);

      if (same_problem (known, problem))
        return TRUE;
    }

  return FALSE;
}

static void start_reading (SbCatalog *self);

static void
return_waiting (SbCatalog *self,
                GError    *error)
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

static guint
count_saving (SbCatalog  *self,
              const char *id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->saving, id));
}

static SbRoutine *
lookup_user_routine (SbCatalog  *self,
                     const char *id,
                     guint      *position)
{
  for (guint i = self->n_builtin; i < self->routines->len; i++)
    if (g_str_equal (sb_routine_get_id (g_ptr_array_index (self->routines, i)), id))
      {
        if (position != NULL)
          *position = i;
        return g_ptr_array_index (self->routines, i);
      }

  return NULL;
}

static void on_routine_changed (SbRoutine *routine,
                                SbCatalog *self);

/* An edited routine's row changes, and a renamed one moves to its place. */
static void
watch_user_routine (SbCatalog *self,
                    SbRoutine *routine)
{
  if (g_object_get_data (G_OBJECT (routine), "sb-catalog-watched") == self)
    return;

  g_object_set_data (G_OBJECT (routine), "sb-catalog-watched", self);
  g_signal_connect_object (routine, "changed", G_CALLBACK (on_routine_changed), self, 0);
}

/* What a read of the folder becomes in the list: a routine that did not
 * change keeps its object (the one the window shows and the editor edits);
 * one being written keeps what is in memory, which is newer; one being
 * deleted stays out. */
static void
mark_changed (SbCatalog  *self,
              const char *id)
{
  g_hash_table_insert (self->changed_at, g_strdup (id), GSIZE_TO_POINTER (++self->epoch));
}

static gboolean
changed_since (SbCatalog  *self,
               const char *id,
               gsize       epoch)
{
  return GPOINTER_TO_SIZE (g_hash_table_lookup (self->changed_at, id)) > epoch;
}

static GPtrArray *
merge_read (SbCatalog *self,
            GPtrArray *read,
            gsize      epoch)
{
  GPtrArray *merged = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < read->len; i++)
    {
      SbRoutine *routine = g_ptr_array_index (read, i);
      const char *id = sb_routine_get_id (routine);
      SbRoutine *existing = lookup_user_routine (self, id, NULL);

      if (g_hash_table_contains (self->hidden, id))
        continue;
      /* moved to the trash here after the read saw it */
      if (existing == NULL && changed_since (self, id, epoch))
        continue;

      if (existing != NULL &&
          (count_saving (self, id) > 0 || changed_since (self, id, epoch) ||
           sb_routine_equal (existing, routine)))
        routine = existing;

      watch_user_routine (self, routine);
      g_hash_table_add (seen, (gpointer) id);
      g_ptr_array_add (merged, g_object_ref (routine));
    }

  /* A new routine whose first write is under way, or was written after
   * the read listed the folder, is missing from what it read. */
  for (guint i = self->n_builtin; i < self->routines->len; i++)
    {
      SbRoutine *routine = g_ptr_array_index (self->routines, i);
      const char *id = sb_routine_get_id (routine);

      if ((count_saving (self, id) > 0 || changed_since (self, id, epoch)) &&
          !g_hash_table_contains (seen, id))
        g_ptr_array_add (merged, g_object_ref (routine));
    }

  g_ptr_array_sort (merged, compare_routine_names);
  return merged;
}

/* Puts @routines (sorted) after the built-in ones, telling the list only
 * about the part that differs, so that the selection stays put. */
static void
replace_user_routines (SbCatalog *self,
                       GPtrArray *routines)
{
  g_autoptr(GPtrArray) owned = routines;
  guint old_n = self->routines->len - self->n_builtin;
  guint new_n = routines->len;
  guint head = 0, tail = 0;

  while (head < old_n && head < new_n &&
         g_ptr_array_index (self->routines, self->n_builtin + head) == g_ptr_array_index (routines, head))
    head++;
  while (tail < old_n - head && tail < new_n - head &&
         g_ptr_array_index (self->routines, self->routines->len - 1 - tail) ==
         g_ptr_array_index (routines, new_n - 1 - tail))
    tail++;

  if (head == old_n && head == new_n)
    return;

  g_ptr_array_remove_range (self->routines, self->n_builtin + head, old_n - head - tail);
  for (guint i = head; i < new_n - tail; i++)
    g_ptr_array_insert (self->routines, self->n_builtin + i, g_object_ref (g_ptr_array_index (routines, i)));

  g_list_model_items_changed (G_LIST_MODEL (self), self->n_builtin + head,
                              old_n - head - tail, new_n - head - tail);
}

static GPtrArray *
copy_user_routines (SbCatalog *self)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = self->n_builtin; i < self->routines->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (self->routines, i)));

  return copy;
}

static void
read_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SbCatalog) self = user_data;
  ReadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) new_problems = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  self->reading = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      return_waiting (self, error);
      return;
    }

  replace_user_routines (self, merge_read (self, job->routines, job->epoch));

  for (guint i = 0; i < job->problems->len; i++)
    if (!is_known_problem (self, g_ptr_array_index (job->problems, i)))
      g_ptr_array_add (new_problems, g_ptr_array_index (job->problems, i));

  g_list_store_splice (self->problems, 0, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                       job->problems->pdata, job->problems->len);

  g_signal_emit (self, signals[USER_ROUTINES_CHANGED], 0);
  for (guint i = 0; i < new_problems->len; i++)
    g_signal_emit (self, signals[ROUTINE_PROBLEM], 0, g_ptr_array_index (new_problems, i));

  /* The folder changed while it was read: what the callers wait for is
   * the next read. */
  if (self->read_again)
    {
      self->read_again = FALSE;
      start_reading (self);
    }
  else
    return_waiting (self, NULL);
}

static void
start_reading (SbCatalog *self)
{
  g_autoptr(GTask) task = NULL;
  ReadJob *job;

  if (self->reading)
    {
      self->read_again = TRUE;
      return;
    }

  self->reading = TRUE;

  job = g_new0 (ReadJob, 1);
  job->directory = g_file_get_path (self->routines_directory);
  job->exercises_by_id = g_hash_table_ref (self->exercises_by_id);
  job->epoch = self->epoch;

  /* The callback owns the catalog's reference, so it is always dropped
   * on the main thread, never by the worker. */
  task = g_task_new (NULL, self->cancellable, read_done, g_object_ref (self));
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  g_task_run_in_thread (task, read_thread);
}

static void
on_routines_changed (GFileMonitor      *monitor,
                     GFile             *file,
                     GFile             *other_file,
                     GFileMonitorEvent  event,
                     SbCatalog         *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    case G_FILE_MONITOR_EVENT_RENAMED:
      start_reading (self);
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

/**
 * sb_catalog_load_user_routines_async:
 *
 * Reads the user's routines and starts watching their folder; from then on
 * the list follows the folder by itself.
 */
void
sb_catalog_load_user_routines_async (SbCatalog           *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) caller = NULL;

  g_return_if_fail (SB_IS_CATALOG (self));

  caller = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (caller, sb_catalog_load_user_routines_async);

  if (self->monitor == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->monitor = g_file_monitor_directory (self->routines_directory,
                                                G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
      if (self->monitor != NULL)
        g_signal_connect_object (self->monitor, "changed",
                                 G_CALLBACK (on_routines_changed), self, 0);
      else
        g_warning ("Routines changed elsewhere will show after a restart: %s", error->message);
    }

  g_ptr_array_add (self->waiting, g_steal_pointer (&caller));
  start_reading (self);
}

gboolean
sb_catalog_load_user_routines_finish (SbCatalog     *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}


/* Editing the user's routines ----------------------------------------- */

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

static WriteState *
write_state_new (void)
{
  WriteState *state = g_new0 (WriteState, 1);

  g_atomic_ref_count_init (&state->ref_count);
  g_mutex_init (&state->lock);
  state->written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return state;
}

typedef struct
{
  WriteState *state;
  SbRoutine  *routine;
  GFile      *file;
  GFile      *destination;   /* for moves */
  char       *data;
  guint64     sequence;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  write_state_unref (job->state);
  g_clear_object (&job->routine);
  g_clear_object (&job->file);
  g_clear_object (&job->destination);
  g_free (job->data);
  g_free (job);
}

/* Writes of one file land in the order they were asked for: an older text
 * that reaches the lock late is dropped rather than written over a newer. */
static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  g_autofree char *path = g_file_get_path (job->file);
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  g_mutex_lock (&job->state->lock);
  if (job->sequence >= GPOINTER_TO_SIZE (g_hash_table_lookup (job->state->written, path)))
    {
      ok = sb_json_write_atomic (job->file, job->data, strlen (job->data), &error);
      if (ok)
        g_hash_table_insert (job->state->written, g_strdup (path), GSIZE_TO_POINTER (job->sequence));
    }
  g_mutex_unlock (&job->state->lock);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_new_error (task, SB_CATALOG_ERROR, 0,
                             /* Translators: the first %s is a routine's name, the second why */
                             _("Could not save “%s”: %s"),
                             sb_routine_get_name (job->routine), error->message);
}

static void
saving_begin (SbCatalog  *self,
              const char *id)
{
  g_hash_table_insert (self->saving, g_strdup (id), GUINT_TO_POINTER (count_saving (self, id) + 1));
}

static void
saving_end (SbCatalog  *self,
            const char *id)
{
  guint n = count_saving (self, id);

  if (n <= 1)
    g_hash_table_remove (self->saving, id);
  else
    g_hash_table_insert (self->saving, g_strdup (id), GUINT_TO_POINTER (n - 1));
}

static void
save_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) caller = user_data;
  SbCatalog *self = g_task_get_source_object (caller);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  saving_end (self, sb_routine_get_id (job->routine));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_error (caller, g_steal_pointer (&error));
  else
    {
      mark_changed (self, sb_routine_get_id (job->routine));
      g_task_return_boolean (caller, TRUE);
    }
}

static GFile *
file_for_new_routine (SbCatalog  *self,
                      const char *id)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);

  return g_file_get_child (self->routines_directory, name);
}

/**
 * sb_catalog_save_routine_async:
 *
 * Writes one of the user's routines to its file, atomically. Saves of one
 * routine land in the order they were asked for.
 */
void
sb_catalog_save_routine_async (SbCatalog           *self,
                               SbRoutine           *routine,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) caller = NULL;
  g_autoptr(GTask) task = NULL;
  WriteJob *job;

  g_return_if_fail (SB_IS_CATALOG (self));
  g_return_if_fail (SB_IS_ROUTINE (routine));
  g_return_if_fail (!sb_routine_get_builtin (routine));

  caller = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (caller, sb_catalog_save_routine_async);

  if (sb_routine_get_file (routine) == NULL)
    {
      g_autoptr(GFile) file = file_for_new_routine (self, sb_routine_get_id (routine));
      sb_routine_set_file (routine, file);
    }

  job = g_new0 (WriteJob, 1);
  job->state = write_state_ref (self->write_state);
  job->routine = g_object_ref (routine);
  job->file = g_object_ref (sb_routine_get_file (routine));
  job->data = sb_routine_to_data (routine);
  job->sequence = ++self->write_state->next_sequence;

  saving_begin (self, sb_routine_get_id (routine));

  task = g_task_new (NULL, NULL, save_done, g_steal_pointer (&caller));
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
sb_catalog_save_routine_finish (SbCatalog     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
id_taken (SbCatalog  *self,
          const char *id)
{
  return sb_catalog_lookup_routine (self, id) != NULL ||
         g_hash_table_contains (self->exercises_by_id, id) ||
         g_hash_table_contains (self->hidden, id);
}

static char *
new_routine_id (SbCatalog *self)
{
  char *id = NULL;

  do
    {
      g_autofree char *uuid = g_uuid_string_random ();

      g_free (id);
      id = g_strconcat ("routine-", uuid, NULL);
    }
  while (id_taken (self, id));

  return id;
}

static void
add_user_routine (SbCatalog *self,
                  SbRoutine *routine)
{
  GPtrArray *routines = copy_user_routines (self);

  g_ptr_array_add (routines, g_object_ref (routine));
  g_ptr_array_sort (routines, compare_routine_names);
  replace_user_routines (self, routines);
}

static void
on_routine_changed (SbRoutine *routine,
                    SbCatalog *self)
{
  GPtrArray *routines;
  guint position;

  if (lookup_user_routine (self, sb_routine_get_id (routine), &position) != routine)
    return;

  routines = copy_user_routines (self);
  g_ptr_array_sort (routines, compare_routine_names);
  if (g_ptr_array_index (routines, position - self->n_builtin) == routine)
    {
      /* in its place still: its row shows new facts (minutes, steps) */
      g_ptr_array_unref (routines);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
    }
  else
    replace_user_routines (self, routines);
}

/**
 * sb_catalog_add_routine:
 * @template: (nullable): a routine to copy, or %NULL for an empty one
 * @first: (nullable): for an empty routine, the exercise of its first step
 *
 * Makes a routine of the user's own, puts it in the list and starts
 * writing its file.
 *
 * Returns: (transfer none): the new routine
 */
SbRoutine *
sb_catalog_add_routine (SbCatalog  *self,
                        SbRoutine  *template,
                        SbExercise *first)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(SbRoutine) routine = NULL;

  g_return_val_if_fail (SB_IS_CATALOG (self), NULL);
  g_return_val_if_fail (template != NULL || first != NULL, NULL);

  id = new_routine_id (self);
  if (template != NULL)
    {
      /* Translators: the name of a copied routine; %s is the original's */
      name = g_strdup_printf (_("%s (Copy)"), sb_routine_get_name (template));
      routine = sb_routine_duplicate (template, id, name);
    }
  else
    {
      routine = sb_routine_new (id, _("New Routine"), "home");
      sb_routine_insert_step (routine, 0, first, NULL);
    }

  watch_user_routine (self, routine);
  add_user_routine (self, routine);
  sb_catalog_save_routine_async (self, routine, NULL, NULL, NULL);

  return routine;
}

static void
move_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  WriteJob *job = task_data;
  g_autoptr(GFile) parent = g_file_get_parent (job->destination);
  g_autoptr(GError) error = NULL;

  if (!g_file_make_directory_with_parents (parent, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_clear_error (&error);

  /* Each move waits for the writes before it. */
  g_mutex_lock (&job->state->lock);
  if (g_file_move (job->file, job->destination, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_clear_error (&error);
  g_mutex_unlock (&job->state->lock);

  if (error != NULL)
    g_task_return_new_error (task, SB_CATALOG_ERROR, 0,
                             /* Translators: the first %s is a routine's name, the second why */
                             _("Could not move “%s”: %s"),
                             sb_routine_get_name (job->routine), error->message);
  else
    g_task_return_boolean (task, TRUE);
}

static GFile *
trash_file_for (SbCatalog *self,
                SbRoutine *routine)
{
  g_autoptr(GFile) trash = g_file_get_child (self->routines_directory, "trash");
  g_autofree char *name = g_file_get_basename (sb_routine_get_file (routine));

  return g_file_get_child (trash, name);
}

typedef struct
{
  SbRoutine *routine;
  gboolean   deleting;
} MoveData;

static void
move_data_free (MoveData *data)
{
  g_object_unref (data->routine);
  g_free (data);
}

static void
move_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) caller = user_data;
  SbCatalog *self = g_task_get_source_object (caller);
  MoveData *data = g_task_get_task_data (caller);
  const char *id = sb_routine_get_id (data->routine);
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (ok)
    mark_changed (self, id);

  if (data->deleting)
    {
      g_hash_table_remove (self->hidden, id);
      if (!ok)
        add_user_routine (self, data->routine);
    }
  else
    {
      saving_end (self, id);
      if (!ok)
        {
          guint position;

          if (lookup_user_routine (self, id, &position) == data->routine)
            {
              GPtrArray *routines = copy_user_routines (self);

              g_ptr_array_remove_index (routines, position - self->n_builtin);
              replace_user_routines (self, routines);
            }
        }
    }

  if (!ok)
    g_task_return_error (caller, g_steal_pointer (&error));
  else
    g_task_return_boolean (caller, TRUE);
}

static void
move_routine (SbCatalog           *self,
              SbRoutine           *routine,
              gboolean             deleting,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) caller = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GTask) task = NULL;
  g_autoptr(GFile) trash_file = trash_file_for (self, routine);
  MoveData *data = g_new0 (MoveData, 1);
  WriteJob *job = g_new0 (WriteJob, 1);

  data->routine = g_object_ref (routine);
  data->deleting = deleting;
  g_task_set_task_data (caller, data, (GDestroyNotify) move_data_free);

  job->state = write_state_ref (self->write_state);
  job->routine = g_object_ref (routine);
  job->file = g_object_ref (deleting ? sb_routine_get_file (routine) : trash_file);
  job->destination = g_object_ref (deleting ? trash_file : sb_routine_get_file (routine));

  task = g_task_new (NULL, NULL, move_done, g_steal_pointer (&caller));
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, move_thread);
}

/**
 * sb_catalog_delete_routine_async:
 *
 * Takes one of the user's routines out of the list and moves its file to
 * the routines' trash folder, from which sb_catalog_undo_delete_routine_async()
 * brings it back. If the move fails, the routine comes back in the list.
 */
void
sb_catalog_delete_routine_async (SbCatalog           *self,
                                 SbRoutine           *routine,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  guint position;
  GPtrArray *routines;

  g_return_if_fail (SB_IS_CATALOG (self));
  g_return_if_fail (SB_IS_ROUTINE (routine));
  g_return_if_fail (lookup_user_routine (self, sb_routine_get_id (routine), &position) == routine);

  if (sb_routine_get_file (routine) == NULL)
    {
      g_autoptr(GFile) file = file_for_new_routine (self, sb_routine_get_id (routine));
      sb_routine_set_file (routine, file);
    }

  g_hash_table_insert (self->hidden, g_strdup (sb_routine_get_id (routine)), g_object_ref (routine));
  routines = copy_user_routines (self);
  g_ptr_array_remove_index (routines, position - self->n_builtin);
  replace_user_routines (self, routines);

  move_routine (self, routine, TRUE, cancellable, callback, user_data);
}

gboolean
sb_catalog_delete_routine_finish (SbCatalog     *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sb_catalog_undo_delete_routine_async:
 *
 * Brings back a routine deleted with sb_catalog_delete_routine_async(),
 * after that has finished.
 */
void
sb_catalog_undo_delete_routine_async (SbCatalog           *self,
                                      SbRoutine           *routine,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (SB_IS_CATALOG (self));
  g_return_if_fail (SB_IS_ROUTINE (routine));
  g_return_if_fail (sb_routine_get_file (routine) != NULL);

  if (lookup_user_routine (self, sb_routine_get_id (routine), NULL) == NULL)
    add_user_routine (self, routine);
  saving_begin (self, sb_routine_get_id (routine));

  move_routine (self, routine, FALSE, cancellable, callback, user_data);
}

gboolean
sb_catalog_undo_delete_routine_finish (SbCatalog     *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sb_catalog_import_routine:
 * @name: the file's name, for messages
 *
 * Reads a routine someone shared and adds it as one of the user's own,
 * starting to write its file. A routine whose id is taken gets a new one;
 * one that is malformed or names an exercise Strongback does not know is
 * refused with a message naming the problem, and nothing changes.
 *
 * Returns: (transfer none): the new routine, or %NULL with @error set
 */
SbRoutine *
sb_catalog_import_routine (SbCatalog   *self,
                           const char  *name,
                           const char  *data,
                           gsize        length,
                           GError     **error)
{
  g_autoptr(SbRoutine) read = NULL;
  g_autoptr(SbRoutine) routine = NULL;

  g_return_val_if_fail (SB_IS_CATALOG (self), NULL);

  read = sb_routine_new_from_data (name, data, length, lookup_in_table, self->exercises_by_id, error);
  if (read == NULL)
    return NULL;

  if (id_taken (self, sb_routine_get_id (read)))
    {
      g_autofree char *id = new_routine_id (self);

      routine = sb_routine_duplicate (read, id, sb_routine_get_name (read));
    }
  else
    routine = g_steal_pointer (&read);

  watch_user_routine (self, routine);
  add_user_routine (self, routine);
  sb_catalog_save_routine_async (self, routine, NULL, NULL, NULL);

  return routine;
}

/* The rest ------------------------------------------------------------ */

SbCatalog *
sb_catalog_new (GFile   *routines_directory,
                GError **error)
{
  g_return_val_if_fail (G_IS_FILE (routines_directory), NULL);

  return g_initable_new (SB_TYPE_CATALOG, NULL, error,
                         "routines-directory", routines_directory,
                         NULL);
}

/**
 * sb_catalog_new_default:
 *
 * Returns: (transfer full): a catalog with the user's routines in
 *   $XDG_DATA_HOME/strongback/routines
 */
SbCatalog *
sb_catalog_new_default (GError **error)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "strongback", "routines", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (path);

  return sb_catalog_new (directory, error);
}

/**
 * sb_catalog_get_exercises:
 *
 * Returns: (transfer none): every exercise, as #SbExercise
 */
GListModel *
sb_catalog_get_exercises (SbCatalog *self)
{
  g_return_val_if_fail (SB_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->exercises);
}

/**
 * sb_catalog_get_problems:
 *
 * Returns: (transfer none): the user's routine files that could not be
 *   read, as #SbStoreProblem
 */
GListModel *
sb_catalog_get_problems (SbCatalog *self)
{
  g_return_val_if_fail (SB_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->problems);
}

/**
 * sb_catalog_lookup_exercise:
 *
 * Returns: (transfer none) (nullable): the exercise with @id
 */
SbExercise *
sb_catalog_lookup_exercise (SbCatalog  *self,
                            const char *id)
{
  g_return_val_if_fail (SB_IS_CATALOG (self), NULL);
  return g_hash_table_lookup (self->exercises_by_id, id);
}

/**
 * sb_catalog_lookup_routine:
 *
 * Returns: (transfer none) (nullable): the routine with @id
 */
SbRoutine *
sb_catalog_lookup_routine (SbCatalog  *self,
                           const char *id)
{
  g_return_val_if_fail (SB_IS_CATALOG (self), NULL);

  for (guint i = 0; i < self->routines->len; i++)
    if (g_str_equal (sb_routine_get_id (g_ptr_array_index (self->routines, i)), id))
      return g_ptr_array_index (self->routines, i);

  return NULL;
}

static GType
sb_catalog_get_item_type (GListModel *model)
{
  return SB_TYPE_ROUTINE;
}

static guint
sb_catalog_get_n_items (GListModel *model)
{
  return SB_CATALOG (model)->routines->len;
}

static gpointer
sb_catalog_get_item (GListModel *model,
                     guint       position)
{
  SbCatalog *self = SB_CATALOG (model);

  if (position >= self->routines->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->routines, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sb_catalog_get_item_type;
  iface->get_n_items = sb_catalog_get_n_items;
  iface->get_item = sb_catalog_get_item;
}

static gboolean
sb_catalog_initable_init (GInitable     *initable,
                          GCancellable  *cancellable,
                          GError       **error)
{
  SbCatalog *self = SB_CATALOG (initable);

  return load_builtin (self, error);
}

static void
initable_iface_init (GInitableIface *iface)
{
  iface->init = sb_catalog_initable_init;
}

static void
sb_catalog_dispose (GObject *object)
{
  SbCatalog *self = SB_CATALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);

  G_OBJECT_CLASS (sb_catalog_parent_class)->dispose (object);
}

static void
sb_catalog_finalize (GObject *object)
{
  SbCatalog *self = SB_CATALOG (object);

  g_clear_object (&self->routines_directory);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->routines, g_ptr_array_unref);
  g_clear_pointer (&self->exercises_by_id, g_hash_table_unref);
  g_clear_object (&self->exercises);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->waiting, g_ptr_array_unref);
  g_clear_pointer (&self->saving, g_hash_table_unref);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->changed_at, g_hash_table_unref);
  g_clear_pointer (&self->write_state, write_state_unref);

  G_OBJECT_CLASS (sb_catalog_parent_class)->finalize (object);
}

static void
sb_catalog_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SbCatalog *self = SB_CATALOG (object);

  switch (prop_id)
    {
    case PROP_ROUTINES_DIRECTORY:
      g_value_set_object (value, self->routines_directory);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_catalog_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SbCatalog *self = SB_CATALOG (object);

  switch (prop_id)
    {
    case PROP_ROUTINES_DIRECTORY:
      self->routines_directory = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_catalog_class_init (SbCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_catalog_dispose;
  object_class->finalize = sb_catalog_finalize;
  object_class->get_property = sb_catalog_get_property;
  object_class->set_property = sb_catalog_set_property;

  properties[PROP_ROUTINES_DIRECTORY] =
    g_param_spec_object ("routines-directory", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[USER_ROUTINES_CHANGED] =
    g_signal_new ("user-routines-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[ROUTINE_PROBLEM] =
    g_signal_new ("routine-problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_STORE_PROBLEM);
}

static void
sb_catalog_init (SbCatalog *self)
{
  self->cancellable = g_cancellable_new ();
  self->exercises_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, NULL);
  self->exercises = g_list_store_new (SB_TYPE_EXERCISE);
  self->routines = g_ptr_array_new_with_free_func (g_object_unref);
  self->problems = g_list_store_new (SB_TYPE_STORE_PROBLEM);
  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  self->saving = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->changed_at = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->write_state = write_state_new ();
}
