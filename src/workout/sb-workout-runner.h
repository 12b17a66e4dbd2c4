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
} SbWorkoutState;

/* Monotonic time in microseconds; tests pass a fake one. */
typedef gint64 (*SbClockFunc) (gpointer user_data);

#define SB_TYPE_WORKOUT_RUNNER (sb_workout_runner_get_type ())

G_DECLARE_FINAL_TYPE (SbWorkoutRunner, sb_workout_runner, SB, WORKOUT_RUNNER, GObject)

SbWorkoutRunner *sb_workout_runner_new             (SbRoutine         *routine);
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

G_END_DECLS
