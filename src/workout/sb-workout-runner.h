/* sb-workout-runner.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/sb-routine.h"
#include "model/sb-session.h"

G_BEGIN_DECLS

typedef enum
{
  SB_WORKOUT_READY,        /* not started */
  SB_WORKOUT_EXERCISING,   /* a set is under way (timed sets count down) */
  SB_WORKOUT_RESTING,      /* counting down to the next set */
  SB_WORKOUT_PAUSED,
  SB_WORKOUT_COMPLETE,     /* every set is done; waiting for pain after and notes */
  SB_WORKOUT_FINISHED,     /* the session is final */
  SB_WORKOUT_ABANDONED,    /* given up: nothing is kept */
} SbWorkoutState;

typedef enum
{
  SB_WORKOUT_CUE_COUNTDOWN,  /* 3, 2, 1 seconds before a timed set or a rest ends */
  SB_WORKOUT_CUE_END,        /* it ended */
} SbWorkoutCue;

#define SB_WORKOUT_RUNNER_ERROR (sb_workout_runner_error_quark ())

typedef enum
{
  SB_WORKOUT_RUNNER_ERROR_MISMATCH,  /* the saved sets do not follow the routine */
} SbWorkoutRunnerError;

GQuark sb_workout_runner_error_quark (void);

/* Monotonic time in microseconds; tests pass a fake one. */
typedef gint64 (*SbClockFunc) (gpointer user_data);

#define SB_TYPE_WORKOUT_RUNNER (sb_workout_runner_get_type ())

G_DECLARE_FINAL_TYPE (SbWorkoutRunner, sb_workout_runner, SB, WORKOUT_RUNNER, GObject)

SbWorkoutRunner *sb_workout_runner_new             (SbRoutine         *routine);
SbWorkoutRunner *sb_workout_runner_new_resumed     (SbRoutine         *routine,
                                                    SbSession         *session,
                                                    GError           **error);
SbRoutine       *sb_workout_runner_get_routine     (SbWorkoutRunner   *self);
void             sb_workout_runner_set_clock       (SbWorkoutRunner   *self,
                                                    SbClockFunc        clock,
                                                    gpointer           user_data);
SbWorkoutState   sb_workout_runner_get_state       (SbWorkoutRunner   *self);
SbSession       *sb_workout_runner_get_session     (SbWorkoutRunner   *self);
guint            sb_workout_runner_get_step        (SbWorkoutRunner   *self);
guint            sb_workout_runner_get_set         (SbWorkoutRunner   *self);
guint            sb_workout_runner_get_n_sets      (SbWorkoutRunner   *self);
SbRoutineStep   *sb_workout_runner_get_current_step (SbWorkoutRunner  *self);
int              sb_workout_runner_get_remaining   (SbWorkoutRunner   *self);
gint64           sb_workout_runner_get_active_time (SbWorkoutRunner   *self);
void             sb_workout_runner_start           (SbWorkoutRunner   *self,
                                                    int                pain_before);
void             sb_workout_runner_complete_set    (SbWorkoutRunner   *self,
                                                    const SbSetRecord *actual);
void             sb_workout_runner_end_rest        (SbWorkoutRunner   *self);
void             sb_workout_runner_skip_set        (SbWorkoutRunner   *self);
void             sb_workout_runner_skip_exercise   (SbWorkoutRunner   *self);
void             sb_workout_runner_previous        (SbWorkoutRunner   *self);
void             sb_workout_runner_add_set         (SbWorkoutRunner   *self);
void             sb_workout_runner_pause           (SbWorkoutRunner   *self);
void             sb_workout_runner_resume          (SbWorkoutRunner   *self);
void             sb_workout_runner_extend_rest     (SbWorkoutRunner   *self,
                                                    int                seconds);
void             sb_workout_runner_tick            (SbWorkoutRunner   *self);
void             sb_workout_runner_finish          (SbWorkoutRunner   *self,
                                                    int                pain_after,
                                                    const char        *notes);
void             sb_workout_runner_abandon         (SbWorkoutRunner   *self);

G_END_DECLS
