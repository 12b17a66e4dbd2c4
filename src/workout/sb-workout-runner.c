/* sb-workout-runner.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The guided workout as a state machine over a routine, without GTK: it
 * knows which exercise and set come next, counts timed sets and rests down,
 * and records every set into an SbSession. Time comes from an injectable
 * monotonic clock and only moves on sb_workout_runner_tick(), so tests run
 * without waiting, and pauses, suspend or wall-clock changes cannot bend it.
 *
 * Every transition is a signal: ::state-changed (and "state"),
 * ::step-changed, ::set-completed, ::rest-started, ::tick, ::cue and
 * ::finished. A session saved part-way (its end is the time worked so far)
 * can be picked up again with sb_workout_runner_new_resumed().
 */

#define G_LOG_DOMAIN "sb-workout-runner"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-workout-runner.h"

struct _SbWorkoutRunner
{
  GObject         parent_instance;

  SbRoutine      *routine;
  SbSession      *session;
  GArray         *n_sets;          /* guint per step: its dose's sets, plus any added */
  SbClockFunc     clock;
  gpointer        clock_data;

  SbWorkoutState  state;
  SbWorkoutState  paused_state;
  guint           step;
  guint           set;
  gint64          phase_start;     /* when the current set or rest began */
  gint64          phase_length;    /* its length, for timed sets and rests; 0 otherwise */
  gint64          paused_at;
  gint64          paused_total;
  gint64          started_at;
  int             last_remaining;
};

G_DEFINE_FINAL_TYPE (SbWorkoutRunner, sb_workout_runner, G_TYPE_OBJECT)
G_DEFINE_QUARK (sb-workout-runner-error-quark, sb_workout_runner_error)

/* Countdowns shorter than this get no 3-2-1: it would beep through them. */
#define MIN_COUNTDOWN_FOR_CUES 5

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

enum {
  STATE_CHANGED,   /* (SbWorkoutState state): after "state" changed */
  STEP_CHANGED,    /* (guint step, guint set): the set now due */
  SET_COMPLETED,   /* (SbSetRecord *record): a set was done or skipped */
  REST_STARTED,    /* (int seconds) */
  TICK,            /* (int remaining): a countdown moved on a whole second */
  CUE,             /* (SbWorkoutCue cue): time for a sound */
  FINISHED,        /* (SbSession *session): the session is final */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gint64
real_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
now (SbWorkoutRunner *self)
{
  return self->clock (self->clock_data);
}

static const SbDose *
current_dose (SbWorkoutRunner *self)
{
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (self->routine), self->step);

  /* the step is owned by the routine, which outlives the runner's use */
  return sb_routine_step_get_dose (step);
}

static guint
n_steps (SbWorkoutRunner *self)
{
  return g_list_model_get_n_items (sb_routine_get_steps (self->routine));
}

static void
set_state (SbWorkoutRunner *self,
           SbWorkoutState   state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
  g_signal_emit (self, signals[STATE_CHANGED], 0, state);
}

/* The set at (step, set) begins: timed sets start their countdown. */
static void
begin_set (SbWorkoutRunner *self)
{
  const SbDose *dose = current_dose (self);

  self->phase_start = now (self);
  self->phase_length = dose->kind == SB_DOSE_KIND_TIME ? dose->seconds * G_USEC_PER_SEC : 0;
  self->last_remaining = -1;
  set_state (self, SB_WORKOUT_EXERCISING);
  g_signal_emit (self, signals[STEP_CHANGED], 0, self->step, self->set);
}

/* Moves to the next set, through a rest when the dose has one. */
static void
advance (SbWorkoutRunner *self,
         int              rest_seconds)
{
  if (self->set + 1 < g_array_index (self->n_sets, guint, self->step))
    self->set++;
  else if (self->step + 1 < n_steps (self))
    {
      self->step++;
      self->set = 0;
    }
  else
    {
      set_state (self, SB_WORKOUT_COMPLETE);
      return;
    }

  if (rest_seconds > 0)
    {
      self->phase_start = now (self);
      self->phase_length = rest_seconds * G_USEC_PER_SEC;
      self->last_remaining = -1;
      set_state (self, SB_WORKOUT_RESTING);
      g_signal_emit (self, signals[REST_STARTED], 0, rest_seconds);
    }
  else
    begin_set (self);
}

static gint64 paused_now (SbWorkoutRunner *self);

/* Whole seconds of the current phase so far, capped at its length. */
static int
elapsed_seconds (SbWorkoutRunner *self)
{
  gint64 elapsed = MAX (paused_now (self) - self->phase_start, 0);

  if (self->phase_length > 0)
    elapsed = MIN (elapsed, self->phase_length);

  return (int) ((elapsed + G_USEC_PER_SEC / 2) / G_USEC_PER_SEC);
}

/* The session's end is its start plus the time worked: kept up to date
 * after every set, so that a session saved part-way says how long it ran. */
static void
update_end_time (SbWorkoutRunner *self)
{
  g_autoptr(GDateTime) end = g_date_time_add (sb_session_get_start_time (self->session),
                                              sb_workout_runner_get_active_time (self));

  sb_session_set_end_time (self->session, end);
}

static void
record (SbWorkoutRunner   *self,
        const SbSetRecord *actual,
        gboolean           skipped)
{
  const SbDose *dose = current_dose (self);
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (self->routine), self->step);
  const char *exercise = sb_exercise_get_id (sb_routine_step_get_exercise (step));
  g_autoptr(SbSetRecord) done = actual ? sb_set_record_copy (actual) : sb_set_record_new (exercise);

  /* what was planned, where the person did not say otherwise; a timed set
   * ended early counts the time it really lasted */
  if (dose->kind == SB_DOSE_KIND_TIME && done->seconds < 0)
    done->seconds = skipped ? dose->seconds : elapsed_seconds (self);
  else if (dose->kind == SB_DOSE_KIND_REPS && done->reps < 0)
    done->reps = dose->reps;
  if (done->load_kg < 0 && dose->load_kg > 0)
    done->load_kg = dose->load_kg;
  if (done->incline_percent < 0 && dose->incline_min >= 0)
    done->incline_percent = dose->incline_min;
  g_free (done->exercise_id);
  done->exercise_id = g_strdup (exercise);
  done->skipped = skipped;

  sb_session_add_set (self->session, done);
  update_end_time (self);
  g_signal_emit (self, signals[SET_COMPLETED], 0, done);
}

SbWorkoutRunner *
sb_workout_runner_new (SbRoutine *routine)
{
  SbWorkoutRunner *self;

  g_return_val_if_fail (SB_IS_ROUTINE (routine), NULL);

  self = g_object_new (SB_TYPE_WORKOUT_RUNNER, NULL);
  self->routine = g_object_ref (routine);
  for (guint i = 0; i < n_steps (self); i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), i);
      guint sets = sb_routine_step_get_dose (step)->sets;

      g_array_append_val (self->n_sets, sets);
    }

  return self;
}

static const char *
step_exercise_id (SbRoutine *routine,
                  guint      index)
{
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), index);

  return step != NULL ? sb_exercise_get_id (sb_routine_step_get_exercise (step)) : NULL;
}

/**
 * sb_workout_runner_new_resumed:
 * @routine: the routine @session followed
 * @session: a session saved part-way, its end the time worked so far
 *
 * Picks a workout up where it was left: at the set after the last one
 * recorded, paused, so that the person resumes when ready. Sets added
 * during the workout count again as added.
 *
 * Returns: (transfer full) (nullable): the runner, or %NULL when the
 *   session's sets do not follow @routine (it was changed since)
 */
SbWorkoutRunner *
sb_workout_runner_new_resumed (SbRoutine  *routine,
                               SbSession  *session,
                               GError    **error)
{
  g_autoptr(SbWorkoutRunner) self = NULL;
  guint n_records, record = 0, steps;
  GDateTime *end;
  gint64 start;

  g_return_val_if_fail (SB_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (SB_IS_SESSION (session), NULL);

  self = sb_workout_runner_new (routine);
  n_records = sb_session_get_n_sets (session);
  steps = n_steps (self);

  /* Records follow positions one to one: walk the steps, taking each
   * step's records, and any beyond its plan while the next step is another
   * exercise (those were added sets). */
  for (self->step = 0; self->step < steps; self->step++)
    {
      const char *id = step_exercise_id (routine, self->step);
      const char *next = step_exercise_id (routine, self->step + 1);
      guint *planned = &g_array_index (self->n_sets, guint, self->step);
      guint taken = 0;

      while (record < n_records &&
             g_strcmp0 (sb_session_get_set (session, record)->exercise_id, id) == 0 &&
             (taken < *planned || g_strcmp0 (next, id) != 0))
        {
          taken++;
          record++;
        }
      *planned = MAX (*planned, taken);
      if (taken < *planned)
        {
          self->set = taken;
          break;
        }
    }

  if (record < n_records)
    {
      g_set_error (error, SB_WORKOUT_RUNNER_ERROR, SB_WORKOUT_RUNNER_ERROR_MISMATCH,
                   _("Set %u (%s) does not follow the steps of the routine “%s”"),
                   record + 1, sb_session_get_set (session, record)->exercise_id, sb_routine_get_id (routine));
      return NULL;
    }

  /* one reading of the clock, so that no time passes inside construction */
  start = now (self);
  self->session = g_object_ref (session);
  self->started_at = start;
  end = sb_session_get_end_time (session);
  if (end != NULL)
    self->started_at -= MAX (g_date_time_difference (end, sb_session_get_start_time (session)), 0);

  if (self->step == steps)
    {
      self->step = steps - 1;
      self->set = g_array_index (self->n_sets, guint, self->step);
      self->state = SB_WORKOUT_COMPLETE;
    }
  else
    {
      const SbDose *dose = current_dose (self);

      /* the set starts afresh on resume: a timed one counts down whole */
      self->phase_start = start;
      self->phase_length = dose->kind == SB_DOSE_KIND_TIME ? dose->seconds * G_USEC_PER_SEC : 0;
      self->last_remaining = -1;
      self->paused_state = SB_WORKOUT_EXERCISING;
      self->paused_at = start;
      self->state = SB_WORKOUT_PAUSED;
    }

  return g_steal_pointer (&self);
}

SbRoutine *
sb_workout_runner_get_routine (SbWorkoutRunner *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_RUNNER (self), NULL);
  return self->routine;
}

/**
 * sb_workout_runner_set_clock:
 * @clock: (nullable): monotonic microseconds; %NULL for the real one
 *
 * Times already taken move onto the new clock, so a runner can change
 * clocks at any point without time jumping.
 */
void
sb_workout_runner_set_clock (SbWorkoutRunner *self,
                             SbClockFunc      clock,
                             gpointer         user_data)
{
  gint64 before, shift;

  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  before = now (self);
  self->clock = clock ? clock : real_clock;
  self->clock_data = user_data;
  shift = now (self) - before;

  self->phase_start += shift;
  self->paused_at += shift;
  self->started_at += shift;
}

SbWorkoutState
sb_workout_runner_get_state (SbWorkoutRunner *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_RUNNER (self), SB_WORKOUT_READY);
  return self->state;
}

/**
 * sb_workout_runner_get_session:
 *
 * Returns: (transfer none) (nullable): the session being recorded, once started
 */
SbSession *
sb_workout_runner_get_session (SbWorkoutRunner *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_RUNNER (self), NULL);
  return self->session;
}

guint
sb_workout_runner_get_step (SbWorkoutRunner *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_RUNNER (self), 0);
  return self->step;
}

guint
sb_workout_runner_get_set (SbWorkoutRunner *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_RUNNER (self), 0);
  return self->set;
}

/**
 * sb_workout_runner_get_n_sets:
 *
 * Returns: how many sets the current exercise has, added ones included
 */
guint
sb_workout_runner_get_n_sets (SbWorkoutRunner *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_RUNNER (self), 0);
  return g_array_index (self->n_sets, guint, self->step);
}

/**
 * sb_workout_runner_get_current_step:
 *
 * Returns: (transfer full): the step under way or next
 */
SbRoutineStep *
sb_workout_runner_get_current_step (SbWorkoutRunner *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_RUNNER (self), NULL);
  return g_list_model_get_item (sb_routine_get_steps (self->routine), self->step);
}

static gint64
paused_now (SbWorkoutRunner *self)
{
  /* while paused, time stands still */
  return self->state == SB_WORKOUT_PAUSED ? self->paused_at : now (self);
}

/**
 * sb_workout_runner_get_remaining:
 *
 * Returns: whole seconds left of a timed set or a rest, rounded up; -1
 *   when nothing counts down
 */
int
sb_workout_runner_get_remaining (SbWorkoutRunner *self)
{
  gint64 left;

  g_return_val_if_fail (SB_IS_WORKOUT_RUNNER (self), -1);

  if (self->phase_length == 0 ||
      (self->state != SB_WORKOUT_EXERCISING && self->state != SB_WORKOUT_RESTING &&
       self->state != SB_WORKOUT_PAUSED))
    return -1;

  /* a clock that went back never makes a countdown longer than it was */
  left = self->phase_length - MAX (paused_now (self) - self->phase_start, 0);
  return (int) MAX ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC, 0);
}

/**
 * sb_workout_runner_get_active_time:
 *
 * Returns: microseconds since the start, pauses left out
 */
gint64
sb_workout_runner_get_active_time (SbWorkoutRunner *self)
{
  g_return_val_if_fail (SB_IS_WORKOUT_RUNNER (self), 0);

  if (self->state == SB_WORKOUT_READY)
    return 0;

  return MAX (paused_now (self) - self->started_at - self->paused_total, 0);
}

/**
 * sb_workout_runner_start:
 * @pain_before: lower-back pain from 0 to 10, or -1 when not given
 */
void
sb_workout_runner_start (SbWorkoutRunner *self,
                         int              pain_before)
{
  g_autoptr(GDateTime) wall = g_date_time_new_now_local ();

  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));
  g_return_if_fail (self->state == SB_WORKOUT_READY);

  self->session = sb_session_new (sb_routine_get_id (self->routine), sb_routine_get_name (self->routine), wall);
  sb_session_set_place (self->session, sb_routine_get_place (self->routine));
  sb_session_set_pain_before (self->session, pain_before);
  self->started_at = now (self);
  self->step = 0;
  self->set = 0;
  begin_set (self);
}

/**
 * sb_workout_runner_complete_set:
 * @actual: (nullable): what was done; %NULL, or members left at -1, for the plan
 */
void
sb_workout_runner_complete_set (SbWorkoutRunner   *self,
                                const SbSetRecord *actual)
{
  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state != SB_WORKOUT_EXERCISING)
    return;

  record (self, actual, FALSE);
  advance (self, current_dose (self)->rest_seconds);
}

/**
 * sb_workout_runner_end_rest:
 *
 * Ends a rest early: the next set begins now.
 */
void
sb_workout_runner_end_rest (SbWorkoutRunner *self)
{
  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state == SB_WORKOUT_RESTING)
    begin_set (self);
}

void
sb_workout_runner_skip_set (SbWorkoutRunner *self)
{
  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state != SB_WORKOUT_EXERCISING)
    return;

  record (self, NULL, TRUE);
  advance (self, 0);
}

/**
 * sb_workout_runner_skip_exercise:
 *
 * Records the exercise's remaining sets as skipped and moves to the next.
 */
void
sb_workout_runner_skip_exercise (SbWorkoutRunner *self)
{
  guint step;

  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state != SB_WORKOUT_EXERCISING && self->state != SB_WORKOUT_RESTING)
    return;

  step = self->step;
  set_state (self, SB_WORKOUT_EXERCISING);
  while (self->state == SB_WORKOUT_EXERCISING && self->step == step)
    {
      record (self, NULL, TRUE);
      if (self->set + 1 < g_array_index (self->n_sets, guint, self->step))
        self->set++;
      else
        advance (self, 0);
    }
}

/**
 * sb_workout_runner_previous:
 *
 * Goes back to the set before, taking its record back so it can be done again.
 */
void
sb_workout_runner_previous (SbWorkoutRunner *self)
{
  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state != SB_WORKOUT_EXERCISING && self->state != SB_WORKOUT_RESTING &&
      self->state != SB_WORKOUT_COMPLETE)
    return;

  if (sb_session_get_n_sets (self->session) == 0)
    return;

  /* Records follow positions one to one. Until the end, the position has
   * moved past the last record: step back onto it. */
  if (self->state != SB_WORKOUT_COMPLETE)
    {
      if (self->set > 0)
        self->set--;
      else
        {
          self->step--;
          self->set = g_array_index (self->n_sets, guint, self->step) - 1;
        }
    }

  sb_session_remove_last_set (self->session);
  begin_set (self);
}

void
sb_workout_runner_add_set (SbWorkoutRunner *self)
{
  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state == SB_WORKOUT_READY || self->state == SB_WORKOUT_FINISHED)
    return;

  g_array_index (self->n_sets, guint, self->step)++;
}

void
sb_workout_runner_pause (SbWorkoutRunner *self)
{
  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state != SB_WORKOUT_EXERCISING && self->state != SB_WORKOUT_RESTING)
    return;

  self->paused_state = self->state;
  self->paused_at = now (self);
  set_state (self, SB_WORKOUT_PAUSED);
}

void
sb_workout_runner_resume (SbWorkoutRunner *self)
{
  gint64 paused;

  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state != SB_WORKOUT_PAUSED)
    return;

  paused = now (self) - self->paused_at;
  self->paused_total += paused;
  self->phase_start += paused;
  set_state (self, self->paused_state);
}

void
sb_workout_runner_extend_rest (SbWorkoutRunner *self,
                               int              seconds)
{
  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state == SB_WORKOUT_RESTING)
    self->phase_length += (gint64) seconds * G_USEC_PER_SEC;
}

/**
 * sb_workout_runner_tick:
 *
 * Lets time pass: ends a timed set or a rest whose countdown ran out, and
 * emits ::tick when a countdown moves on a whole second. The UI calls it a
 * few times a second; tests call it after moving their clock.
 */
void
sb_workout_runner_tick (SbWorkoutRunner *self)
{
  int remaining;

  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state != SB_WORKOUT_EXERCISING && self->state != SB_WORKOUT_RESTING)
    return;

  remaining = sb_workout_runner_get_remaining (self);
  if (remaining < 0)
    return;

  if (remaining != self->last_remaining)
    {
      self->last_remaining = remaining;
      g_signal_emit (self, signals[TICK], 0, remaining);

      if (self->phase_length >= MIN_COUNTDOWN_FOR_CUES * G_USEC_PER_SEC)
        {
          if (remaining == 0)
            g_signal_emit (self, signals[CUE], 0, SB_WORKOUT_CUE_END);
          else if (remaining <= 3)
            g_signal_emit (self, signals[CUE], 0, SB_WORKOUT_CUE_COUNTDOWN);
        }
    }

  if (remaining == 0)
    {
      if (self->state == SB_WORKOUT_RESTING)
        begin_set (self);
      else
        sb_workout_runner_complete_set (self, NULL);
    }
}

/**
 * sb_workout_runner_finish:
 * @pain_after: lower-back pain from 0 to 10, or -1 when not given
 * @notes: (nullable): the person's notes
 *
 * Ends the workout, early or after the last set: the session is final.
 */
void
sb_workout_runner_finish (SbWorkoutRunner *self,
                          int              pain_after,
                          const char      *notes)
{
  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state == SB_WORKOUT_READY || self->state == SB_WORKOUT_FINISHED ||
      self->state == SB_WORKOUT_ABANDONED)
    return;

  /* the end is the start plus the time worked, whatever the wall clock did */
  update_end_time (self);
  sb_session_set_pain_after (self->session, pain_after);
  sb_session_set_notes (self->session, notes);

  set_state (self, SB_WORKOUT_FINISHED);
  g_signal_emit (self, signals[FINISHED], 0, self->session);
}

/**
 * sb_workout_runner_abandon:
 *
 * Gives the workout up: nothing of it is to be kept.
 */
void
sb_workout_runner_abandon (SbWorkoutRunner *self)
{
  g_return_if_fail (SB_IS_WORKOUT_RUNNER (self));

  if (self->state == SB_WORKOUT_FINISHED)
    return;

  set_state (self, SB_WORKOUT_ABANDONED);
}

static void
sb_workout_runner_finalize (GObject *object)
{
  SbWorkoutRunner *self = SB_WORKOUT_RUNNER (object);

  g_clear_object (&self->routine);
  g_clear_object (&self->session);
  g_clear_pointer (&self->n_sets, g_array_unref);

  G_OBJECT_CLASS (sb_workout_runner_parent_class)->finalize (object);
}

static void
sb_workout_runner_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SbWorkoutRunner *self = SB_WORKOUT_RUNNER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_workout_runner_class_init (SbWorkoutRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sb_workout_runner_finalize;
  object_class->get_property = sb_workout_runner_get_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, SB_WORKOUT_READY, SB_WORKOUT_ABANDONED, SB_WORKOUT_READY,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[STATE_CHANGED] =
    g_signal_new ("state-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[STEP_CHANGED] =
    g_signal_new ("step-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[SET_COMPLETED] =
    g_signal_new ("set-completed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_SET_RECORD);
  signals[REST_STARTED] =
    g_signal_new ("rest-started", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[TICK] =
    g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[CUE] =
    g_signal_new ("cue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_SESSION);
}

static void
sb_workout_runner_init (SbWorkoutRunner *self)
{
  self->clock = real_clock;
  self->n_sets = g_array_new (FALSE, FALSE, sizeof (guint));
}
