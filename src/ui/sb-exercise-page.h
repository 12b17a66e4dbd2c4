/* sb-exercise-page.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"
#include "sb-demo-view.h"

G_BEGIN_DECLS

#define SB_TYPE_EXERCISE_PAGE (sb_exercise_page_get_type ())

G_DECLARE_FINAL_TYPE (SbExercisePage, sb_exercise_page, SB, EXERCISE_PAGE, AdwBin)

GtkWidget  *sb_exercise_page_new           (SbContext      *context);
SbExercise *sb_exercise_page_get_exercise  (SbExercisePage *self);
void        sb_exercise_page_set_exercise  (SbExercisePage *self,
                                            SbExercise     *exercise,
                                            const SbDose   *dose);
SbDemoView *sb_exercise_page_get_demo_view (SbExercisePage *self);
void        sb_exercise_page_add_video     (SbExercisePage *self,
                                            GFile          *file);

G_END_DECLS
