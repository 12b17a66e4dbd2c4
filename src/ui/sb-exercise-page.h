/* sb-exercise-page.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/sb-catalog.h"
#include "storage/sb-demo-library.h"
#include "sb-demo-view.h"

G_BEGIN_DECLS

#define SB_TYPE_EXERCISE_PAGE (sb_exercise_page_get_type ())

G_DECLARE_FINAL_TYPE (SbExercisePage, sb_exercise_page, SB, EXERCISE_PAGE, AdwBin)

GtkWidget  *sb_exercise_page_new           (SbCatalog      *catalog,
                                            SbDemoLibrary  *demos);
SbExercise *sb_exercise_page_get_exercise  (SbExercisePage *self);
void        sb_exercise_page_set_exercise  (SbExercisePage *self,
                                            SbExercise     *exercise,
                                            const SbDose   *dose);
SbDemoView *sb_exercise_page_get_demo_view (SbExercisePage *self);
char       *sb_dose_describe               (const SbDose   *dose);
char       *sb_keep_numbers_with_units     (const char     *text);
void        sb_exercise_page_add_video     (SbExercisePage *self,
                                            GFile          *file);
char       *sb_exercise_dup_demo_uri       (SbExercise     *exercise);
char       *sb_exercise_dup_shown_demo_uri (SbExercise     *exercise);

G_END_DECLS
