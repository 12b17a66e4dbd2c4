/* sb-week-header.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SB_TYPE_WEEK_HEADER (sb_week_header_get_type ())

G_DECLARE_FINAL_TYPE (SbWeekHeader, sb_week_header, SB, WEEK_HEADER, GObject)

SbWeekHeader *sb_week_header_new       (GDateTime    *monday);
GDateTime    *sb_week_header_get_start (SbWeekHeader *self);
char         *sb_week_header_dup_title (SbWeekHeader *self,
                                        GDateTime    *now);
GDateTime    *sb_week_start            (GDateTime    *datetime);

G_END_DECLS
