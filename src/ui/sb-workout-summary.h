/* sb-workout-summary.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_WORKOUT_SUMMARY (sb_workout_summary_get_type ())

G_DECLARE_FINAL_TYPE (SbWorkoutSummary, sb_workout_summary, SB, WORKOUT_SUMMARY, AdwBin)

void sb_workout_summary_set_context (SbWorkoutSummary *self,
                                     SbContext        *context);
void sb_workout_summary_set_workout (SbWorkoutSummary *self,
                                     SbWorkoutSession *workout);

G_END_DECLS
