/* sb-progress-page.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"
#include "workout/sb-stats.h"

G_BEGIN_DECLS

#define SB_TYPE_PROGRESS_PAGE (sb_progress_page_get_type ())

G_DECLARE_FINAL_TYPE (SbProgressPage, sb_progress_page, SB, PROGRESS_PAGE, AdwBin)

GtkWidget    *sb_progress_page_new       (SbContext      *context);
SbStatsRange  sb_progress_page_get_range (SbProgressPage *self);
void          sb_progress_page_set_range (SbProgressPage *self,
                                          SbStatsRange    range);
void          sb_progress_page_set_now   (SbProgressPage *self,
                                          GDateTime      *now);
SbStats      *sb_progress_page_get_stats (SbProgressPage *self);
const char   *sb_progress_page_get_exercise (SbProgressPage *self);
void          sb_progress_page_set_exercise (SbProgressPage *self,
                                             const char     *exercise_id);
GListModel   *sb_progress_page_get_exercises (SbProgressPage *self);

G_END_DECLS
