/* sb-exercise.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sb-dose.h"

G_BEGIN_DECLS

#define SB_TYPE_EXERCISE (sb_exercise_get_type ())

G_DECLARE_FINAL_TYPE (SbExercise, sb_exercise, SB, EXERCISE, GObject)

SbExercise         *sb_exercise_new                    (const char    *first_property_name,
                                                        ...);
const char         *sb_exercise_get_id                 (SbExercise    *self);
const char         *sb_exercise_get_name               (SbExercise    *self);
const char         *sb_exercise_get_summary            (SbExercise    *self);
const char * const *sb_exercise_get_primary_muscles    (SbExercise    *self);
const char * const *sb_exercise_get_secondary_muscles  (SbExercise    *self);
const char         *sb_exercise_get_why                (SbExercise    *self);
const char         *sb_exercise_get_setup              (SbExercise    *self);
const char * const *sb_exercise_get_cues               (SbExercise    *self);
const char * const *sb_exercise_get_mistakes           (SbExercise    *self);
const char         *sb_exercise_get_equipment          (SbExercise    *self);
const char         *sb_exercise_get_progression        (SbExercise    *self);
const SbDose       *sb_exercise_get_dose               (SbExercise    *self);
const char * const *sb_exercise_get_easier             (SbExercise    *self);
const char * const *sb_exercise_get_harder             (SbExercise    *self);
const char         *sb_exercise_get_alternative        (SbExercise    *self);
const char         *sb_exercise_get_demo               (SbExercise    *self);
const char * const *sb_exercise_get_safety             (SbExercise    *self);
GFile              *sb_exercise_get_custom_demo        (SbExercise    *self);
void                sb_exercise_set_custom_demo        (SbExercise    *self,
                                                        GFile         *file);

G_END_DECLS
