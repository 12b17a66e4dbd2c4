/* sb-history-row.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SB_TYPE_HISTORY_ROW (sb_history_row_get_type ())

G_DECLARE_FINAL_TYPE (SbHistoryRow, sb_history_row, SB, HISTORY_ROW, GtkWidget)

GObject  *sb_history_row_get_item       (SbHistoryRow *self);
void      sb_history_row_set_item       (SbHistoryRow *self,
                                         GObject      *item);
gboolean  sb_history_row_get_is_session (SbHistoryRow *self);

G_END_DECLS
