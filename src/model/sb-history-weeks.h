/* sb-history-weeks.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sb-session.h"
#include "sb-week-header.h"

G_BEGIN_DECLS

#define SB_TYPE_HISTORY_WEEKS (sb_history_weeks_get_type ())

G_DECLARE_FINAL_TYPE (SbHistoryWeeks, sb_history_weeks, SB, HISTORY_WEEKS, GObject)

SbHistoryWeeks *sb_history_weeks_new (GListModel *sessions);

G_END_DECLS
