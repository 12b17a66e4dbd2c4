/* sb-window.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_WINDOW (sb_window_get_type ())

G_DECLARE_FINAL_TYPE (SbWindow, sb_window, SB, WINDOW, AdwApplicationWindow)

SbWindow  *sb_window_new         (GtkApplication *application,
                                  SbContext      *context);
SbWindow  *sb_window_new_compact (GtkApplication *application,
                                  SbContext      *context);
SbContext *sb_window_get_context (SbWindow       *self);

G_END_DECLS
