/* sb-routine-row.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/sb-routine.h"

G_BEGIN_DECLS

#define SB_TYPE_ROUTINE_ROW (sb_routine_row_get_type ())

G_DECLARE_FINAL_TYPE (SbRoutineRow, sb_routine_row, SB, ROUTINE_ROW, GtkWidget)

SbRoutine *sb_routine_row_get_routine (SbRoutineRow *self);
void       sb_routine_row_set_routine (SbRoutineRow *self,
                                       SbRoutine    *routine);

G_END_DECLS
