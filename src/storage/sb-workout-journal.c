/* sb-workout-journal.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The workout in progress, kept on disk so that a crash, a power cut or a
 * closed window loses no finished set: the guided workout saves its session
 * here after every set (an ordinary "strongback-session" file whose end is
 * the time worked so far), and discards it once the session is safely in
 * the history. At the next start, a file found here is offered for resuming.
 *
 * Writes run in worker threads in the order they were asked for: each
 * operation takes a number, and one that finds a later number already done
 * steps aside, so the file always ends up as the newest request left it.
 */

#define G_LOG_DOMAIN "sb-workout-journal"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sb-json.h"
#include "sb-session-codec.h"
#include "sb-workout-journal.h"

/* Shared with the workers: outlives the journal while a write is under way. */
typedef struct
{
  GMutex  lock;
  guint64 done;
} Sequencer;

struct _SbWorkoutJournal
{
  GObject    parent_instance;

  GFile     *file;
  Sequencer *sequencer;
  guint64    next;
};

G_DEFINE_FINAL_TYPE (SbWorkoutJournal, sb_workout_journal, G_TYPE_OBJECT)
G_DEFINE_QUARK (sb-workout-journal-error-quark, sb_workout_journal_error)

enum {
  PROP_0,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  OP_SAVE,
  OP_DISCARD,
  OP_LOAD,
} OpKind;

typedef struct
{
  OpKind     kind;
  guint64    number;
  char      *path;
  char      *data;
  Sequencer *sequencer;
  GTask     *task;       /* the caller's, completed on the main thread */
} Op;

static void
sequencer_clear (Sequencer *sequencer)
{
  g_mutex_clear (&sequencer->lock);
}

static void
op_free (Op *op)
{
  g_free (op->path);
  g_free (op->data);
  g_atomic_rc_box_release_full (op->sequencer, (GDestroyNotify) sequencer_clear);
  g_clear_object (&op->task);
  g_free (op);
}

/* Moves an unreadable file aside, so that it neither blocks every start
 * nor gets lost; returns the name it now has. */
static char *
set_aside (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H%M%SZ");
  g_autofree char *base = g_strndup (path, strlen (path) - strlen (".json"));
  char *aside = g_strdup_printf ("%s-%s.broken.json", base, stamp);

  if (g_rename (path, aside) != 0)
    g_warning ("Could not move “%s” aside: %s", path, g_strerror (errno));

  return aside;
}

static SbSession *
load_file (const char  *path,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *name = g_path_get_basename (path);
  SbSession *session;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return NULL;
    }
  else if ((session = sb_session_codec_read (name, data, length, &local_error)) != NULL)
    return session;

  aside = set_aside (path);
  g_set_error (error, SB_WORKOUT_JOURNAL_ERROR, SB_WORKOUT_JOURNAL_ERROR_READ,
               _("The workout you had not finished could not be read (%s). "
                 "The file was kept as “%s”."),
               local_error->message, aside);
  return NULL;
}

static void
op_thread (GTask        *worker,
           gpointer      source_object,
           gpointer      task_data,
           GCancellable *cancellable)
{
  Op *op = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMutexLocker) locker = NULL;

  if (op->kind == OP_LOAD)
    {
      SbSession *session = load_file (op->path, &error);

      if (error != NULL)
        g_task_return_error (worker, g_steal_pointer (&error));
      else
        g_task_return_pointer (worker, session, g_object_unref);
      return;
    }

  locker = g_mutex_locker_new (&op->sequencer->lock);

  /* a later request has already left the file as it should be */
  if (op->number < op->sequencer->done)
    {
      g_task_return_boolean (worker, TRUE);
      return;
    }

  if (op->kind == OP_SAVE)
    {
      g_autoptr(GFile) file = g_file_new_for_path (op->path);

      if (!sb_json_write_atomic (file, op->data, strlen (op->data), &error))
        {
          g_task_return_new_error (worker, SB_WORKOUT_JOURNAL_ERROR, SB_WORKOUT_JOURNAL_ERROR_WRITE,
                                   _("Your workout could not be saved (%s). "
                                     "It is kept in memory and saved again after the next set."),
                                   error->message);
          return;
        }
    }
  else if (g_unlink (op->path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;

      g_task_return_new_error (worker, SB_WORKOUT_JOURNAL_ERROR, SB_WORKOUT_JOURNAL_ERROR_WRITE,
                               _("Could not remove “%s”: %s"), op->path, g_strerror (saved_errno));
      return;
    }

  op->sequencer->done = op->number;
  g_task_return_boolean (worker, TRUE);
}

static void
op_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(SbWorkoutJournal) self = user_data;
  Op *op = g_task_get_task_data (G_TASK (result));
  /* released here, on the main thread, with the journal it refers to */
  g_autoptr(GTask) task = g_steal_pointer (&op->task);
  g_autoptr(GError) error = NULL;

  if (op->kind == OP_LOAD)
    {
      SbSession *session = g_task_propagate_pointer (G_TASK (result), &error);

      if (error != NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, session, g_object_unref);
    }
  else if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/* Worker tasks carry no source object and the callback holds the journal:
 * a worker may drop the last task reference, and the journal must not be
 * finalized off the main thread. */
static void
run_op (SbWorkoutJournal    *self,
        OpKind               kind,
        char                *data,
        GCancellable        *cancellable,
        GAsyncReadyCallback  callback,
        gpointer             user_data,
        gpointer             source_tag)
{
  g_autoptr(GTask) worker = NULL;
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  op->number = ++self->next;
  op->path = g_file_get_path (self->file);
  op->data = data;
  op->sequencer = g_atomic_rc_box_acquire (self->sequencer);
  op->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (op->task, source_tag);

  worker = g_task_new (NULL, cancellable, op_done, g_object_ref (self));
  g_task_set_task_data (worker, op, (GDestroyNotify) op_free);
  g_task_run_in_thread (worker, op_thread);
}

SbWorkoutJournal *
sb_workout_journal_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (SB_TYPE_WORKOUT_JOURNAL, "file", file, NULL);
}

/**
 * sb_workout_journal_new_default:
 *
 * Returns: (transfer full): the journal in
 *   $XDG_DATA_HOME/strongback/workout-in-progress.json, beside the history
 */
SbWorkoutJournal *
sb_workout_journal_new_default (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "strongback",
                                            "workout-in-progress.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return sb_workout_journal_new (file);
}

GFile *
sb_workout_journal_get_file (SbWorkoutJournal *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_JOURNAL (self), NULL);
  return self->file;
}

/**
 * sb_workout_journal_save_async:
 *
 * Writes @session as it is now, atomically. The text is taken at once, so
 * the session may change while the write runs.
 */
void
sb_workout_journal_save_async (SbWorkoutJournal    *self,
                               SbSession           *session,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (SB_IS_WORKOUT_JOURNAL (self));
  g_return_if_fail (SB_IS_SESSION (session));

  run_op (self, OP_SAVE, sb_session_codec_write (session), cancellable, callback, user_data,
          sb_workout_journal_save_async);
}

gboolean
sb_workout_journal_save_finish (SbWorkoutJournal  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sb_workout_journal_discard_async:
 *
 * Removes the workout in progress: it was finished into the history, or
 * given up. Saves asked for before are not written after it.
 */
void
sb_workout_journal_discard_async (SbWorkoutJournal    *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (SB_IS_WORKOUT_JOURNAL (self));

  run_op (self, OP_DISCARD, NULL, cancellable, callback, user_data, sb_workout_journal_discard_async);
}

gboolean
sb_workout_journal_discard_finish (SbWorkoutJournal  *self,
                                   GAsyncResult      *result,
                                   GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * sb_workout_journal_load_async:
 *
 * Reads the workout left unfinished, if any. A file that cannot be read is
 * moved aside, intact, and reported.
 */
void
sb_workout_journal_load_async (SbWorkoutJournal    *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (SB_IS_WORKOUT_JOURNAL (self));

  run_op (self, OP_LOAD, NULL, cancellable, callback, user_data, sb_workout_journal_load_async);
}

/**
 * sb_workout_journal_load_finish:
 *
 * Returns: (transfer full) (nullable): the unfinished workout's session, or
 *   %NULL with no error when there is none
 */
SbSession *
sb_workout_journal_load_finish (SbWorkoutJournal  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
sb_workout_journal_finalize (GObject *object)
{
  SbWorkoutJournal *self = SB_WORKOUT_JOURNAL (object);

  g_clear_object (&self->file);
  g_atomic_rc_box_release_full (self->sequencer, (GDestroyNotify) sequencer_clear);

  G_OBJECT_CLASS (sb_workout_journal_parent_class)->finalize (object);
}

static void
sb_workout_journal_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SbWorkoutJournal *self = SB_WORKOUT_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_workout_journal_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SbWorkoutJournal *self = SB_WORKOUT_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_workout_journal_class_init (SbWorkoutJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sb_workout_journal_finalize;
  object_class->get_property = sb_workout_journal_get_property;
  object_class->set_property = sb_workout_journal_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_workout_journal_init (SbWorkoutJournal *self)
{
  self->sequencer = g_atomic_rc_box_new0 (Sequencer);
  g_mutex_init (&self->sequencer->lock);
}
