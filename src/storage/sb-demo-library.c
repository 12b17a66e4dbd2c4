/* sb-demo-library.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The user's own videos of the exercises, one at most for each, kept as
 * copies in $XDG_DATA_HOME/strongback/demos/ named after the exercise
 * ("hip-thrust.mp4"): the video the person chose may be moved, deleted or,
 * in the Flatpak, reachable only through the portal for this run. Each
 * exercise's "custom-demo" property follows what is on disk.
 *
 * A copy is made beside its final name (".hip-thrust.partial") and renamed
 * into place, so a crash leaves the old video or the new one, never half of
 * one; leftovers are cleared at the next load. A removed video waits in
 * removed/ for its undo until the next start. Checking that a video plays
 * is the caller's job (sb_demo_player_check_async()): this stays GLib only.
 */

#define G_LOG_DOMAIN "sb-demo-library"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-demo-library.h"
#include "sb-json.h"

struct _SbDemoLibrary
{
  GObject     parent_instance;

  SbCatalog  *catalog;
  GFile      *directory;
  GHashTable *removed;   /* exercise id → its video in removed/, for undo */
  GHashTable *busy;      /* exercise ids with a change under way */
};

G_DEFINE_FINAL_TYPE (SbDemoLibrary, sb_demo_library, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_DIRECTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

SbDemoLibrary *
sb_demo_library_new (SbCatalog *catalog,
                     GFile     *directory)
{
  g_return_val_if_fail (SB_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  return g_object_new (SB_TYPE_DEMO_LIBRARY,
                       "catalog", catalog,
                       "directory", directory,
                       NULL);
}

/**
 * sb_demo_library_new_default:
 *
 * Returns: (transfer full): the library in $XDG_DATA_HOME/strongback/demos
 */
SbDemoLibrary *
sb_demo_library_new_default (SbCatalog *catalog)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "strongback", "demos", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (path);

  return sb_demo_library_new (catalog, directory);
}

GFile *
sb_demo_library_get_directory (SbDemoLibrary *self)
{
  g_return_val_if_fail (SB_IS_DEMO_LIBRARY (self), NULL);
  return self->directory;
}

/* Jobs on the worker thread ------------------------------------------- */

typedef enum
{
  JOB_LOAD,
  JOB_ADD,
  JOB_REMOVE,
  JOB_UNDO_REMOVE,
} JobKind;

/* Only files and strings: a job may be freed on the worker thread. */
typedef struct
{
  JobKind     kind;
  GFile      *directory;
  char       *id;
  GFile      *source;     /* add: the chosen video; undo: its removed copy */
  GFile      *previous;   /* the exercise's video before */
  GFile      *result;     /* the video in its place after */
  GHashTable *found;      /* load: exercise id → video */
} Job;

static Job *
new_job (JobKind     kind,
         SbExercise *exercise)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  job->id = exercise != NULL ? g_strdup (sb_exercise_get_id (exercise)) : NULL;
  return job;
}

static void
job_free (Job *job)
{
  g_clear_object (&job->directory);
  g_free (job->id);
  g_clear_object (&job->source);
  g_clear_object (&job->previous);
  g_clear_object (&job->result);
  g_clear_pointer (&job->found, g_hash_table_unref);
  g_free (job);
}

/* "hip-thrust.mp4" from "My bridge, take 2.MP4"; the extension only helps
 * a person who opens the folder, GStreamer finds the format by itself. */
static char *
video_name (const char *id,
            GFile      *video)
{
  g_autofree char *basename = g_file_get_basename (video);
  const char *dot = basename != NULL ? strrchr (basename, '.') : NULL;
  gsize length = dot != NULL ? strlen (dot + 1) : 0;

  if (dot != NULL && dot != basename && length >= 1 && length <= 5)
    {
      g_autofree char *extension = g_ascii_strdown (dot + 1, -1);
      gboolean plain = TRUE;

      for (const char *c = extension; *c != '\0'; c++)
        plain = plain && g_ascii_isalnum (*c);
      if (plain)
        return g_strdup_printf ("%s.%s", id, extension);
    }

  return g_strdup_printf ("%s.video", id);
}

/* why writing @file failed, in the words sb_json_describe_write_error() uses */
static GError *
describe (GError *cause,
          GFile  *file)
{
  g_autofree char *path = g_file_get_path (file);
  GError *described = NULL;

  sb_json_describe_write_error (&described, cause, path != NULL ? path : "");
  return described;
}

static gboolean
ensure_directory (GFile         *directory,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  if (g_file_make_directory_with_parents (directory, cancellable, &local_error) ||
      g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    return TRUE;

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
delete_quietly (GFile *file)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_delete (file, NULL, &error) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_debug ("Could not delete %s: %s", g_file_peek_path (file), error->message);
}

static void
empty_folder (GFile *folder)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;
  GFile *child;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    delete_quietly (child);
}

static gboolean
load_in_thread (Job           *job,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GHashTable) times = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GFile) removed = g_file_get_child (job->directory, "removed");
  g_autoptr(GError) local_error = NULL;
  GFileInfo *info;
  GFile *child;

  job->found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  children = g_file_enumerate_children (job->directory,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, &local_error);
  if (children == NULL)
    {
      /* no video added yet */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  while (g_file_enumerator_iterate (children, &info, &child, cancellable, &local_error) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);
      guint64 modified = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
      g_autofree char *id = NULL;

      if (name[0] == '.')
        {
          /* a copy that was cut off */
          if (g_str_has_suffix (name, ".partial"))
            delete_quietly (child);
          continue;
        }
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
        continue;

      /* the newest if a crash left two */
      id = g_strndup (name, strcspn (name, "."));
      if (GPOINTER_TO_SIZE (g_hash_table_lookup (times, id)) > modified)
        continue;
      g_hash_table_insert (times, g_strdup (id), GSIZE_TO_POINTER (modified));
      g_hash_table_insert (job->found, g_steal_pointer (&id), g_object_ref (child));
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* an undo does not outlive the run it was offered in */
  empty_folder (removed);
  return TRUE;
}

static gboolean
add_in_thread (Job           *job,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *partial_name = g_strdup_printf (".%s.partial", job->id);
  g_autofree char *final_name = video_name (job->id, job->source);
  g_autofree char *source_name = g_file_get_basename (job->source);
  g_autoptr(GFile) partial = g_file_get_child (job->directory, partial_name);
  g_autoptr(GFile) final = g_file_get_child (job->directory, final_name);
  g_autoptr(GError) local_error = NULL;

  if (!ensure_directory (job->directory, cancellable, &local_error) ||
      !g_file_copy (job->source, partial, G_FILE_COPY_OVERWRITE, cancellable, NULL, NULL, &local_error))
    {
      g_autoptr(GError) why = describe (local_error, partial);

      delete_quietly (partial);
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        /* Translators: %s is a file name */
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("Could not keep a copy of “%s”: it is no longer there"),
                     source_name);
      else
        /* Translators: %s is a file name, then why it failed */
        g_set_error (error, why->domain, why->code, _("Could not keep a copy of “%s”: %s"), source_name, why->message);
      return FALSE;
    }

  if (!g_file_move (partial, final, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                    cancellable, NULL, NULL, &local_error))
    {
      g_autoptr(GError) why = describe (local_error, final);

      delete_quietly (partial);
      g_set_error (error, why->domain, why->code, _("Could not keep a copy of “%s”: %s"), source_name, why->message);
      return FALSE;
    }

  /* the new one is in place: only now may the old one go */
  if (job->previous != NULL && !g_file_equal (job->previous, final))
    delete_quietly (job->previous);

  job->result = g_steal_pointer (&final);
  return TRUE;
}

static gboolean
remove_in_thread (Job           *job,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) removed = g_file_get_child (job->directory, "removed");
  g_autofree char *name = g_file_get_basename (job->previous);
  g_autoptr(GFile) target = g_file_get_child (removed, name);
  g_autoptr(GError) local_error = NULL;

  if (!ensure_directory (removed, cancellable, &local_error) ||
      !g_file_move (job->previous, target, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                    cancellable, NULL, NULL, &local_error))
    {
      g_autoptr(GError) why = describe (local_error, target);

      g_set_error (error, why->domain, why->code, _("Could not remove “%s”: %s"), name, why->message);
      return FALSE;
    }

  job->result = g_steal_pointer (&target);
  return TRUE;
}

static gboolean
undo_remove_in_thread (Job           *job,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *name = g_file_get_basename (job->source);
  g_autoptr(GFile) target = g_file_get_child (job->directory, name);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_move (job->source, target, G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                    cancellable, NULL, NULL, &local_error))
    {
      g_autoptr(GError) why = describe (local_error, target);

      g_set_error (error, why->domain, why->code, _("Could not put “%s” back: %s"), name, why->message);
      return FALSE;
    }

  job->result = g_steal_pointer (&target);
  return TRUE;
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gboolean done = FALSE;

  switch (job->kind)
    {
    case JOB_LOAD:
      done = load_in_thread (job, cancellable, &error);
      break;
    case JOB_ADD:
      done = add_in_thread (job, cancellable, &error);
      break;
    case JOB_REMOVE:
      done = remove_in_thread (job, cancellable, &error);
      break;
    case JOB_UNDO_REMOVE:
      done = undo_remove_in_thread (job, cancellable, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Back on the main thread: the model follows what is on disk now. */
static void
job_done (GObject      *nothing,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) caller = user_data;
  SbDemoLibrary *self = g_task_get_source_object (caller);
  Job *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  SbExercise *exercise = job->id != NULL ? sb_catalog_lookup_exercise (self->catalog, job->id) : NULL;

  if (job->id != NULL)
    g_hash_table_remove (self->busy, job->id);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (caller, error);
      return;
    }

  switch (job->kind)
    {
    case JOB_LOAD:
      {
        GListModel *exercises = sb_catalog_get_exercises (self->catalog);

        for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
          {
            g_autoptr(SbExercise) each = g_list_model_get_item (exercises, i);

            sb_exercise_set_custom_demo (each, g_hash_table_lookup (job->found, sb_exercise_get_id (each)));
          }
        break;
      }

    case JOB_ADD:
      g_hash_table_remove (self->removed, job->id);
      sb_exercise_set_custom_demo (exercise, job->result);
      break;

    case JOB_REMOVE:
      g_hash_table_insert (self->removed, g_strdup (job->id), g_object_ref (job->result));
      sb_exercise_set_custom_demo (exercise, NULL);
      break;

    case JOB_UNDO_REMOVE:
      g_hash_table_remove (self->removed, job->id);
      sb_exercise_set_custom_demo (exercise, job->result);
      break;

    default:
      g_assert_not_reached ();
    }

  g_task_return_boolean (caller, TRUE);
}

/* The worker task has no source object: whichever thread drops it last,
 * the library is only ever released here, on the main thread. */
static void
run_job (SbDemoLibrary *self,
         Job           *job,
         GTask         *caller)
{
  g_autoptr(GTask) task = g_task_new (NULL, g_task_get_cancellable (caller), job_done, caller);

  job->directory = g_object_ref (self->directory);
  if (job->id != NULL)
    g_hash_table_add (self->busy, g_strdup (job->id));
  /* What the worker did on disk is taken into the model even when the
   * caller gave up meanwhile; only the caller's result says "cancelled". */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread);
}

/* One change at a time for each exercise, so two never race on its file. */
static GTask *
start_change (SbDemoLibrary       *self,
              SbExercise          *exercise,
              gpointer             source_tag,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) caller = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (caller, source_tag);
  if (g_hash_table_contains (self->busy, sb_exercise_get_id (exercise)))
    {
      g_task_return_new_error (caller, G_IO_ERROR, G_IO_ERROR_BUSY,
                               _("The video of “%s” is still being changed"), sb_exercise_get_name (exercise));
      return NULL;
    }

  return g_steal_pointer (&caller);
}

/* The public API ------------------------------------------------------ */

/**
 * sb_demo_library_load_async:
 *
 * Reads which exercises have a video of the user's and sets their
 * "custom-demo"; clears what an earlier run left half done.
 */
void
sb_demo_library_load_async (SbDemoLibrary       *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *caller;
  Job *job;

  g_return_if_fail (SB_IS_DEMO_LIBRARY (self));

  caller = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (caller, sb_demo_library_load_async);
  job = new_job (JOB_LOAD, NULL);
  run_job (self, job, caller);
}

gboolean
sb_demo_library_load_finish (SbDemoLibrary  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sb_demo_library_add_async:
 * @video: a video already checked to play
 *
 * Keeps a copy of @video as @exercise's own, in place of the one it had.
 * On a full or read-only disk the error says so, and the video it had is
 * kept.
 */
void
sb_demo_library_add_async (SbDemoLibrary       *self,
                           SbExercise          *exercise,
                           GFile               *video,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *caller;
  Job *job;

  g_return_if_fail (SB_IS_DEMO_LIBRARY (self));
  g_return_if_fail (SB_IS_EXERCISE (exercise));
  g_return_if_fail (G_IS_FILE (video));

  caller = start_change (self, exercise, sb_demo_library_add_async, cancellable, callback, user_data);
  if (caller == NULL)
    return;

  job = new_job (JOB_ADD, exercise);
  job->source = g_object_ref (video);
  g_set_object (&job->previous, sb_exercise_get_custom_demo (exercise));
  run_job (self, job, caller);
}

gboolean
sb_demo_library_add_finish (SbDemoLibrary  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sb_demo_library_remove_async:
 *
 * Takes away @exercise's own video, so that it shows the demonstration
 * again; sb_demo_library_undo_remove_async() brings it back until the app
 * next starts.
 */
void
sb_demo_library_remove_async (SbDemoLibrary       *self,
                              SbExercise          *exercise,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  GTask *caller;
  Job *job;

  g_return_if_fail (SB_IS_DEMO_LIBRARY (self));
  g_return_if_fail (SB_IS_EXERCISE (exercise));

  caller = start_change (self, exercise, sb_demo_library_remove_async, cancellable, callback, user_data);
  if (caller == NULL)
    return;

  if (sb_exercise_get_custom_demo (exercise) == NULL)
    {
      g_task_return_boolean (caller, TRUE);
      g_object_unref (caller);
      return;
    }

  job = new_job (JOB_REMOVE, exercise);
  job->previous = g_object_ref (sb_exercise_get_custom_demo (exercise));
  run_job (self, job, caller);
}

gboolean
sb_demo_library_remove_finish (SbDemoLibrary  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sb_demo_library_undo_remove_async:
 *
 * Brings back the video sb_demo_library_remove_async() took away. Refused
 * when the exercise has another video by then, which would be lost.
 */
void
sb_demo_library_undo_remove_async (SbDemoLibrary       *self,
                                   SbExercise          *exercise,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *caller;
  GFile *removed;
  Job *job;

  g_return_if_fail (SB_IS_DEMO_LIBRARY (self));
  g_return_if_fail (SB_IS_EXERCISE (exercise));

  caller = start_change (self, exercise, sb_demo_library_undo_remove_async, cancellable, callback, user_data);
  if (caller == NULL)
    return;

  removed = g_hash_table_lookup (self->removed, sb_exercise_get_id (exercise));
  if (removed == NULL || sb_exercise_get_custom_demo (exercise) != NULL)
    {
      g_task_return_new_error (caller, G_IO_ERROR, G_IO_ERROR_EXISTS,
                               _("“%s” has another video now, which is kept"), sb_exercise_get_name (exercise));
      g_object_unref (caller);
      return;
    }

  job = new_job (JOB_UNDO_REMOVE, exercise);
  job->source = g_object_ref (removed);
  run_job (self, job, caller);
}

gboolean
sb_demo_library_undo_remove_finish (SbDemoLibrary  *self,
                                    GAsyncResult   *result,
                                    GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* GObject ------------------------------------------------------------- */

static void
sb_demo_library_finalize (GObject *object)
{
  SbDemoLibrary *self = SB_DEMO_LIBRARY (object);

  g_clear_object (&self->catalog);
  g_clear_object (&self->directory);
  g_hash_table_unref (self->removed);
  g_hash_table_unref (self->busy);

  G_OBJECT_CLASS (sb_demo_library_parent_class)->finalize (object);
}

static void
sb_demo_library_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SbDemoLibrary *self = SB_DEMO_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_demo_library_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SbDemoLibrary *self = SB_DEMO_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      self->catalog = g_value_dup_object (value);
      break;
    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_demo_library_class_init (SbDemoLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sb_demo_library_finalize;
  object_class->get_property = sb_demo_library_get_property;
  object_class->set_property = sb_demo_library_set_property;

  properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, SB_TYPE_CATALOG,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_demo_library_init (SbDemoLibrary *self)
{
  self->removed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->busy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Which video to show ---------------------------------------------------- */

/**
 * sb_demo_library_dup_demo_uri:
 *
 * Returns: (transfer full) (nullable): the URI of the exercise's
 *   demonstration clip, from $STRONGBACK_DEMOS_DIR when set (tests, an
 *   uninstalled build)
 */
char *
sb_demo_library_dup_demo_uri (SbExercise *exercise)
{
  const char *dir = g_getenv ("STRONGBACK_DEMOS_DIR");
  g_autofree char *path = NULL;

  if (sb_exercise_get_demo (exercise) == NULL)
    return NULL;

  path = g_build_filename (dir != NULL ? dir : PKGDATADIR "/demos", sb_exercise_get_demo (exercise), NULL);
  return g_filename_to_uri (path, NULL, NULL);
}

/**
 * sb_demo_library_dup_shown_uri:
 *
 * Returns: (transfer full) (nullable): the URI of the video to show for
 *   the exercise: the user's own if there is one, else the demonstration
 */
char *
sb_demo_library_dup_shown_uri (SbExercise *exercise)
{
  GFile *custom = sb_exercise_get_custom_demo (exercise);

  return custom != NULL ? g_file_get_uri (custom) : sb_demo_library_dup_demo_uri (exercise);
}
