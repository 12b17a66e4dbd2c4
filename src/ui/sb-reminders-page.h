/* sb-reminders-page.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_REMINDERS_PAGE (sb_reminders_page_get_type ())

G_DECLARE_FINAL_TYPE (SbRemindersPage, sb_reminders_page, SB, REMINDERS_PAGE, AdwPreferencesPage)

GtkWidget *sb_reminders_page_new (SbContext *context);

G_END_DECLS
