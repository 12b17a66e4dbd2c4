/* sb-schedule.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reminders' settings read into numbers, with a message a person can
 * act on for each bad value, and the times they lead to. Times of day are
 * minutes since midnight, in the local time zone of the #GDateTime they
 * are applied to. */

#define G_LOG_DOMAIN "sb-schedule"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-schedule.h"

G_DEFINE_QUARK (sb-schedule-error-quark, sb_schedule_error)

static const char * const day_ids[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

/**
 * sb_schedule_parse_time:
 * @text: a time of day as the settings hold it, "HH:MM"
 * @minutes: (out): minutes since midnight
 */
gboolean
sb_schedule_parse_time (const char  *text,
                        int         *minutes,
                        GError     **error)
{
  guint hours = 0, mins = 0;
  int digits = 0;
  const char *p = text;

  g_return_val_if_fail (text != NULL, FALSE);

  for (; g_ascii_isdigit (*p) && digits < 2; p++, digits++)
    hours = hours * 10 + (*p - '0');
  if (digits == 0 || *p != ':' || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) || p[3] != '\0')
    goto bad;
  mins = (p[1] - '0') * 10 + (p[2] - '0');
  if (hours > 23 || mins > 59)
    goto bad;

  *minutes = hours * 60 + mins;
  return TRUE;

bad:
  g_set_error (error, SB_SCHEDULE_ERROR, SB_SCHEDULE_ERROR_TIME,
               _("“%s” is not a time of day: write hours and minutes, such as 18:00"), text);
  return FALSE;
}

char *
sb_schedule_format_time (int minutes)
{
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/**
 * sb_schedule_parse_days:
 * @days: days as the settings hold them: "mon" … "sun"
 * @mask: (out): the days, bit 0 for Monday
 */
gboolean
sb_schedule_parse_days (const char * const  *days,
                        guint               *mask,
                        GError             **error)
{
  guint found = 0;

  for (guint i = 0; days != NULL && days[i] != NULL; i++)
    {
      guint day;

      for (day = 0; day < G_N_ELEMENTS (day_ids); day++)
        if (g_str_equal (days[i], day_ids[day]))
          break;

      if (day == G_N_ELEMENTS (day_ids))
        {
          g_set_error (error, SB_SCHEDULE_ERROR, SB_SCHEDULE_ERROR_DAY,
                       _("“%s” is not a day of the week: use mon, tue, wed, thu, fri, sat or sun"), days[i]);
          return FALSE;
        }
      found |= 1u << day;
    }

  if (found == 0)
    {
      g_set_error_literal (error, SB_SCHEDULE_ERROR, SB_SCHEDULE_ERROR_DAY,
                           _("No day is chosen for the workout reminders"));
      return FALSE;
    }

  *mask = found;
  return TRUE;
}

/**
 * sb_schedule_days_to_strv:
 *
 * Returns: (transfer full): @mask's days as the settings hold them
 */
char **
sb_schedule_days_to_strv (guint mask)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint day = 0; day < G_N_ELEMENTS (day_ids); day++)
    if (mask & (1u << day))
      g_strv_builder_add (builder, day_ids[day]);

  return g_strv_builder_end (builder);
}

/* @day: 0 for Monday */
const char *
sb_schedule_day_id (guint day)
{
  g_return_val_if_fail (day < G_N_ELEMENTS (day_ids), NULL);
  return day_ids[day];
}

/**
 * sb_schedule_parse_quiet_hours:
 * @hours: the start and the end, "HH:MM" each
 * @from: (out): when they start, in minutes since midnight
 * @to: (out): when they end; before @from when they span midnight
 */
gboolean
sb_schedule_parse_quiet_hours (const char * const  *hours,
                               int                 *from,
                               int                 *to,
                               GError             **error)
{
  g_autoptr(GError) local_error = NULL;

  if (hours == NULL || g_strv_length ((char **) hours) != 2)
    {
      g_set_error_literal (error, SB_SCHEDULE_ERROR, SB_SCHEDULE_ERROR_QUIET_HOURS,
                           _("Quiet hours need a start and an end, such as 20:00 and 08:00"));
      return FALSE;
    }

  if (!sb_schedule_parse_time (hours[0], from, &local_error) ||
      !sb_schedule_parse_time (hours[1], to, &local_error))
    {
      g_set_error (error, SB_SCHEDULE_ERROR, SB_SCHEDULE_ERROR_QUIET_HOURS,
                   _("Quiet hours: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

int
sb_schedule_minute_of_day (GDateTime *time)
{
  return g_date_time_get_hour (time) * 60 + g_date_time_get_minute (time);
}

/* Quiet hours from 20:00 to 08:00 span midnight; equal ends mean none. */
gboolean
sb_schedule_in_quiet_hours (int        from,
                            int        to,
                            GDateTime *time)
{
  int minute = sb_schedule_minute_of_day (time);

  if (from < to)
    return minute >= from && minute < to;
  if (from > to)
    return minute >= from || minute < to;
  return FALSE;
}

/**
 * sb_schedule_at_minute:
 *
 * Returns: (transfer full): @day's date at @minutes past midnight, in
 *   @day's time zone
 */
GDateTime *
sb_schedule_at_minute (GDateTime *day,
                       int        minutes)
{
  return g_date_time_new (g_date_time_get_timezone (day),
                          g_date_time_get_year (day), g_date_time_get_month (day),
                          g_date_time_get_day_of_month (day), minutes / 60, minutes % 60, 0);
}

/**
 * sb_schedule_quiet_hours_end:
 *
 * Returns: (transfer full): when the quiet hours that @time falls in end
 */
GDateTime *
sb_schedule_quiet_hours_end (int        from,
                             int        to,
                             GDateTime *time)
{
  g_autoptr(GDateTime) today = sb_schedule_at_minute (time, to);

  if (g_date_time_compare (today, time) > 0)
    return g_steal_pointer (&today);

  {
    g_autoptr(GDateTime) tomorrow = g_date_time_add_days (time, 1);
    return sb_schedule_at_minute (tomorrow, to);
  }
}

/**
 * sb_schedule_next:
 * @days: a mask of days, bit 0 for Monday
 * @minutes: the time on those days
 *
 * Returns: (transfer full) (nullable): the first time at @minutes on one
 *   of @days strictly after @after, or %NULL without days
 */
GDateTime *
sb_schedule_next (guint      days,
                  int        minutes,
                  GDateTime *after)
{
  for (int offset = 0; offset <= 7 && (days & SB_SCHEDULE_ALL_DAYS) != 0; offset++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (after, offset);
      g_autoptr(GDateTime) candidate = sb_schedule_at_minute (day, minutes);
      guint weekday = g_date_time_get_day_of_week (candidate) - 1;

      if ((days & (1u << weekday)) && g_date_time_compare (candidate, after) > 0)
        return g_steal_pointer (&candidate);
    }

  return NULL;
}
