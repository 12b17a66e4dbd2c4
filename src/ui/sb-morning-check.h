/* sb-morning-check.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_MORNING_CHECK (sb_morning_check_get_type ())

G_DECLARE_FINAL_TYPE (SbMorningCheck, sb_morning_check, SB, MORNING_CHECK, AdwWindow)

GtkWidget  *sb_morning_check_new            (SbContext      *context,
                                             const char     *session_id);
const char *sb_morning_check_get_session_id (SbMorningCheck *self);

G_END_DECLS
