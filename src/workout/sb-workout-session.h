/* sb-workout-session.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "storage/sb-history-store.h"
#include "storage/sb-workout-journal.h"
#include "sb-workout-runner.h"

G_BEGIN_DECLS

#define SB_TYPE_WORKOUT_SESSION (sb_workout_session_get_type ())

G_DECLARE_FINAL_TYPE (SbWorkoutSession, sb_workout_session, SB, WORKOUT_SESSION, GObject)

SbWorkoutSession *sb_workout_session_new            (SbHistoryStore   *history,
                                                     SbWorkoutJournal *journal,
                                                     SbWorkoutRunner  *runner);
SbWorkoutRunner  *sb_workout_session_get_runner     (SbWorkoutSession *self);
SbRoutine        *sb_workout_session_get_routine    (SbWorkoutSession *self);
SbSession        *sb_workout_session_get_session    (SbWorkoutSession *self);
gboolean          sb_workout_session_get_active     (SbWorkoutSession *self);
gboolean          sb_workout_session_get_saved      (SbWorkoutSession *self);
const GError     *sb_workout_session_get_save_error (SbWorkoutSession *self);
void              sb_workout_session_set_clock      (SbWorkoutSession *self,
                                                     SbClockFunc       clock,
                                                     gpointer          user_data);
void              sb_workout_session_retry_save     (SbWorkoutSession *self);

G_END_DECLS
