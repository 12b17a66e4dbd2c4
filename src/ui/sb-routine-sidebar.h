/* sb-routine-sidebar.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_ROUTINE_SIDEBAR (sb_routine_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (SbRoutineSidebar, sb_routine_sidebar, SB, ROUTINE_SIDEBAR, AdwBin)

SbContext *sb_routine_sidebar_get_context      (SbRoutineSidebar *self);
void       sb_routine_sidebar_set_context      (SbRoutineSidebar *self,
                                                SbContext        *context);
SbRoutine *sb_routine_sidebar_get_selected     (SbRoutineSidebar *self);
void       sb_routine_sidebar_select           (SbRoutineSidebar *self,
                                                SbRoutine        *routine);
gboolean   sb_routine_sidebar_get_search_mode  (SbRoutineSidebar *self);
void       sb_routine_sidebar_set_search_mode  (SbRoutineSidebar *self,
                                                gboolean          search_mode);
void       sb_routine_sidebar_set_key_capture_widget (SbRoutineSidebar *self,
                                                      GtkWidget        *widget);

G_END_DECLS
