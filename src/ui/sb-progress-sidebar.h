/* sb-progress-sidebar.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SB_TYPE_PROGRESS_SIDEBAR (sb_progress_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (SbProgressSidebar, sb_progress_sidebar, SB, PROGRESS_SIDEBAR, AdwBin)

int         sb_progress_sidebar_get_range     (SbProgressSidebar *self);
void        sb_progress_sidebar_set_range     (SbProgressSidebar *self,
                                               int                range);
const char *sb_progress_sidebar_get_exercise  (SbProgressSidebar *self);
void        sb_progress_sidebar_set_exercise  (SbProgressSidebar *self,
                                               const char        *exercise_id);
void        sb_progress_sidebar_set_exercises (SbProgressSidebar *self,
                                               GListModel        *exercises);

G_END_DECLS
