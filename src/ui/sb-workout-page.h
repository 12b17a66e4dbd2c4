/* sb-workout-page.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/sb-catalog.h"
#include "storage/sb-history-store.h"
#include "storage/sb-workout-journal.h"
#include "workout/sb-workout-runner.h"

G_BEGIN_DECLS

#define SB_TYPE_WORKOUT_PAGE (sb_workout_page_get_type ())

G_DECLARE_FINAL_TYPE (SbWorkoutPage, sb_workout_page, SB, WORKOUT_PAGE, AdwBin)

GtkWidget       *sb_workout_page_new        (SbCatalog        *catalog,
                                             SbHistoryStore   *history,
                                             SbWorkoutJournal *journal);
void             sb_workout_page_start      (SbWorkoutPage    *self,
                                             SbRoutine        *routine);
void             sb_workout_page_resume     (SbWorkoutPage    *self,
                                             SbWorkoutRunner  *runner);
SbWorkoutRunner *sb_workout_page_get_runner (SbWorkoutPage    *self);
gboolean         sb_workout_page_get_saved  (SbWorkoutPage    *self);
void             sb_workout_page_set_clock  (SbWorkoutPage    *self,
                                             SbClockFunc       clock,
                                             gpointer          user_data);

G_END_DECLS
