/* sb-routine-step.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sb-exercise.h"

G_BEGIN_DECLS

#define SB_TYPE_ROUTINE_STEP (sb_routine_step_get_type ())

G_DECLARE_FINAL_TYPE (SbRoutineStep, sb_routine_step, SB, ROUTINE_STEP, GObject)

SbRoutineStep *sb_routine_step_new          (SbExercise    *exercise,
                                             const SbDose  *dose);
SbExercise    *sb_routine_step_get_exercise (SbRoutineStep *self);
const SbDose  *sb_routine_step_get_dose     (SbRoutineStep *self);

G_END_DECLS
