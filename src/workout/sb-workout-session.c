/* sb-workout-session.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One guided workout as it runs: its SbWorkoutRunner, the clock that ticks
 * it, and what is kept of it. Whoever drives the runner (the workout page,
 * a test) need not save anything: this follows the runner and
 *
 * - ticks it while a set or a rest counts down, and only then;
 * - writes the workout in progress to the journal as soon as it starts and
 *   whenever its sets change, so that a crash loses at most the set under
 *   way;
 * - saves the finished session to the history, and only once that is done
 *   discards the journal (#SbWorkoutSession:saved; on failure
 *   #SbWorkoutSession:save-error, and sb_workout_session_retry_save());
 * - discards the journal when the workout is given up.
 *
 * No GTK: the window and the background service share it.
 */

#define G_LOG_DOMAIN "sb-workout-session"

#include "config.h"

#include "sb-workout-session.h"

/* Often enough that a countdown never shows a second late. */
#define TICK_INTERVAL_MS 250

struct _SbWorkoutSession
{
  GObject           parent_instance;

  SbHistoryStore   *history;
  SbWorkoutJournal *journal;
  SbWorkoutRunner  *runner;
  SbSession        *watched;     /* the runner's session, once it has one */
  GCancellable     *cancellable;
  guint             timer;
  gboolean          saved;
  gboolean          saving;
  GError           *save_error;
};

G_DEFINE_FINAL_TYPE (SbWorkoutSession, sb_workout_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_JOURNAL,
  PROP_RUNNER,
  PROP_ACTIVE,
  PROP_SAVED,
  PROP_SAVE_ERROR,
  N_PROPS
};

enum {
  JOURNAL_FAILED,   /* (GError *error): the workout in progress could not be written */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * sb_workout_session_new:
 * @runner: a runner not started yet, or resumed from the journal
 *
 * Returns: (transfer full): the workout, kept in @journal as it goes and in
 *   @history once finished
 */
SbWorkoutSession *
sb_workout_session_new (SbHistoryStore   *history,
                        SbWorkoutJournal *journal,
                        SbWorkoutRunner  *runner)
{
  g_return_val_if_fail (SB_IS_HISTORY_STORE (history), NULL);
  g_return_val_if_fail (SB_IS_WORKOUT_JOURNAL (journal), NULL);
  g_return_val_if_fail (SB_IS_WORKOUT_RUNNER (runner), NULL);

  return g_object_new (SB_TYPE_WORKOUT_SESSION,
                       "history", history,
                       "journal", journal,
                       "runner", runner,
                       NULL);
}

SbWorkoutRunner *
sb_workout_session_get_runner (SbWorkoutSession *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_SESSION (self), NULL);
  return self->runner;
}

SbRoutine *
sb_workout_session_get_routine (SbWorkoutSession *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_SESSION (self), NULL);
  return sb_workout_runner_get_routine (self->runner);
}

/**
 * sb_workout_session_get_session:
 *
 * Returns: (transfer none) (nullable): what has been done so far, once
 *   started
 */
SbSession *
sb_workout_session_get_session (SbWorkoutSession *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_SESSION (self), NULL);
  return sb_workout_runner_get_session (self->runner);
}

/**
 * sb_workout_session_get_active:
 *
 * Returns: whether the workout is under way: neither finished nor given up
 */
gboolean
sb_workout_session_get_active (SbWorkoutSession *self)
{
  SbWorkoutState state;

  g_return_val_if_fail (SB_IS_WORKOUT_SESSION (self), FALSE);

  state = sb_workout_runner_get_state (self->runner);
  return state != SB_WORKOUT_FINISHED && state != SB_WORKOUT_ABANDONED;
}

/**
 * sb_workout_session_get_saved:
 *
 * Returns: whether the finished session is safely in the history
 */
gboolean
sb_workout_session_get_saved (SbWorkoutSession *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_SESSION (self), FALSE);
  return self->saved;
}

/**
 * sb_workout_session_get_save_error:
 *
 * Returns: (nullable): why the finished session is not in the history yet
 */
const GError *
sb_workout_session_get_save_error (SbWorkoutSession *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_SESSION (self), NULL);
  return self->save_error;
}

/**
 * sb_workout_session_set_clock:
 * @clock: (nullable): the clock of the runner; %NULL for the real one.
 *   Tests use it to let time pass at once.
 */
void
sb_workout_session_set_clock (SbWorkoutSession *self,
                              SbClockFunc       clock,
                              gpointer          user_data)
{
  g_return_if_fail (SB_IS_WORKOUT_SESSION (self));
  sb_workout_runner_set_clock (self->runner, clock, user_data);
}

/* Time passing ----------------------------------------------------------- */

static gboolean
on_timer (gpointer user_data)
{
  SbWorkoutSession *self = user_data;

  sb_workout_runner_tick (self->runner);
  return G_SOURCE_CONTINUE;
}

/* A timer only while something counts down: a paused or finished workout
 * costs nothing. */
static void
update_timer (SbWorkoutSession *self)
{
  SbWorkoutState state = sb_workout_runner_get_state (self->runner);
  gboolean needed = state == SB_WORKOUT_EXERCISING || state == SB_WORKOUT_RESTING;

  if (needed && self->timer == 0)
    {
      self->timer = g_timeout_add (TICK_INTERVAL_MS, on_timer, self);
      g_source_set_static_name (g_main_context_find_source_by_id (NULL, self->timer), "[strongback] workout tick");
    }
  else if (!needed)
    g_clear_handle_id (&self->timer, g_source_remove);
}

/* Keeping it ----------------------------------------------------------- */

static void
journal_saved (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SbWorkoutSession) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_workout_journal_save_finish (SB_WORKOUT_JOURNAL (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_signal_emit (self, signals[JOURNAL_FAILED], 0, error);
}

static void
save_progress (SbWorkoutSession *self)
{
  SbSession *session = sb_workout_runner_get_session (self->runner);

  if (session != NULL)
    sb_workout_journal_save_async (self->journal, session, self->cancellable,
                                   journal_saved, g_object_ref (self));
}

static void
journal_discarded (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!sb_workout_journal_discard_finish (SB_WORKOUT_JOURNAL (object), result, &error))
    g_warning ("%s", error->message);
}

static void
set_save_error (SbWorkoutSession *self,
                GError           *error)
{
  if (self->save_error == NULL && error == NULL)
    return;

  g_clear_error (&self->save_error);
  self->save_error = error;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
}

static void
history_saved (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SbWorkoutSession) self = user_data;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  if (!sb_history_store_save_finish (SB_HISTORY_STORE (object), result, &error))
    {
      set_save_error (self, g_steal_pointer (&error));
      return;
    }

  /* only now may the workout in progress go: the session is safe */
  self->saved = TRUE;
  sb_workout_journal_discard_async (self->journal, NULL, journal_discarded, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVED]);
}

static void
save_to_history (SbWorkoutSession *self)
{
  if (self->saved || self->saving)
    return;

  self->saving = TRUE;
  set_save_error (self, NULL);
  /* not cancelled with the workout: a finished session is always kept */
  sb_history_store_save_async (self->history, sb_workout_runner_get_session (self->runner),
                               NULL, history_saved, g_object_ref (self));
}

/**
 * sb_workout_session_retry_save:
 *
 * Tries again to save a finished session the history refused.
 */
void
sb_workout_session_retry_save (SbWorkoutSession *self)
{
  g_return_if_fail (SB_IS_WORKOUT_SESSION (self));
  g_return_if_fail (sb_workout_runner_get_state (self->runner) == SB_WORKOUT_FINISHED);

  save_to_history (self);
}

/* The runner's signals ------------------------------------------------- */

static void
on_n_sets_changed (SbWorkoutSession *self)
{
  SbWorkoutState state = sb_workout_runner_get_state (self->runner);

  if (state != SB_WORKOUT_FINISHED && state != SB_WORKOUT_ABANDONED)
    save_progress (self);
}

/* Each set done, skipped or taken back goes to the journal. */
static gboolean
watch_session (SbWorkoutSession *self)
{
  SbSession *session = sb_workout_runner_get_session (self->runner);

  if (session == NULL || session == self->watched)
    return FALSE;

  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_data (self->watched, self);
  g_set_object (&self->watched, session);
  g_signal_connect_object (session, "notify::n-sets", G_CALLBACK (on_n_sets_changed),
                           self, G_CONNECT_SWAPPED);
  return TRUE;
}

static void
on_state_changed (SbWorkoutSession *self,
                  SbWorkoutState    state)
{
  update_timer (self);

  if (state == SB_WORKOUT_ABANDONED)
    {
      g_cancellable_cancel (self->cancellable);
      sb_workout_journal_discard_async (self->journal, NULL, journal_discarded, NULL);
    }
  /* saved at once: a crash before the first set still finds the workout */
  else if (watch_session (self))
    save_progress (self);

  if (state == SB_WORKOUT_FINISHED || state == SB_WORKOUT_ABANDONED)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

static void
on_finished (SbWorkoutSession *self)
{
  save_to_history (self);
}

/* The rest --------------------------------------------------------------- */

static void
sb_workout_session_constructed (GObject *object)
{
  SbWorkoutSession *self = SB_WORKOUT_SESSION (object);

  G_OBJECT_CLASS (sb_workout_session_parent_class)->constructed (object);

  g_signal_connect_object (self->runner, "state-changed", G_CALLBACK (on_state_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->runner, "finished", G_CALLBACK (on_finished), self, G_CONNECT_SWAPPED);

  /* a resumed workout is in the journal already: from now on, its changes */
  watch_session (self);
  update_timer (self);
}

static void
sb_workout_session_dispose (GObject *object)
{
  SbWorkoutSession *self = SB_WORKOUT_SESSION (object);

  g_clear_handle_id (&self->timer, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  if (self->runner != NULL)
    g_signal_handlers_disconnect_by_data (self->runner, self);
  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_data (self->watched, self);
  g_clear_object (&self->watched);

  g_clear_object (&self->runner);
  g_clear_object (&self->history);
  g_clear_object (&self->journal);

  G_OBJECT_CLASS (sb_workout_session_parent_class)->dispose (object);
}

static void
sb_workout_session_finalize (GObject *object)
{
  SbWorkoutSession *self = SB_WORKOUT_SESSION (object);

  g_clear_object (&self->cancellable);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (sb_workout_session_parent_class)->finalize (object);
}

static void
sb_workout_session_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SbWorkoutSession *self = SB_WORKOUT_SESSION (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;
    case PROP_RUNNER:
      g_value_set_object (value, self->runner);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, sb_workout_session_get_active (self));
      break;
    case PROP_SAVED:
      g_value_set_boolean (value, self->saved);
      break;
    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_workout_session_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SbWorkoutSession *self = SB_WORKOUT_SESSION (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;
    case PROP_JOURNAL:
      self->journal = g_value_dup_object (value);
      break;
    case PROP_RUNNER:
      self->runner = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_workout_session_class_init (SbWorkoutSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sb_workout_session_constructed;
  object_class->dispose = sb_workout_session_dispose;
  object_class->finalize = sb_workout_session_finalize;
  object_class->get_property = sb_workout_session_get_property;
  object_class->set_property = sb_workout_session_set_property;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, SB_TYPE_HISTORY_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, SB_TYPE_WORKOUT_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNER] =
    g_param_spec_object ("runner", NULL, NULL, SB_TYPE_WORKOUT_RUNNER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVED] =
    g_param_spec_boolean ("saved", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVE_ERROR] =
    g_param_spec_boxed ("save-error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[JOURNAL_FAILED] =
    g_signal_new ("journal-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
sb_workout_session_init (SbWorkoutSession *self)
{
  self->cancellable = g_cancellable_new ();
}
