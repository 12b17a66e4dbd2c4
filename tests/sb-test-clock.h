/* sb-test-clock.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A wall clock for the reminders' tests, moved by hand: moving it to a
 * time rings every alarm set for before that time, at its own time, as
 * the system clock would have. */

#pragma once

#include "workout/sb-clock.h"

#define SB_TYPE_TEST_CLOCK (sb_test_clock_get_type ())

G_DECLARE_FINAL_TYPE (SbTestClock, sb_test_clock, SB, TEST_CLOCK, SbClock)

struct _SbTestClock
{
  SbClock    parent_instance;

  GDateTime *now;
  GDateTime *alarm;
};

G_DEFINE_FINAL_TYPE (SbTestClock, sb_test_clock, SB_TYPE_CLOCK)

static GDateTime *
sb_test_clock_now (SbClock *clock)
{
  return g_date_time_ref (SB_TEST_CLOCK (clock)->now);
}

static void
sb_test_clock_set_alarm (SbClock   *clock,
                         GDateTime *when)
{
  SbTestClock *self = SB_TEST_CLOCK (clock);

  g_clear_pointer (&self->alarm, g_date_time_unref);
  self->alarm = when ? g_date_time_ref (when) : NULL;
}

static void
sb_test_clock_finalize (GObject *object)
{
  SbTestClock *self = SB_TEST_CLOCK (object);

  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->alarm, g_date_time_unref);
  G_OBJECT_CLASS (sb_test_clock_parent_class)->finalize (object);
}

static void
sb_test_clock_class_init (SbTestClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_test_clock_finalize;
  SB_CLOCK_CLASS (klass)->now = sb_test_clock_now;
  SB_CLOCK_CLASS (klass)->set_alarm = sb_test_clock_set_alarm;
}

static void
sb_test_clock_init (SbTestClock *self)
{
}

/* @iso8601: local time, such as "2026-11-23T09:00:00" */
static inline SbTestClock *
sb_test_clock_new (const char *iso8601)
{
  SbTestClock *self = g_object_new (SB_TYPE_TEST_CLOCK, NULL);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();

  self->now = g_date_time_new_from_iso8601 (iso8601, local);
  g_assert_nonnull (self->now);
  return self;
}

/* Moves the clock to @time, ringing each alarm due on the way. */
static inline void
sb_test_clock_move_to (SbTestClock *self,
                       GDateTime   *time)
{
  while (self->alarm != NULL && g_date_time_compare (self->alarm, time) <= 0)
    {
      g_autoptr(GDateTime) ring = g_date_time_ref (self->alarm);

      if (g_date_time_compare (ring, self->now) > 0)
        {
          g_date_time_unref (self->now);
          self->now = g_date_time_ref (ring);
        }
      g_signal_emit_by_name (self, "alarm");
      /* an alarm set again for the same time would ring forever */
      if (self->alarm != NULL && g_date_time_compare (self->alarm, ring) <= 0)
        g_error ("the alarm was set again for %s, which has passed", g_date_time_format_iso8601 (ring));
    }

  g_date_time_unref (self->now);
  self->now = g_date_time_ref (time);
}

static inline void
sb_test_clock_advance (SbTestClock *self,
                       int          minutes)
{
  g_autoptr(GDateTime) later = g_date_time_add_minutes (self->now, minutes);

  sb_test_clock_move_to (self, later);
}

/* Moves the clock without ringing: the computer was asleep. The alarm
 * rings once, late, as the kernel's would on waking. */
static inline void
sb_test_clock_sleep_until (SbTestClock *self,
                           GDateTime   *time)
{
  g_date_time_unref (self->now);
  self->now = g_date_time_ref (time);
  if (self->alarm != NULL && g_date_time_compare (self->alarm, time) <= 0)
    g_signal_emit_by_name (self, "alarm");
}
