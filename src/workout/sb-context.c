/* sb-context.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Everything Strongback knows and keeps, in one object handed to every
 * widget and to the background service: the catalog and the user's
 * routines, the history, the workout journal, the user's own videos and
 * the settings; and the workout under way, if any (#SbContext:workout).
 *
 * It also carries the sequences that involve several of those: starting a
 * workout (keeping one left unfinished first), resuming, keeping or
 * discarding the workout found in the journal at start, and moving the
 * history to another folder. What a person should be told of them comes
 * as ::notice, which a window shows as a toast.
 *
 * No GTK.
 */

#define G_LOG_DOMAIN "sb-context"

#include "config.h"

#include <glib/gi18n.h>

#include "storage/sb-backup.h"
#include "storage/sb-content.h"
#include "sb-context.h"

struct _SbContext
{
  GObject           parent_instance;

  SbCatalog        *catalog;
  SbRoutineStore   *routines;
  SbHistoryStore   *history;
  SbWorkoutJournal *journal;
  SbDemoLibrary    *demos;
  GSettings        *settings;
  GCancellable     *cancellable;

  SbWorkoutSession *workout;
  SbSession        *unfinished;   /* found in the journal, not dealt with yet */
  gboolean          loading;
  SbReminders      *reminders;    /* the application's, weak */
};

G_DEFINE_FINAL_TYPE (SbContext, sb_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WORKOUT,
  PROP_UNFINISHED,
  N_PROPS
};

enum {
  NOTICE,   /* (const char *text): something to tell the person, briefly */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * sb_context_new:
 *
 * Returns: (transfer full): a context of these parts; the catalog lists
 *   @routines after its own
 */
SbContext *
sb_context_new (SbCatalog        *catalog,
                SbRoutineStore   *routines,
                SbHistoryStore   *history,
                SbWorkoutJournal *journal,
                SbDemoLibrary    *demos,
                GSettings        *settings)
{
  SbContext *self;

  g_return_val_if_fail (SB_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (SB_IS_ROUTINE_STORE (routines), NULL);
  g_return_val_if_fail (SB_IS_HISTORY_STORE (history), NULL);
  g_return_val_if_fail (SB_IS_WORKOUT_JOURNAL (journal), NULL);
  g_return_val_if_fail (SB_IS_DEMO_LIBRARY (demos), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (SB_TYPE_CONTEXT, NULL);
  self->catalog = g_object_ref (catalog);
  self->routines = g_object_ref (routines);
  self->history = g_object_ref (history);
  self->journal = g_object_ref (journal);
  self->demos = g_object_ref (demos);
  self->settings = g_object_ref (settings);
  sb_catalog_set_user_routines (catalog, G_LIST_MODEL (routines));

  return self;
}

/**
 * sb_context_new_default:
 * @settings: the app's settings, which may name another history folder
 *
 * Returns: (transfer full): a context of the built-in content and the
 *   user's files in $XDG_DATA_HOME/strongback, not read yet; %NULL with
 *   @error set only for a broken build
 */
SbContext *
sb_context_new_default (GSettings  *settings,
                        GError    **error)
{
  g_autoptr(SbCatalog) catalog = NULL;
  g_autoptr(SbRoutineStore) routines = NULL;
  g_autoptr(SbHistoryStore) history = NULL;
  g_autoptr(SbWorkoutJournal) journal = NULL;
  g_autoptr(SbDemoLibrary) demos = NULL;
  g_autofree char *folder = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  catalog = sb_content_load_catalog (error);
  if (catalog == NULL)
    return NULL;

  /* the history may have been moved to a folder of the user's choosing */
  folder = g_settings_get_string (settings, "history-folder");
  if (folder[0] != '\0' && g_path_is_absolute (folder))
    {
      g_autoptr(GFile) directory = g_file_new_for_path (folder);
      history = sb_history_store_new (directory);
    }
  else
    history = sb_history_store_new_default ();

  routines = sb_routine_store_new_default (catalog);
  journal = sb_workout_journal_new_default ();
  demos = sb_demo_library_new_default (catalog);

  return sb_context_new (catalog, routines, history, journal, demos, settings);
}

SbCatalog *
sb_context_get_catalog (SbContext *self)
{
  g_return_val_if_fail (SB_IS_CONTEXT (self), NULL);
  return self->catalog;
}

SbRoutineStore *
sb_context_get_routines (SbContext *self)
{
  g_return_val_if_fail (SB_IS_CONTEXT (self), NULL);
  return self->routines;
}

SbHistoryStore *
sb_context_get_history (SbContext *self)
{
  g_return_val_if_fail (SB_IS_CONTEXT (self), NULL);
  return self->history;
}

SbWorkoutJournal *
sb_context_get_journal (SbContext *self)
{
  g_return_val_if_fail (SB_IS_CONTEXT (self), NULL);
  return self->journal;
}

SbDemoLibrary *
sb_context_get_demos (SbContext *self)
{
  g_return_val_if_fail (SB_IS_CONTEXT (self), NULL);
  return self->demos;
}

GSettings *
sb_context_get_settings (SbContext *self)
{
  g_return_val_if_fail (SB_IS_CONTEXT (self), NULL);
  return self->settings;
}

static void
notice (SbContext  *self,
        const char *text)
{
  g_signal_emit (self, signals[NOTICE], 0, text);
}

/* Loading ----------------------------------------------------------------- */

static void
set_unfinished (SbContext *self,
                SbSession *session)
{
  if (g_set_object (&self->unfinished, session))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNFINISHED]);
}

static void
journal_loaded (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SbContext) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = NULL;

  session = sb_workout_journal_load_finish (SB_WORKOUT_JOURNAL (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    notice (self, error->message);
  /* one started meanwhile has taken the journal's place */
  else if (session != NULL && self->workout == NULL)
    set_unfinished (self, session);
}

static void
routines_loaded (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SbContext) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_routine_store_load_finish (SB_ROUTINE_STORE (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_warning ("Could not read your routines: %s", error->message);
    }

  /* an unfinished workout may be of one of the user's routines */
  sb_workout_journal_load_async (self->journal, self->cancellable, journal_loaded, g_object_ref (self));
}

static void
history_loaded (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* a folder that cannot be opened shows as an empty history; say why */
  if (!sb_history_store_load_finish (SB_HISTORY_STORE (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("%s", error->message);
}

static void
demos_loaded (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* the demonstrations still show; the person's own videos are missing */
  if (!sb_demo_library_load_finish (SB_DEMO_LIBRARY (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not read your own videos: %s", error->message);
}

/**
 * sb_context_load:
 *
 * Reads the user's routines, history and videos in the background, then
 * the journal: a workout left unfinished becomes #SbContext:unfinished.
 */
void
sb_context_load (SbContext *self)
{
  g_return_if_fail (SB_IS_CONTEXT (self));

  /* the window and the reminders may both ask */
  if (self->loading)
    return;
  self->loading = TRUE;

  sb_routine_store_load_async (self->routines, self->cancellable, routines_loaded, g_object_ref (self));
  sb_history_store_load_async (self->history, self->cancellable, history_loaded, NULL);
  sb_demo_library_load_async (self->demos, self->cancellable, demos_loaded, NULL);
}

/**
 * sb_context_get_reminders:
 *
 * Returns: (transfer none) (nullable): the reminders of the application,
 *   for Preferences to say what they can and cannot do
 */
SbReminders *
sb_context_get_reminders (SbContext *self)
{
  g_return_val_if_fail (SB_IS_CONTEXT (self), NULL);
  return self->reminders;
}

/* The reminders hold the context: the context only points back. */
void
sb_context_set_reminders (SbContext   *self,
                          SbReminders *reminders)
{
  g_return_if_fail (SB_IS_CONTEXT (self));

  g_set_weak_pointer (&self->reminders, reminders);
}

/* Workouts ---------------------------------------------------------------- */

/**
 * sb_context_get_workout:
 *
 * Returns: (transfer none) (nullable): the workout started last, until
 *   sb_context_end_workout(); it may be finished already
 */
SbWorkoutSession *
sb_context_get_workout (SbContext *self)
{
  g_return_val_if_fail (SB_IS_CONTEXT (self), NULL);
  return self->workout;
}

static void
on_journal_failed (SbContext    *self,
                   const GError *error)
{
  notice (self, error->message);
}

static SbWorkoutSession *
set_workout (SbContext       *self,
             SbWorkoutRunner *runner)
{
  g_autoptr(SbWorkoutSession) workout = sb_workout_session_new (self->history, self->journal, runner);

  if (self->workout != NULL)
    g_signal_handlers_disconnect_by_data (self->workout, self);
  g_set_object (&self->workout, workout);
  g_signal_connect_object (workout, "journal-failed", G_CALLBACK (on_journal_failed), self, G_CONNECT_SWAPPED);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKOUT]);

  return self->workout;
}

static void
unfinished_kept (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SbContext) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_history_store_save_finish (SB_HISTORY_STORE (object), result, &error))
    notice (self, error->message);
  else
    notice (self, _("Your unfinished workout was kept in History"));
}

/**
 * sb_context_start_workout:
 *
 * Gets a workout of @routine ready (it waits for the pain before). A
 * workout left unfinished is kept in the history first: this one takes its
 * place in the journal. A workout under way is never replaced.
 *
 * Returns: (transfer none) (nullable): the workout, or %NULL when one is
 *   under way
 */
SbWorkoutSession *
sb_context_start_workout (SbContext *self,
                          SbRoutine *routine)
{
  g_autoptr(SbWorkoutRunner) runner = NULL;

  g_return_val_if_fail (SB_IS_CONTEXT (self), NULL);
  g_return_val_if_fail (SB_IS_ROUTINE (routine), NULL);

  if (self->workout != NULL && sb_workout_session_get_active (self->workout))
    return NULL;

  /* saved from memory: the file on disk is about to be overwritten */
  if (self->unfinished != NULL)
    {
      sb_history_store_save_async (self->history, self->unfinished, NULL, unfinished_kept, g_object_ref (self));
      set_unfinished (self, NULL);
    }

  /* what “Start Today’s Routine” starts next time; a desk break is
   * done between workouts, not instead of them */
  if (g_strcmp0 (sb_routine_get_place (routine), "desk") != 0)
    g_settings_set_string (self->settings, "last-routine", sb_routine_get_id (routine));

  runner = sb_workout_runner_new (routine);
  return set_workout (self, runner);
}

/**
 * sb_context_end_workout:
 *
 * Lets the workout go once it is over and its summary seen.
 */
void
sb_context_end_workout (SbContext *self)
{
  g_return_if_fail (SB_IS_CONTEXT (self));

  if (self->workout == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->workout, self);
  g_clear_object (&self->workout);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKOUT]);
}

/**
 * sb_context_get_unfinished:
 *
 * Returns: (transfer none) (nullable): a workout found in the journal at
 *   start (the app was closed or crashed), not yet resumed, kept or
 *   discarded
 */
SbSession *
sb_context_get_unfinished (SbContext *self)
{
  g_return_val_if_fail (SB_IS_CONTEXT (self), NULL);
  return self->unfinished;
}

/**
 * sb_context_resume_unfinished:
 *
 * Goes on with the unfinished workout, paused at its next set.
 *
 * Returns: (transfer none) (nullable): the workout, or %NULL when its
 *   routine changed or is gone, so that it cannot go on
 */
SbWorkoutSession *
sb_context_resume_unfinished (SbContext *self)
{
  g_autoptr(SbWorkoutRunner) runner = NULL;
  SbRoutine *routine;

  g_return_val_if_fail (SB_IS_CONTEXT (self), NULL);

  if (self->unfinished == NULL || (self->workout != NULL && sb_workout_session_get_active (self->workout)))
    return NULL;

  routine = sb_catalog_lookup_routine (self->catalog, sb_session_get_routine_id (self->unfinished));
  if (routine != NULL)
    runner = sb_workout_runner_new_resumed (routine, self->unfinished, NULL);
  if (runner == NULL)
    return NULL;

  set_unfinished (self, NULL);
  return set_workout (self, runner);
}

static void
unfinished_saved (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SbContext) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_history_store_save_finish (SB_HISTORY_STORE (object), result, &error))
    {
      notice (self, error->message);
      return;
    }

  sb_workout_journal_discard_async (self->journal, NULL, NULL, NULL);
  notice (self, _("Your unfinished workout was kept in History"));
}

/**
 * sb_context_keep_unfinished:
 *
 * Keeps the sets of the unfinished workout in the history, then lets the
 * journal go.
 */
void
sb_context_keep_unfinished (SbContext *self)
{
  g_return_if_fail (SB_IS_CONTEXT (self));

  if (self->unfinished == NULL)
    return;

  sb_history_store_save_async (self->history, self->unfinished, NULL, unfinished_saved, g_object_ref (self));
  set_unfinished (self, NULL);
}

/**
 * sb_context_discard_unfinished:
 *
 * Throws the unfinished workout away.
 */
void
sb_context_discard_unfinished (SbContext *self)
{
  g_return_if_fail (SB_IS_CONTEXT (self));

  if (self->unfinished == NULL)
    return;

  sb_workout_journal_discard_async (self->journal, NULL, NULL, NULL);
  set_unfinished (self, NULL);
}

/* Moving the history ---------------------------------------------------- */

static void
history_reloaded (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_history_store_load_finish (SB_HISTORY_STORE (object), result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
history_copied (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SbContext *self = g_task_get_source_object (task);
  GFile *folder = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autofree char *path = g_file_get_path (folder);
  g_autoptr(GError) error = NULL;

  /* only a complete, checked copy is switched to */
  if (!sb_backup_copy_folder_finish (result, NULL, &error) ||
      !sb_history_store_set_directory (self->history, folder, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_settings_set_string (self->settings, "history-folder", path);
  sb_history_store_load_async (self->history, cancellable, history_reloaded, g_steal_pointer (&task));
}

/**
 * sb_context_move_history_async:
 * @folder: the history's new folder
 *
 * Copies the history into @folder, checks the copy, then uses it and
 * remembers it. The old folder is left as it was.
 */
void
sb_context_move_history_async (SbContext           *self,
                               GFile               *folder,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SB_IS_CONTEXT (self));
  g_return_if_fail (G_IS_FILE (folder));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_context_move_history_async);
  g_task_set_task_data (task, g_object_ref (folder), g_object_unref);

  if (g_file_equal (folder, sb_history_store_get_directory (self->history)))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  sb_backup_copy_folder_async (sb_history_store_get_directory (self->history), folder, cancellable,
                               history_copied, g_steal_pointer (&task));
}

gboolean
sb_context_move_history_finish (SbContext     *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The rest --------------------------------------------------------------- */

static void
sb_context_dispose (GObject *object)
{
  SbContext *self = SB_CONTEXT (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_weak_pointer (&self->reminders);
  if (self->workout != NULL)
    g_signal_handlers_disconnect_by_data (self->workout, self);
  g_clear_object (&self->workout);
  g_clear_object (&self->unfinished);
  /* the catalog would keep the routine store, and the store the catalog's
   * exercises, alive */
  if (self->catalog != NULL)
    sb_catalog_set_user_routines (self->catalog, NULL);
  g_clear_object (&self->catalog);
  g_clear_object (&self->routines);
  g_clear_object (&self->history);
  g_clear_object (&self->journal);
  g_clear_object (&self->demos);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sb_context_parent_class)->dispose (object);
}

static void
sb_context_finalize (GObject *object)
{
  SbContext *self = SB_CONTEXT (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (sb_context_parent_class)->finalize (object);
}

static void
sb_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SbContext *self = SB_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_WORKOUT:
      g_value_set_object (value, self->workout);
      break;
    case PROP_UNFINISHED:
      g_value_set_object (value, self->unfinished);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_context_class_init (SbContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_context_dispose;
  object_class->finalize = sb_context_finalize;
  object_class->get_property = sb_context_get_property;

  properties[PROP_WORKOUT] =
    g_param_spec_object ("workout", NULL, NULL, SB_TYPE_WORKOUT_SESSION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNFINISHED] =
    g_param_spec_object ("unfinished", NULL, NULL, SB_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[NOTICE] =
    g_signal_new ("notice", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sb_context_init (SbContext *self)
{
  self->cancellable = g_cancellable_new ();
}
