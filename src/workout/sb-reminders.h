/* sb-reminders.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sb-clock.h"
#include "sb-context.h"
#include "sb-idle-monitor.h"

G_BEGIN_DECLS

#define SB_TYPE_REMINDERS (sb_reminders_get_type ())

G_DECLARE_FINAL_TYPE (SbReminders, sb_reminders, SB, REMINDERS, GObject)

/* How long without input counts as a break from sitting. */
#define SB_REMINDERS_BREAK_SECONDS (5 * 60)

SbReminders *sb_reminders_new                 (GApplication  *application,
                                               SbContext     *context,
                                               SbClock       *clock,
                                               SbIdleMonitor *idle_monitor);
gboolean     sb_reminders_get_active          (SbReminders   *self);
SbIdleMonitor *sb_reminders_get_idle_monitor  (SbReminders   *self);
const char  *sb_reminders_get_background_problem (SbReminders *self);
gboolean     sb_reminders_get_screen_locked   (SbReminders   *self);
void         sb_reminders_set_screen_locked   (SbReminders   *self,
                                               gboolean       locked);
GDateTime   *sb_reminders_get_next_snack      (SbReminders   *self);
GDateTime   *sb_reminders_get_next_workout    (SbReminders   *self);
GDateTime   *sb_reminders_get_next_morning    (SbReminders   *self);
SbRoutine   *sb_reminders_get_snack_routine   (SbReminders   *self);
void         sb_reminders_snooze_snack        (SbReminders   *self);
void         sb_reminders_skip_snacks_today   (SbReminders   *self);
void         sb_reminders_remind_later        (SbReminders   *self);
void         sb_reminders_record_morning_pain (SbReminders   *self,
                                               const char    *session_id,
                                               int            pain);

G_END_DECLS
