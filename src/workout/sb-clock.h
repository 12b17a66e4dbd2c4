/* sb-clock.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SB_TYPE_CLOCK (sb_clock_get_type ())

G_DECLARE_DERIVABLE_TYPE (SbClock, sb_clock, SB, CLOCK, GObject)

/**
 * SbClockClass:
 * @now: the wall-clock time, local
 * @set_alarm: emit #SbClock::alarm once @when has come, or never (%NULL)
 *
 * The system clock by default; tests give a clock they move by hand.
 */
struct _SbClockClass
{
  GObjectClass parent_class;

  GDateTime *(*now)       (SbClock   *self);
  void       (*set_alarm) (SbClock   *self,
                           GDateTime *when);
};

SbClock   *sb_clock_new       (void);
GDateTime *sb_clock_now       (SbClock   *self);
void       sb_clock_set_alarm (SbClock   *self,
                               GDateTime *when);

G_END_DECLS
