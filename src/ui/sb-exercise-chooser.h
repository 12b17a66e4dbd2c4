/* sb-exercise-chooser.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_EXERCISE_CHOOSER (sb_exercise_chooser_get_type ())

G_DECLARE_FINAL_TYPE (SbExerciseChooser, sb_exercise_chooser, SB, EXERCISE_CHOOSER, AdwWindow)

GtkWidget *sb_exercise_chooser_new (SbContext *context,
                                    GtkWindow *parent);

G_END_DECLS
