/* sb-demo-view.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "media/sb-demo-player.h"

G_BEGIN_DECLS

#define SB_TYPE_DEMO_VIEW (sb_demo_view_get_type ())

G_DECLARE_FINAL_TYPE (SbDemoView, sb_demo_view, SB, DEMO_VIEW, GtkWidget)

GtkWidget    *sb_demo_view_new          (void);
SbDemoPlayer *sb_demo_view_get_player   (SbDemoView *self);
void          sb_demo_view_set_uri      (SbDemoView *self,
                                         const char *uri);
gboolean      sb_demo_view_get_mirrored (SbDemoView *self);
void          sb_demo_view_set_mirrored (SbDemoView *self,
                                         gboolean    mirrored);

G_END_DECLS
