/* sb-session-plan.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/sb-routine.h"
#include "model/sb-session.h"

G_BEGIN_DECLS

SbSession   *sb_session_plan_new       (SbRoutine         *routine,
                                        GListModel        *history,
                                        GDateTime         *start_time);
SbSetRecord *sb_session_plan_set       (const SbDose      *dose,
                                        const char        *exercise_id,
                                        GListModel        *history);

G_END_DECLS
