/* sb-clock.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The wall clock of the reminders, with one alarm. GLib's timeouts count
 * monotonic time, which stops while the computer sleeps: a reminder due
 * at 18:00 would come late after a suspend. The alarm is a timerfd on the
 * real-time clock at an absolute time instead, which fires on time after
 * a suspend, and also fires when the clock is set (the time or the time
 * zone changes), so that every time is worked out again. Waiting takes no
 * CPU: the kernel wakes the process once.
 *
 * Subclasses replace both methods: the tests' clock is moved by hand. */

#define G_LOG_DOMAIN "sb-clock"

#include "config.h"

#include <errno.h>
#include <glib-unix.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "sb-clock.h"

typedef struct
{
  int   fd;
  guint source_id;
} SbClockPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (SbClock, sb_clock, G_TYPE_OBJECT)

enum {
  ALARM,       /* (): the alarm's time has come, or the clock was set */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

SbClock *
sb_clock_new (void)
{
  return g_object_new (SB_TYPE_CLOCK, NULL);
}

/**
 * sb_clock_now:
 *
 * Returns: (transfer full): the time now, local
 */
GDateTime *
sb_clock_now (SbClock *self)
{
  g_return_val_if_fail (SB_IS_CLOCK (self), NULL);
  return SB_CLOCK_GET_CLASS (self)->now (self);
}

/**
 * sb_clock_set_alarm:
 * @when: (nullable): when to emit #SbClock::alarm, or %NULL for never
 *
 * Replaces the alarm set before. An alarm in the past fires at once.
 */
void
sb_clock_set_alarm (SbClock   *self,
                    GDateTime *when)
{
  g_return_if_fail (SB_IS_CLOCK (self));
  SB_CLOCK_GET_CLASS (self)->set_alarm (self, when);
}

static GDateTime *
sb_clock_real_now (SbClock *self)
{
  return g_date_time_new_now_local ();
}

static gboolean
on_timer (int           fd,
          GIOCondition  condition,
          gpointer      user_data)
{
  SbClock *self = user_data;
  guint64 expirations;

  /* ECANCELED: the clock was set, which is worth a look too */
  if (read (fd, &expirations, sizeof expirations) < 0 && errno != ECANCELED && errno != EAGAIN)
    g_warning ("Could not read the reminders’ timer: %s", g_strerror (errno));

  g_signal_emit (self, signals[ALARM], 0);
  return G_SOURCE_CONTINUE;
}

static void
sb_clock_real_set_alarm (SbClock   *self,
                         GDateTime *when)
{
  SbClockPrivate *priv = sb_clock_get_instance_private (self);
  struct itimerspec spec = { { 0, 0 }, { 0, 0 } };

  if (priv->fd < 0)
    return;

  if (when != NULL)
    {
      gint64 usec = MAX (g_date_time_to_unix (when) * G_USEC_PER_SEC + g_date_time_get_microsecond (when), 1);

      spec.it_value.tv_sec = usec / G_USEC_PER_SEC;
      spec.it_value.tv_nsec = (usec % G_USEC_PER_SEC) * 1000;
    }

  if (timerfd_settime (priv->fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, NULL) < 0)
    g_warning ("Could not set the reminders’ timer: %s", g_strerror (errno));
}

static void
sb_clock_finalize (GObject *object)
{
  SbClockPrivate *priv = sb_clock_get_instance_private (SB_CLOCK (object));

  g_clear_handle_id (&priv->source_id, g_source_remove);
  if (priv->fd >= 0)
    close (priv->fd);

  G_OBJECT_CLASS (sb_clock_parent_class)->finalize (object);
}

static void
sb_clock_constructed (GObject *object)
{
  SbClock *self = SB_CLOCK (object);
  SbClockPrivate *priv = sb_clock_get_instance_private (self);

  G_OBJECT_CLASS (sb_clock_parent_class)->constructed (object);

  /* only the system clock needs the kernel's timer */
  if (SB_CLOCK_GET_CLASS (self)->set_alarm != sb_clock_real_set_alarm)
    return;

  priv->fd = timerfd_create (CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
  if (priv->fd < 0)
    {
      g_warning ("Could not make a timer for the reminders: %s", g_strerror (errno));
      return;
    }
  priv->source_id = g_unix_fd_add (priv->fd, G_IO_IN, on_timer, self);
}

static void
sb_clock_class_init (SbClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = sb_clock_constructed;
  object_class->finalize = sb_clock_finalize;

  klass->now = sb_clock_real_now;
  klass->set_alarm = sb_clock_real_set_alarm;

  signals[ALARM] =
    g_signal_new ("alarm", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sb_clock_init (SbClock *self)
{
  SbClockPrivate *priv = sb_clock_get_instance_private (self);

  priv->fd = -1;
}
