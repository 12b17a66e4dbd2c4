/* sb-preferences-window.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_PREFERENCES_WINDOW (sb_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SbPreferencesWindow, sb_preferences_window, SB, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *sb_preferences_window_new          (SbContext           *context,
                                               GtkWindow           *parent);
void       sb_preferences_window_move_history (SbPreferencesWindow *self,
                                               GFile               *folder);
void       sb_preferences_window_back_up      (SbPreferencesWindow *self,
                                               GFile               *file,
                                               gboolean             csv);
void       sb_preferences_window_restore      (SbPreferencesWindow *self,
                                               GFile               *file);

G_END_DECLS
