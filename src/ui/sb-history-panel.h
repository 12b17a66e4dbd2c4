/* sb-history-panel.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_HISTORY_PANEL (sb_history_panel_get_type ())

G_DECLARE_FINAL_TYPE (SbHistoryPanel, sb_history_panel, SB, HISTORY_PANEL, AdwBin)

SbContext *sb_history_panel_get_context (SbHistoryPanel *self);
void       sb_history_panel_set_context (SbHistoryPanel *self,
                                         SbContext      *context);

G_END_DECLS
