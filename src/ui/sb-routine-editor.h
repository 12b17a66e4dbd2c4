/* sb-routine-editor.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_ROUTINE_EDITOR (sb_routine_editor_get_type ())

G_DECLARE_FINAL_TYPE (SbRoutineEditor, sb_routine_editor, SB, ROUTINE_EDITOR, AdwBin)

GtkWidget *sb_routine_editor_new         (SbContext       *context);
SbRoutine *sb_routine_editor_get_routine (SbRoutineEditor *self);
void       sb_routine_editor_set_routine (SbRoutineEditor *self,
                                          SbRoutine       *routine);

G_END_DECLS
