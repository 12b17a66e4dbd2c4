/* sb-week-header.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The heading of one week in the history list. */

#define G_LOG_DOMAIN "sb-week-header"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-week-header.h"

struct _SbWeekHeader
{
  GObject    parent_instance;

  GDateTime *start;
};

G_DEFINE_FINAL_TYPE (SbWeekHeader, sb_week_header, G_TYPE_OBJECT)

/**
 * sb_week_start:
 *
 * Returns: (transfer full): midnight on the Monday of @datetime's week, in
 *   the local time zone
 */
GDateTime *
sb_week_start (GDateTime *datetime)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (datetime);
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) day = g_date_time_new (tz, g_date_time_get_year (local),
                                              g_date_time_get_month (local),
                                              g_date_time_get_day_of_month (local), 0, 0, 0);

  return g_date_time_add_days (day, 1 - g_date_time_get_day_of_week (day));
}

SbWeekHeader *
sb_week_header_new (GDateTime *monday)
{
  SbWeekHeader *self = g_object_new (SB_TYPE_WEEK_HEADER, NULL);

  self->start = g_date_time_ref (monday);
  return self;
}

GDateTime *
sb_week_header_get_start (SbWeekHeader *self)
{
  g_return_val_if_fail (SB_IS_WEEK_HEADER (self), NULL);
  return self->start;
}

/**
 * sb_week_header_dup_title:
 * @now: today, to say “This Week” and “Last Week”
 *
 * Returns: (transfer full): the heading, e.g. “Week of 2 March 2026”
 */
char *
sb_week_header_dup_title (SbWeekHeader *self,
                          GDateTime    *now)
{
  g_autoptr(GDateTime) this_week = sb_week_start (now);
  g_autoptr(GDateTime) last_week = g_date_time_add_weeks (this_week, -1);
  g_autofree char *date = NULL;

  g_return_val_if_fail (SB_IS_WEEK_HEADER (self), NULL);

  if (g_date_time_equal (self->start, this_week))
    return g_strdup (_("This Week"));
  if (g_date_time_equal (self->start, last_week))
    return g_strdup (_("Last Week"));

  /* Translators: a date as strftime() writes it: day, month name, year */
  date = g_date_time_format (self->start, _("%-d %B %Y"));
  /* Translators: the heading of a week in the history, e.g. “Week of 2 March 2026” */
  return g_strdup_printf (_("Week of %s"), date);
}

static void
sb_week_header_finalize (GObject *object)
{
  SbWeekHeader *self = SB_WEEK_HEADER (object);

  g_clear_pointer (&self->start, g_date_time_unref);

  G_OBJECT_CLASS (sb_week_header_parent_class)->finalize (object);
}

static void
sb_week_header_class_init (SbWeekHeaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_week_header_finalize;
}

static void
sb_week_header_init (SbWeekHeader *self)
{
}
