/* test-schedule.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* sb-schedule: the reminders' settings read into times, each bad value
 * refused with a message a person can act on, and the times they lead
 * to, across midnight and a change to summer time. */

#define G_LOG_DOMAIN "test-schedule"

#include "config.h"

#include <locale.h>

#include "workout/sb-schedule.h"

static void
test_times (void)
{
  const char *bad[] = { "", "25:00", "18:60", "18", "18:5", "18:000", "-1:00", "6pm", "18.00", "１８:００" };
  int minutes = -1;

  g_assert_true (sb_schedule_parse_time ("18:00", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 18 * 60);
  g_assert_true (sb_schedule_parse_time ("7:05", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 7 * 60 + 5);
  g_assert_true (sb_schedule_parse_time ("00:00", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 0);
  g_assert_true (sb_schedule_parse_time ("23:59", &minutes, NULL));
  g_assert_cmpint (minutes, ==, 23 * 60 + 59);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = g_strdup_printf ("“%s” is not a time of day: write hours and minutes, "
                                                   "such as 18:00", bad[i]);

      minutes = 42;
      g_assert_false (sb_schedule_parse_time (bad[i], &minutes, &error));
      g_assert_error (error, SB_SCHEDULE_ERROR, SB_SCHEDULE_ERROR_TIME);
      g_assert_cmpstr (error->message, ==, expected);
      g_assert_cmpint (minutes, ==, 42);
    }

  {
    g_autofree char *text = sb_schedule_format_time (7 * 60 + 5);
    g_assert_cmpstr (text, ==, "07:05");
  }
}

static void
test_days (void)
{
  const char *weekdays[] = { "mon", "wed", "fri", NULL };
  const char *unknown[] = { "mon", "funday", NULL };
  const char *none[] = { NULL };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) back = NULL;
  guint mask = 0;

  g_assert_true (sb_schedule_parse_days (weekdays, &mask, NULL));
  g_assert_cmpuint (mask, ==, 1 | 4 | 16);
  back = sb_schedule_days_to_strv (mask);
  g_assert_cmpstrv (back, weekdays);

  mask = 99;
  g_assert_false (sb_schedule_parse_days (unknown, &mask, &error));
  g_assert_error (error, SB_SCHEDULE_ERROR, SB_SCHEDULE_ERROR_DAY);
  g_assert_cmpstr (error->message, ==, "“funday” is not a day of the week: use mon, tue, wed, thu, fri, sat or sun");
  g_assert_cmpuint (mask, ==, 99);
  g_clear_error (&error);

  g_assert_false (sb_schedule_parse_days (none, &mask, &error));
  g_assert_cmpstr (error->message, ==, "No day is chosen for the workout reminders");
}

static void
test_quiet_hours (void)
{
  const char *night[] = { "20:00", "08:00", NULL };
  const char *afternoon[] = { "13:00", "14:30", NULL };
  const char *one[] = { "20:00", NULL };
  const char *empty[] = { NULL };
  const char *bad[] = { "20:00", "8 o'clock", NULL };
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) evening = g_date_time_new (tz, 2026, 11, 23, 21, 30, 0);
  g_autoptr(GDateTime) early = g_date_time_new (tz, 2026, 11, 24, 7, 59, 0);
  g_autoptr(GDateTime) morning = g_date_time_new (tz, 2026, 11, 24, 8, 0, 0);
  g_autoptr(GDateTime) end = NULL;
  int from, to;

  g_assert_true (sb_schedule_parse_quiet_hours (night, &from, &to, NULL));
  g_assert_cmpint (from, ==, 20 * 60);
  g_assert_cmpint (to, ==, 8 * 60);
  g_assert_true (sb_schedule_in_quiet_hours (from, to, evening));
  g_assert_true (sb_schedule_in_quiet_hours (from, to, early));
  g_assert_false (sb_schedule_in_quiet_hours (from, to, morning));

  /* from the evening, they end the next morning */
  end = sb_schedule_quiet_hours_end (from, to, evening);
  g_assert_true (g_date_time_equal (end, morning));

  g_assert_true (sb_schedule_parse_quiet_hours (afternoon, &from, &to, NULL));
  g_assert_false (sb_schedule_in_quiet_hours (from, to, evening));
  /* equal ends: no quiet hours at all */
  g_assert_false (sb_schedule_in_quiet_hours (8 * 60, 8 * 60, morning));

  {
    const char * const *refused[] = { one, empty, NULL };

    for (guint i = 0; refused[i] != NULL; i++)
      {
        g_autoptr(GError) error = NULL;

        g_assert_false (sb_schedule_parse_quiet_hours (refused[i], &from, &to, &error));
        g_assert_error (error, SB_SCHEDULE_ERROR, SB_SCHEDULE_ERROR_QUIET_HOURS);
        g_assert_cmpstr (error->message, ==, "Quiet hours need a start and an end, such as 20:00 and 08:00");
      }
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (sb_schedule_parse_quiet_hours (bad, &from, &to, &error));
    g_assert_cmpstr (error->message, ==, "Quiet hours: “8 o'clock” is not a time of day: write hours and "
                                         "minutes, such as 18:00");
  }
}

static void
test_next (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  /* Monday 23 November 2026 */
  g_autoptr(GDateTime) monday_noon = g_date_time_new (tz, 2026, 11, 23, 12, 0, 0);
  g_autoptr(GDateTime) monday_evening = g_date_time_new (tz, 2026, 11, 23, 18, 0, 0);
  g_autoptr(GDateTime) wednesday_evening = g_date_time_new (tz, 2026, 11, 25, 18, 0, 0);
  g_autoptr(GDateTime) next_monday = g_date_time_new (tz, 2026, 11, 30, 18, 0, 0);
  guint mon_wed = 1 | 4;
  g_autoptr(GDateTime) first = sb_schedule_next (mon_wed, 18 * 60, monday_noon);
  g_autoptr(GDateTime) second = sb_schedule_next (mon_wed, 18 * 60, first);
  g_autoptr(GDateTime) third = sb_schedule_next (mon_wed, 18 * 60, second);
  g_autoptr(GDateTime) only_monday = sb_schedule_next (1, 18 * 60, monday_evening);

  g_assert_true (g_date_time_equal (first, monday_evening));
  g_assert_true (g_date_time_equal (second, wednesday_evening));
  g_assert_true (g_date_time_equal (third, next_monday));
  /* strictly after: at 18:00 on a Monday, the next is a week later */
  g_assert_true (g_date_time_equal (only_monday, next_monday));
  g_assert_null (sb_schedule_next (0, 18 * 60, monday_noon));

  /* across the change to summer time (29 March 2026, 02:00 → 03:00), the
   * reminder is at 18:00 local time on both sides */
  {
    g_autoptr(GDateTime) saturday = g_date_time_new (tz, 2026, 3, 28, 19, 0, 0);
    g_autoptr(GDateTime) sunday = sb_schedule_next (1u << 6, 18 * 60, saturday);

    g_assert_cmpint (g_date_time_get_day_of_month (sunday), ==, 29);
    g_assert_cmpint (g_date_time_get_hour (sunday), ==, 18);
    g_assert_cmpint (g_date_time_get_utc_offset (sunday) / G_TIME_SPAN_HOUR, ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/times", test_times);
  g_test_add_func ("/schedule/days", test_days);
  g_test_add_func ("/schedule/quiet-hours", test_quiet_hours);
  g_test_add_func ("/schedule/next", test_next);

  return g_test_run ();
}
