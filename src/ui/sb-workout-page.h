/* sb-workout-page.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_WORKOUT_PAGE (sb_workout_page_get_type ())

G_DECLARE_FINAL_TYPE (SbWorkoutPage, sb_workout_page, SB, WORKOUT_PAGE, AdwBin)

GtkWidget        *sb_workout_page_new         (SbContext     *context);
SbWorkoutSession *sb_workout_page_get_workout (SbWorkoutPage *self);

G_END_DECLS
