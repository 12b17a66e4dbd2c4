/* sb-window.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sb-application.h"

G_BEGIN_DECLS

#define SB_TYPE_WINDOW (sb_window_get_type ())

G_DECLARE_FINAL_TYPE (SbWindow, sb_window, SB, WINDOW, AdwApplicationWindow)

SbWindow *sb_window_new                      (SbApplication *application);
void      sb_window_offer_unfinished_workout (SbWindow      *self,
                                              SbSession     *session);
void      sb_window_show_toast               (SbWindow      *self,
                                              const char    *text);
void      sb_window_show_history             (SbWindow      *self);

void      sb_window_import_routine (SbWindow   *self,
                                    const char *name,
                                    const char *data,
                                    gsize       length);

G_END_DECLS
