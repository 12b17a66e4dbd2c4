/* sb-routine-store.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The user's own routines, by name, as a GListModel of SbRoutine: one
 * "strongback-routine" file each in $XDG_DATA_HOME/strongback/routines/.
 * The folder (read in workers, watched, written atomically and in order,
 * trash) is an SbJsonFolder. A routine file that cannot be read is left
 * where it is, since the user may have written it by hand, and reported;
 * so is one whose id another routine or an exercise has.
 *
 * The catalog lists this store after the built-in routines
 * (sb_catalog_set_user_routines()); the store holds the catalog only
 * weakly, for the ids it must not give a new routine.
 */

#define G_LOG_DOMAIN "sb-routine-store"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-json-folder.h"
#include "sb-routine-codec.h"
#include "sb-sync-conflict.h"
#include "sb-routine-store.h"

struct _SbRoutineStore
{
  GObject       parent_instance;

  SbCatalog    *catalog;       /* weak */
  GHashTable   *exercises;     /* id -> SbExercise, shared with the readers */
  SbJsonFolder *folder;
  GPtrArray    *routines;      /* SbRoutine, by name */
  GHashTable   *path_of;       /* SbRoutine -> its file's path (owned) */
  GHashTable   *hidden;        /* id -> SbRoutine being moved to the trash */
  GHashTable   *trashed;       /* SbRoutine (ref) -> where its file went */
  GPtrArray    *pending;       /* Loaded: read before the first load finished */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SbRoutineStore, sb_routine_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (sb-routine-store-error-quark, sb_routine_store_error)

enum {
  PROP_0,
  PROP_LOADED,
  N_PROPS
};

enum {
  ROUTINE_PROBLEM,   /* (SbStoreProblem *problem): a routine file could not be read */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  char      *path;
  SbRoutine *routine;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_free (loaded->path);
  g_object_unref (loaded->routine);
  g_free (loaded);
}

static SbExercise *
lookup_in_table (const char *id,
                 gpointer    table)
{
  return g_hash_table_lookup (table, id);
}

static GObject *
parse_routine (const char  *name,
               const char  *data,
               gsize        length,
               gpointer     table,
               GError     **error)
{
  return G_OBJECT (sb_routine_codec_read_data (name, data, length, lookup_in_table, table, error));
}

/* The list ------------------------------------------------------------- */

static int
compare_routine_names (gconstpointer a,
                       gconstpointer b)
{
  SbRoutine *ra = *(SbRoutine **) a;
  SbRoutine *rb = *(SbRoutine **) b;

  return g_utf8_collate (sb_routine_get_name (ra), sb_routine_get_name (rb));
}

static SbRoutine *
lookup_id (SbRoutineStore *self,
           const char     *id,
           guint          *position)
{
  for (guint i = 0; i < self->routines->len; i++)
    if (g_str_equal (sb_routine_get_id (g_ptr_array_index (self->routines, i)), id))
      {
        if (position != NULL)
          *position = i;
        return g_ptr_array_index (self->routines, i);
      }

  return NULL;
}

static SbRoutine *
lookup_path (SbRoutineStore *self,
             const char     *path)
{
  for (guint i = 0; i < self->routines->len; i++)
    {
      SbRoutine *routine = g_ptr_array_index (self->routines, i);

      if (g_strcmp0 (g_hash_table_lookup (self->path_of, routine), path) == 0)
        return routine;
    }

  return NULL;
}

/* Puts @routines (sorted) in place of the list, telling only about the
 * part that differs, so that a selection stays put. */
static void
replace_routines (SbRoutineStore *self,
                  GPtrArray      *routines)
{
  g_autoptr(GPtrArray) owned = routines;
  guint old_n = self->routines->len;
  guint new_n = routines->len;
  guint head = 0, tail = 0;

  while (head < old_n && head < new_n &&
         g_ptr_array_index (self->routines, head) == g_ptr_array_index (routines, head))
    head++;
  while (tail < old_n - head && tail < new_n - head &&
         g_ptr_array_index (self->routines, old_n - 1 - tail) == g_ptr_array_index (routines, new_n - 1 - tail))
    tail++;

  if (head == old_n && head == new_n)
    return;

  g_ptr_array_remove_range (self->routines, head, old_n - head - tail);
  for (guint i = head; i < new_n - tail; i++)
    g_ptr_array_insert (self->routines, i, g_object_ref (g_ptr_array_index (routines, i)));

  g_list_model_items_changed (G_LIST_MODEL (self), head, old_n - head - tail, new_n - head - tail);
}

static GPtrArray *
copy_routines (SbRoutineStore *self)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->routines->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (self->routines, i)));

  return copy;
}

static void on_routine_changed (SbRoutine      *routine,
                                SbRoutineStore *self);

/* An edited routine's row changes, and a renamed one moves to its place. */
static void
watch_routine (SbRoutineStore *self,
               SbRoutine      *routine)
{
  if (g_object_get_data (G_OBJECT (routine), "sb-routine-store") == self)
    return;

  g_object_set_data (G_OBJECT (routine), "sb-routine-store", self);
  g_signal_connect_object (routine, "changed", G_CALLBACK (on_routine_changed), self, 0);
}

static void
on_routine_changed (SbRoutine      *routine,
                    SbRoutineStore *self)
{
  GPtrArray *routines;
  guint position;

  if (!g_ptr_array_find (self->routines, routine, &position))
    return;

  routines = copy_routines (self);
  g_ptr_array_sort (routines, compare_routine_names);
  if (g_ptr_array_index (routines, position) == routine)
    {
      /* in its place still: its row shows new facts (minutes, steps) */
      g_ptr_array_unref (routines);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
    }
  else
    replace_routines (self, routines);
}

static void
add_routine (SbRoutineStore *self,
             SbRoutine      *routine,
             const char     *path)
{
  GPtrArray *routines = copy_routines (self);

  g_hash_table_insert (self->path_of, g_object_ref (routine), g_strdup (path));
  watch_routine (self, routine);
  g_ptr_array_add (routines, g_object_ref (routine));
  g_ptr_array_sort (routines, compare_routine_names);
  replace_routines (self, routines);
}

static void
remove_routine (SbRoutineStore *self,
                SbRoutine      *routine)
{
  GPtrArray *routines;
  guint position;

  if (!g_ptr_array_find (self->routines, routine, &position))
    return;

  routines = copy_routines (self);
  g_ptr_array_remove_index (routines, position);
  replace_routines (self, routines);
}

static char *
path_for_id (SbRoutineStore *self,
             const char     *id)
{
  g_autofree char *name = g_strconcat (id, ".json", NULL);

  return g_build_filename (sb_json_folder_get_path (self->folder), name, NULL);
}

/* What the folder says ------------------------------------------------- */

/* Whether @routine, read from @path, may join the list: two files with
 * one id would make "this routine" ambiguous. */
static gboolean
check_id (SbRoutineStore *self,
          const char     *path,
          SbRoutine      *routine)
{
  const char *id = sb_routine_get_id (routine);
  SbRoutine *other = lookup_id (self, id, NULL);
  SbRoutine *builtin = self->catalog ? sb_catalog_lookup_routine (self->catalog, id) : NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if ((other == NULL || g_strcmp0 (g_hash_table_lookup (self->path_of, other), path) == 0) &&
      (builtin == NULL || !sb_routine_get_builtin (builtin)) &&
      !g_hash_table_contains (self->exercises, id))
    return TRUE;

  name = g_path_get_basename (path);
  message = g_strdup_printf (_("Could not read “%s”: another routine already has the id “%s”"), name, id);
  sb_json_folder_add_problem (self->folder, path, message);
  return FALSE;
}

static void
copy_trashed (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *trash_path = sb_json_folder_trash_finish (SB_JSON_FOLDER (object), result, &error);

  if (trash_path == NULL)
    g_warning ("Could not move a sync tool's conflict copy to the trash: %s", error->message);
}

/* A sync tool's conflict copy of the routine @existing (sb-sync-conflict.c):
 * the same routine is clutter and goes to the trash; another version is
 * left where it is, and the person told where, so that neither is lost.
 * A copy that arrives while Strongback runs may be compared before the
 * tool has written the other version in its place: the same, it is left
 * for the next start to judge. Returns whether @path was such a copy. */
static gboolean
handle_conflict_copy (SbRoutineStore *self,
                      const char     *path,
                      SbRoutine      *routine,
                      SbRoutine      *existing,
                      gboolean        initial)
{
  g_autofree char *original = sb_sync_conflict_original (path);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (original == NULL || existing == NULL)
    return FALSE;

  if (sb_routine_equal (existing, routine))
    {
      if (initial)
        sb_json_folder_trash_async (self->folder, path, copy_trashed, NULL);
      return TRUE;
    }

  name = g_path_get_basename (path);
  /* Translators: the routine's name, then the file holding the other version */
  message = g_strdup_printf (_("“%s” was changed on two computers. This computer’s version is shown; "
                               "the other is kept in “%s” in the routines folder."),
                             sb_routine_get_name (existing), name);
  sb_json_folder_add_problem (self->folder, path, message);
  return TRUE;
}

static void
apply_loaded (SbRoutineStore *self,
              const char     *path,
              SbRoutine      *routine)
{
  SbRoutine *existing = lookup_path (self, path);

  /* one being moved to the trash stays out */
  if (g_hash_table_contains (self->hidden, sb_routine_get_id (routine)))
    return;

  /* A routine that did not change keeps its object: the one the window
   * shows and the editor edits. */
  if (existing != NULL && sb_routine_equal (existing, routine))
    return;

  if (existing != NULL)
    {
      remove_routine (self, existing);
      g_hash_table_remove (self->path_of, existing);
    }

  if (handle_conflict_copy (self, path, routine, lookup_id (self, sb_routine_get_id (routine), NULL), FALSE))
    return;

  if (check_id (self, path, routine))
    add_routine (self, routine, path);
}

static void
on_file_loaded (SbRoutineStore *self,
                const char     *path,
                SbRoutine      *routine,
                gboolean        initial)
{
  if (!sb_json_folder_get_loaded (self->folder))
    {
      Loaded *loaded = g_new0 (Loaded, 1);

      loaded->path = g_strdup (path);
      loaded->routine = g_object_ref (routine);
      g_ptr_array_add (self->pending, loaded);
      return;
    }

  apply_loaded (self, path, routine);
}

static void
on_file_removed (SbRoutineStore *self,
                 const char     *path)
{
  SbRoutine *existing = lookup_path (self, path);

  if (existing != NULL)
    {
      remove_routine (self, existing);
      g_hash_table_remove (self->path_of, existing);
    }
}

static int
compare_loaded_names (gconstpointer a,
                      gconstpointer b)
{
  const Loaded *la = *(const Loaded **) a;
  const Loaded *lb = *(const Loaded **) b;
  g_autofree char *conflict_a = sb_sync_conflict_original (la->path);
  g_autofree char *conflict_b = sb_sync_conflict_original (lb->path);
  int order;

  /* a sync tool's conflict copy after the routine it is a copy of */
  if ((conflict_a == NULL) != (conflict_b == NULL))
    return conflict_a == NULL ? -1 : 1;

  order = g_utf8_collate (sb_routine_get_name (la->routine), sb_routine_get_name (lb->routine));

  /* of two files with one id, the first by name wins, whatever the
   * order the readers finished in */
  return order != 0 ? order : strcmp (la->path, lb->path);
}

/* The first load shows the user's routines all at once, in order. */
static void
on_load_finished (SbRoutineStore *self)
{
  g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending);
  GPtrArray *routines = copy_routines (self);

  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) loaded_free);
  g_ptr_array_sort (pending, compare_loaded_names);
  for (guint i = 0; i < pending->len; i++)
    {
      Loaded *loaded = g_ptr_array_index (pending, i);
      const char *id = sb_routine_get_id (loaded->routine);
      SbRoutine *existing = NULL;

      if (g_hash_table_contains (self->hidden, id))
        continue;

      for (guint j = 0; j < routines->len; j++)
        if (g_str_equal (sb_routine_get_id (g_ptr_array_index (routines, j)), id))
          existing = g_ptr_array_index (routines, j);

      /* made here while the folder was read: what is in memory is newer */
      if (existing != NULL && g_strcmp0 (g_hash_table_lookup (self->path_of, existing), loaded->path) == 0)
        continue;

      if (handle_conflict_copy (self, loaded->path, loaded->routine, existing, TRUE))
        continue;

      if (existing != NULL || !check_id (self, loaded->path, loaded->routine))
        {
          if (existing != NULL)
            {
              g_autofree char *name = g_path_get_basename (loaded->path);
              g_autofree char *message = g_strdup_printf (_("Could not read “%s”: another routine already has the id “%s”"),
                                                          name, id);
              sb_json_folder_add_problem (self->folder, loaded->path, message);
            }
          continue;
        }

      g_hash_table_insert (self->path_of, g_object_ref (loaded->routine), g_strdup (loaded->path));
      watch_routine (self, loaded->routine);
      g_ptr_array_add (routines, g_object_ref (loaded->routine));
    }

  g_ptr_array_sort (routines, compare_routine_names);
  replace_routines (self, routines);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

static void
on_problem (SbRoutineStore *self,
            SbStoreProblem *problem)
{
  g_signal_emit (self, signals[ROUTINE_PROBLEM], 0, problem);
}

/* Loading ------------------------------------------------------------- */

/**
 * sb_routine_store_load_async:
 *
 * Reads the user's routines and starts watching their folder; from then on
 * the list follows the folder by itself.
 */
void
sb_routine_store_load_async (SbRoutineStore      *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (SB_IS_ROUTINE_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_routine_store_load_async);
  sb_json_folder_load_async (self->folder, cancellable, sb_json_folder_load_done_in_task, task);
}

gboolean
sb_routine_store_load_finish (SbRoutineStore  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Editing ------------------------------------------------------------- */

static gboolean
id_taken (SbRoutineStore *self,
          const char     *id)
{
  GHashTableIter iter;
  gpointer routine;

  if (lookup_id (self, id, NULL) != NULL ||
      g_hash_table_contains (self->exercises, id) ||
      g_hash_table_contains (self->hidden, id) ||
      (self->catalog != NULL && sb_catalog_id_taken (self->catalog, id)))
    return TRUE;

  g_hash_table_iter_init (&iter, self->trashed);
  while (g_hash_table_iter_next (&iter, &routine, NULL))
    if (g_str_equal (sb_routine_get_id (routine), id))
      return TRUE;

  return FALSE;
}

static char *
new_routine_id (SbRoutineStore *self)
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
saved (GObject      *object,
       GAsyncResult *result,
       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SbRoutine *routine = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!sb_json_folder_write_finish (SB_JSON_FOLDER (object), result, &error))
    g_task_return_new_error (task, SB_ROUTINE_STORE_ERROR, SB_ROUTINE_STORE_ERROR_WRITE,
                             /* Translators: the first %s is a routine's name, the second why */
                             _("Could not save “%s”: %s"),
                             sb_routine_get_name (routine), error->message);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * sb_routine_store_save_async:
 *
 * Writes one of the user's routines to its file, atomically. Saves of one
 * routine land in the order they were asked for.
 */
void
sb_routine_store_save_async (SbRoutineStore      *self,
                             SbRoutine           *routine,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;
  const char *path;

  g_return_if_fail (SB_IS_ROUTINE_STORE (self));
  g_return_if_fail (SB_IS_ROUTINE (routine));
  g_return_if_fail (!sb_routine_get_builtin (routine));

  path = g_hash_table_lookup (self->path_of, routine);
  if (path == NULL)
    {
      g_hash_table_insert (self->path_of, g_object_ref (routine), path_for_id (self, sb_routine_get_id (routine)));
      path = g_hash_table_lookup (self->path_of, routine);
    }

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_routine_store_save_async);
  g_task_set_task_data (task, g_object_ref (routine), g_object_unref);
  sb_json_folder_write_async (self->folder, path, sb_routine_codec_write (routine), saved, task);
}

gboolean
sb_routine_store_save_finish (SbRoutineStore  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static SbRoutine *
add_new (SbRoutineStore *self,
         SbRoutine      *routine)
{
  g_autofree char *path = path_for_id (self, sb_routine_get_id (routine));

  add_routine (self, routine, path);
  sb_routine_store_save_async (self, routine, NULL, NULL, NULL);
  return routine;
}

/**
 * sb_routine_store_add:
 * @template: (nullable): a routine to copy, or %NULL for an empty one
 * @first: (nullable): for an empty routine, the exercise of its first step
 *
 * Makes a routine of the user's own, puts it in the list and starts
 * writing its file.
 *
 * Returns: (transfer none): the new routine
 */
SbRoutine *
sb_routine_store_add (SbRoutineStore *self,
                      SbRoutine      *template,
                      SbExercise     *first)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(SbRoutine) routine = NULL;

  g_return_val_if_fail (SB_IS_ROUTINE_STORE (self), NULL);
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

  return add_new (self, routine);
}

/**
 * sb_routine_store_import:
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
sb_routine_store_import (SbRoutineStore  *self,
                         const char      *name,
                         const char      *data,
                         gsize            length,
                         GError         **error)
{
  g_autoptr(SbRoutine) read = NULL;
  g_autoptr(SbRoutine) routine = NULL;

  g_return_val_if_fail (SB_IS_ROUTINE_STORE (self), NULL);

  read = sb_routine_codec_read_data (name, data, length, lookup_in_table, self->exercises, error);
  if (read == NULL)
    return NULL;

  if (id_taken (self, sb_routine_get_id (read)))
    {
      g_autofree char *id = new_routine_id (self);

      routine = sb_routine_duplicate (read, id, sb_routine_get_name (read));
    }
  else
    routine = g_steal_pointer (&read);

  return add_new (self, routine);
}

static void
deleted (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SbRoutineStore *self = g_task_get_source_object (task);
  SbRoutine *routine = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *trash_path = sb_json_folder_trash_finish (SB_JSON_FOLDER (object), result, &error);

  g_hash_table_remove (self->hidden, sb_routine_get_id (routine));

  /* a file never written, or gone already, needs no undo: there is nothing to lose */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_hash_table_insert (self->trashed, g_object_ref (routine), NULL);
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (trash_path == NULL)
    {
      g_autofree char *path = g_strdup (g_hash_table_lookup (self->path_of, routine));

      add_routine (self, routine, path);
      g_task_return_new_error (task, SB_ROUTINE_STORE_ERROR, SB_ROUTINE_STORE_ERROR_WRITE,
                               /* Translators: the first %s is a routine's name, the second why */
                               _("Could not move “%s”: %s"),
                               sb_routine_get_name (routine), error->message);
      return;
    }

  g_hash_table_insert (self->trashed, g_object_ref (routine), g_steal_pointer (&trash_path));
  g_task_return_boolean (task, TRUE);
}

/**
 * sb_routine_store_delete_async:
 *
 * Takes one of the user's routines out of the list and moves its file to
 * the routines' trash folder, from which sb_routine_store_undo_delete_async()
 * brings it back. If the move fails, the routine comes back in the list.
 */
void
sb_routine_store_delete_async (SbRoutineStore      *self,
                               SbRoutine           *routine,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (SB_IS_ROUTINE_STORE (self));
  g_return_if_fail (SB_IS_ROUTINE (routine));
  g_return_if_fail (g_ptr_array_find (self->routines, routine, NULL));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_routine_store_delete_async);
  g_task_set_task_data (task, g_object_ref (routine), g_object_unref);

  g_hash_table_insert (self->hidden, g_strdup (sb_routine_get_id (routine)), g_object_ref (routine));
  remove_routine (self, routine);
  sb_json_folder_trash_async (self->folder, g_hash_table_lookup (self->path_of, routine), deleted, task);
}

gboolean
sb_routine_store_delete_finish (SbRoutineStore  *self,
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
  SbRoutineStore *self = g_task_get_source_object (task);
  SbRoutine *routine = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!sb_json_folder_restore_finish (SB_JSON_FOLDER (object), result, &error))
    {
      remove_routine (self, routine);
      g_task_return_new_error (task, SB_ROUTINE_STORE_ERROR, SB_ROUTINE_STORE_ERROR_WRITE,
                               /* Translators: the first %s is a routine's name, the second why */
                               _("Could not move “%s”: %s"),
                               sb_routine_get_name (routine), error->message);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

/**
 * sb_routine_store_undo_delete_async:
 *
 * Brings back a routine deleted with sb_routine_store_delete_async(),
 * after that has finished.
 */
void
sb_routine_store_undo_delete_async (SbRoutineStore      *self,
                                    SbRoutine           *routine,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autofree char *trash_path = NULL;
  g_autofree char *path = NULL;
  GTask *task;

  g_return_if_fail (SB_IS_ROUTINE_STORE (self));
  g_return_if_fail (SB_IS_ROUTINE (routine));
  g_return_if_fail (g_hash_table_contains (self->trashed, routine));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_routine_store_undo_delete_async);
  g_task_set_task_data (task, g_object_ref (routine), g_object_unref);

  g_hash_table_steal_extended (self->trashed, routine, NULL, (gpointer *) &trash_path);
  path = g_strdup (g_hash_table_lookup (self->path_of, routine));
  if (lookup_id (self, sb_routine_get_id (routine), NULL) == NULL)
    add_routine (self, routine, path);

  if (trash_path == NULL)
    {
      /* its file was never written: write it now */
      sb_routine_store_save_async (self, routine, NULL, NULL, NULL);
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
    }
  else
    sb_json_folder_restore_async (self->folder, path, trash_path, restored, task);

  /* the reference the trashed table held */
  g_object_unref (routine);
}

gboolean
sb_routine_store_undo_delete_finish (SbRoutineStore  *self,
                                     GAsyncResult    *result,
                                     GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The rest ------------------------------------------------------------ */

SbRoutineStore *
sb_routine_store_new (SbCatalog *catalog,
                      GFile     *directory)
{
  SbRoutineStore *self;

  g_return_val_if_fail (SB_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  self = g_object_new (SB_TYPE_ROUTINE_STORE, NULL);
  g_set_weak_pointer (&self->catalog, catalog);
  self->exercises = sb_catalog_ref_exercise_table (catalog);
  self->folder = sb_json_folder_new (directory, SB_JSON_FOLDER_FLAT, FALSE, 1, parse_routine,
                                     g_hash_table_ref (self->exercises), (GDestroyNotify) g_hash_table_unref);
  g_signal_connect_object (self->folder, "file-loaded", G_CALLBACK (on_file_loaded), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->folder, "file-removed", G_CALLBACK (on_file_removed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->folder, "problem", G_CALLBACK (on_problem), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->folder, "load-finished", G_CALLBACK (on_load_finished), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * sb_routine_store_new_default:
 *
 * Returns: (transfer full): a store of the routines in
 *   $XDG_DATA_HOME/strongback/routines
 */
SbRoutineStore *
sb_routine_store_new_default (SbCatalog *catalog)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "strongback", "routines", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (path);

  return sb_routine_store_new (catalog, directory);
}

GFile *
sb_routine_store_get_directory (SbRoutineStore *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_STORE (self), NULL);
  return sb_json_folder_get_directory (self->folder);
}

/**
 * sb_routine_store_get_file:
 *
 * Returns: (transfer full) (nullable): where @routine is kept
 */
GFile *
sb_routine_store_get_file (SbRoutineStore *self,
                           SbRoutine      *routine)
{
  const char *path;

  g_return_val_if_fail (SB_IS_ROUTINE_STORE (self), NULL);

  path = g_hash_table_lookup (self->path_of, routine);
  return path ? g_file_new_for_path (path) : NULL;
}

gboolean
sb_routine_store_get_loaded (SbRoutineStore *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_STORE (self), FALSE);
  return sb_json_folder_get_loaded (self->folder);
}

/**
 * sb_routine_store_get_problems:
 *
 * Returns: (transfer none): the user's routine files that could not be
 *   read, as #SbStoreProblem
 */
GListModel *
sb_routine_store_get_problems (SbRoutineStore *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_STORE (self), NULL);
  return sb_json_folder_get_problems (self->folder);
}

static GType
sb_routine_store_get_item_type (GListModel *model)
{
  return SB_TYPE_ROUTINE;
}

static guint
sb_routine_store_get_n_items (GListModel *model)
{
  return SB_ROUTINE_STORE (model)->routines->len;
}

static gpointer
sb_routine_store_get_item (GListModel *model,
                           guint       position)
{
  SbRoutineStore *self = SB_ROUTINE_STORE (model);

  if (position >= self->routines->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->routines, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sb_routine_store_get_item_type;
  iface->get_n_items = sb_routine_store_get_n_items;
  iface->get_item = sb_routine_store_get_item;
}

static void
sb_routine_store_dispose (GObject *object)
{
  SbRoutineStore *self = SB_ROUTINE_STORE (object);

  if (self->folder != NULL)
    g_signal_handlers_disconnect_by_data (self->folder, self);
  g_clear_object (&self->folder);
  g_clear_weak_pointer (&self->catalog);

  G_OBJECT_CLASS (sb_routine_store_parent_class)->dispose (object);
}

static void
sb_routine_store_finalize (GObject *object)
{
  SbRoutineStore *self = SB_ROUTINE_STORE (object);

  g_clear_pointer (&self->routines, g_ptr_array_unref);
  g_clear_pointer (&self->path_of, g_hash_table_unref);
  g_clear_pointer (&self->hidden, g_hash_table_unref);
  g_clear_pointer (&self->trashed, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_pointer (&self->exercises, g_hash_table_unref);

  G_OBJECT_CLASS (sb_routine_store_parent_class)->finalize (object);
}

static void
sb_routine_store_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SbRoutineStore *self = SB_ROUTINE_STORE (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, sb_routine_store_get_loaded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_routine_store_class_init (SbRoutineStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_routine_store_dispose;
  object_class->finalize = sb_routine_store_finalize;
  object_class->get_property = sb_routine_store_get_property;

  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ROUTINE_PROBLEM] =
    g_signal_new ("routine-problem", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_STORE_PROBLEM);
}

static void
sb_routine_store_init (SbRoutineStore *self)
{
  self->routines = g_ptr_array_new_with_free_func (g_object_unref);
  self->path_of = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->trashed = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify) loaded_free);
}
