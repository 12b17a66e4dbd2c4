/* sb-idle-monitor.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SB_TYPE_IDLE_MONITOR (sb_idle_monitor_get_type ())

G_DECLARE_FINAL_TYPE (SbIdleMonitor, sb_idle_monitor, SB, IDLE_MONITOR, GObject)

SbIdleMonitor *sb_idle_monitor_new           (GDBusConnection *connection,
                                              guint            idle_seconds);
gboolean       sb_idle_monitor_get_available (SbIdleMonitor   *self);
gboolean       sb_idle_monitor_get_idle      (SbIdleMonitor   *self);

G_END_DECLS
