/* test-stats.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The numbers behind the Progress charts, on crafted histories: empty
 * weeks, a change of daylight saving time, travel across time zones, a
 * year boundary, the streak, the trends and the words that describe them. */

#define G_LOG_DOMAIN "test-stats"

#include "config.h"

#include <locale.h>

#include "workout/sb-stats.h"

static SbSession *
session_at (GListStore *history,
            const char *iso,
            int         pain_before,
            int         pain_after)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(SbSession) session = NULL;

  g_assert_nonnull (start);
  session = sb_session_new ("r", "R", start);
  if (pain_before >= 0)
    sb_session_set_pain_before (session, pain_before);
  if (pain_after >= 0)
    sb_session_set_pain_after (session, pain_after);
  g_list_store_append (history, session);

  return session;
}

static void
add_set (SbSession  *session,
         const char *exercise,
         int         reps,
         int         seconds,
         double      load)
{
  g_autoptr(SbSetRecord) set = sb_set_record_new (exercise);

  set->reps = reps;
  set->seconds = seconds;
  set->load_kg = load;
  sb_session_add_set (session, set);
}

static GDateTime *
at (const char *iso)
{
  GDateTime *datetime = g_date_time_new_from_iso8601 (iso, NULL);

  g_assert_nonnull (datetime);
  return datetime;
}

static guint
week (SbStats *stats,
      guint    index)
{
  return g_array_index (stats->weeks, SbWeekCount, index).sessions;
}

static void
assert_monday (SbStats    *stats,
               guint       index,
               int         year,
               int         month,
               int         day)
{
  const GDate *monday = &g_array_index (stats->weeks, SbWeekCount, index).monday;

  g_assert_cmpint (g_date_get_weekday (monday), ==, G_DATE_MONDAY);
  g_assert_cmpint (g_date_get_year (monday), ==, year);
  g_assert_cmpint (g_date_get_month (monday), ==, month);
  g_assert_cmpint (g_date_get_day (monday), ==, day);
}

static void
test_empty_weeks (void)
{
  g_autoptr(GListStore) history = g_list_store_new (SB_TYPE_SESSION);
  g_autoptr(GDateTime) now = at ("2026-11-25T12:00:00+01:00");   /* a Wednesday */
  g_autoptr(SbStats) stats = NULL;

  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_4_WEEKS, 3);
  g_assert_cmpuint (stats->weeks->len, ==, 4);
  assert_monday (stats, 0, 2026, 11, 2);
  assert_monday (stats, 3, 2026, 11, 23);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpuint (week (stats, i), ==, 0);
  g_assert_cmpuint (stats->pain->len, ==, 0);
  g_assert_cmpuint (stats->exercises->len, ==, 0);
  g_assert_cmpuint (stats->streak, ==, 0);
  g_clear_pointer (&stats, sb_stats_free);

  /* one session three weeks ago, nothing since: the weeks between are 0 */
  session_at (history, "2026-11-04T18:00:00+01:00", -1, -1);
  session_at (history, "2026-10-26T18:00:00+01:00", -1, -1);   /* before the range */
  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_4_WEEKS, 3);
  g_assert_cmpuint (week (stats, 0), ==, 1);
  g_assert_cmpuint (week (stats, 1), ==, 0);
  g_assert_cmpuint (week (stats, 2), ==, 0);
  g_assert_cmpuint (week (stats, 3), ==, 0);
  g_assert_cmpuint (stats->sessions, ==, 1);

  g_clear_pointer (&stats, sb_stats_free);
  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_YEAR, 3);
  g_assert_cmpuint (stats->weeks->len, ==, 52);
  g_assert_cmpuint (stats->sessions, ==, 2);
  g_assert_cmpuint (sb_stats_range_weeks (SB_STATS_RANGE_3_MONTHS), ==, 13);
}

/* Europe's clocks went forward in the night of 29 March 2026 and back in
 * the night of 25 October: sessions either side of the change, late on
 * Sunday and just after midnight on Monday, fall in their own weeks. */
static void
test_dst (void)
{
  g_autoptr(GListStore) history = g_list_store_new (SB_TYPE_SESSION);
  g_autoptr(GDateTime) now = at ("2026-04-01T09:00:00+02:00");
  g_autoptr(SbStats) stats = NULL;

  session_at (history, "2026-03-29T01:30:00+01:00", -1, -1);  /* Sunday, before the change */
  session_at (history, "2026-03-29T23:30:00+02:00", -1, -1);  /* Sunday, after it */
  session_at (history, "2026-03-30T00:10:00+02:00", -1, -1);  /* Monday */
  session_at (history, "2026-03-23T00:00:00+01:00", -1, -1);  /* the first minute of the week */

  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_4_WEEKS, 3);
  assert_monday (stats, 2, 2026, 3, 23);
  g_assert_cmpuint (week (stats, 2), ==, 3);
  g_assert_cmpuint (week (stats, 3), ==, 1);
  g_clear_pointer (&stats, sb_stats_free);

  /* and in autumn, with a 25-hour Sunday */
  g_list_store_remove_all (history);
  g_clear_pointer (&now, g_date_time_unref);
  now = at ("2026-10-27T09:00:00+01:00");
  session_at (history, "2026-10-25T02:30:00+02:00", -1, -1);
  session_at (history, "2026-10-25T02:30:00+01:00", -1, -1);  /* the hour again */
  session_at (history, "2026-10-25T23:59:59+01:00", -1, -1);
  session_at (history, "2026-10-26T00:00:00+01:00", -1, -1);
  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_4_WEEKS, 3);
  g_assert_cmpuint (week (stats, 2), ==, 3);
  g_assert_cmpuint (week (stats, 3), ==, 1);
  g_assert_cmpuint (stats->pain->len, ==, 0);
}

/* A session counts on the day it was lived where it was done, whatever
 * the time zone now. */
static void
test_time_zones (void)
{
  g_autoptr(GListStore) history = g_list_store_new (SB_TYPE_SESSION);
  g_autoptr(GDateTime) now = at ("2026-05-06T09:00:00+02:00");
  g_autoptr(SbStats) stats = NULL;

  /* Sunday evening in Tokyo: Sunday morning in Berlin, same week */
  session_at (history, "2026-05-03T23:30:00+09:00", -1, 4);
  /* Monday evening in Los Angeles: Tuesday in Berlin, same week either way */
  session_at (history, "2026-05-04T23:30:00-07:00", -1, 2);
  /* Sunday late in Los Angeles is Monday in UTC: still Sunday's week */
  session_at (history, "2026-05-10T22:00:00-07:00", -1, 2);

  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_4_WEEKS, 1);
  g_assert_cmpuint (week (stats, 2), ==, 1);   /* 27 April */
  g_assert_cmpuint (week (stats, 3), ==, 2);   /* 4 May: Monday and Sunday in Los Angeles */

  /* the pain points are placed by local day too, in order */
  g_assert_cmpuint (stats->pain->len, ==, 3);
  g_assert_cmpfloat_with_epsilon (g_array_index (stats->pain, SbPainPoint, 0).day, 20 + 23.5 / 24, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (stats->pain, SbPainPoint, 1).day, 21 + 23.5 / 24, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (stats->pain, SbPainPoint, 2).day, 27 + 22.0 / 24, 1e-9);

  /* a week later the same sessions are in the same weeks */
  g_clear_pointer (&stats, sb_stats_free);
  g_clear_pointer (&now, g_date_time_unref);
  now = at ("2026-05-11T08:00:00+02:00");
  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_4_WEEKS, 1);
  g_assert_cmpuint (week (stats, 2), ==, 2);   /* 4 May: Monday in LA, and Sunday 10 May in LA */
  g_assert_cmpuint (week (stats, 3), ==, 0);
}

static void
test_year_boundary (void)
{
  g_autoptr(GListStore) history = g_list_store_new (SB_TYPE_SESSION);
  g_autoptr(GDateTime) now = at ("2027-01-06T09:00:00+01:00");
  g_autoptr(SbStats) stats = NULL;

  session_at (history, "2026-12-28T18:00:00+01:00", -1, -1);  /* Monday */
  session_at (history, "2026-12-31T23:59:00+01:00", -1, -1);  /* Thursday */
  session_at (history, "2027-01-01T00:01:00+01:00", -1, -1);  /* Friday */
  session_at (history, "2027-01-04T07:00:00+01:00", -1, -1);  /* Monday */

  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_4_WEEKS, 3);
  assert_monday (stats, 2, 2026, 12, 28);
  assert_monday (stats, 3, 2027, 1, 4);
  g_assert_cmpuint (week (stats, 2), ==, 3);
  g_assert_cmpuint (week (stats, 3), ==, 1);

  /* the year view reaches back over the boundary too */
  g_clear_pointer (&stats, sb_stats_free);
  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_YEAR, 3);
  assert_monday (stats, 0, 2026, 1, 12);
  g_assert_cmpuint (week (stats, 50), ==, 3);
}

static void
test_streak (void)
{
  g_autoptr(GListStore) history = g_list_store_new (SB_TYPE_SESSION);
  g_autoptr(GDateTime) now = at ("2026-11-25T12:00:00+01:00");
  const char *days[] = {
    /* 3 sessions in each of the 3 weeks before this one... */
    "2026-11-02T18:00:00+01:00", "2026-11-04T18:00:00+01:00", "2026-11-06T18:00:00+01:00",
    "2026-11-09T18:00:00+01:00", "2026-11-11T18:00:00+01:00", "2026-11-13T18:00:00+01:00",
    "2026-11-16T18:00:00+01:00", "2026-11-18T18:00:00+01:00", "2026-11-20T18:00:00+01:00",
    /* ...2 the week before (not met), 3 the week before that */
    "2026-10-26T18:00:00+01:00", "2026-10-28T18:00:00+01:00",
    "2026-10-19T18:00:00+02:00", "2026-10-20T18:00:00+02:00", "2026-10-21T18:00:00+02:00",
  };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    session_at (history, days[i], -1, -1);

  /* this week has had nothing yet: it does not break the streak */
  g_assert_cmpuint (sb_stats_streak (G_LIST_MODEL (history), now, 3), ==, 3);
  g_assert_cmpuint (sb_stats_streak (G_LIST_MODEL (history), now, 2), ==, 5);
  g_assert_cmpuint (sb_stats_streak (G_LIST_MODEL (history), now, 4), ==, 0);

  /* and adds to it once met */
  session_at (history, "2026-11-23T07:00:00+01:00", -1, -1);
  g_assert_cmpuint (sb_stats_streak (G_LIST_MODEL (history), now, 3), ==, 3);
  g_assert_cmpuint (sb_stats_streak (G_LIST_MODEL (history), now, 1), ==, 6);

  /* a week missed entirely ends it */
  {
    g_autoptr(GDateTime) later = at ("2026-12-09T12:00:00+01:00");
    g_assert_cmpuint (sb_stats_streak (G_LIST_MODEL (history), later, 1), ==, 0);
  }
}

static void
test_exercises (void)
{
  g_autoptr(GListStore) history = g_list_store_new (SB_TYPE_SESSION);
  g_autoptr(GDateTime) now = at ("2026-11-25T12:00:00+01:00");
  g_autoptr(SbStats) stats = NULL;
  const SbExerciseStats *bridge, *thrust, *walk;
  struct { const char *day; int reps; double load; int seconds; } plan[] = {
    { "2026-11-03T18:00:00+01:00", 10, 20, 300 },
    { "2026-11-10T18:00:00+01:00", 12, 20, 600 },
    { "2026-11-17T18:00:00+01:00", 12, 30, 600 },
    { "2026-11-24T18:00:00+01:00", 15, 40, 540 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      SbSession *session = session_at (history, plan[i].day, -1, -1);

      add_set (session, "glute-bridge", plan[i].reps - 2, -1, -1);
      add_set (session, "glute-bridge", plan[i].reps, -1, -1);
      add_set (session, "hip-thrust", 10, -1, plan[i].load);
      add_set (session, "incline-walk", -1, plan[i].seconds, -1);
      /* a skipped set never counts */
      {
        g_autoptr(SbSetRecord) skipped = sb_set_record_new ("glute-bridge");
        skipped->reps = 99;
        skipped->skipped = TRUE;
        sb_session_add_set (session, skipped);
      }
    }
  /* the same reps every time: steady */
  for (guint i = 0; i < 3; i++)
    add_set (session_at (history, plan[i].day, -1, -1), "dead-bug", 8, -1, -1);

  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_4_WEEKS, 3);
  g_assert_cmpuint (stats->exercises->len, ==, 4);
  bridge = g_ptr_array_index (stats->exercises, 1);
  thrust = g_ptr_array_index (stats->exercises, 2);
  walk = g_ptr_array_index (stats->exercises, 3);
  g_assert_cmpstr (bridge->exercise_id, ==, "glute-bridge");
  g_assert_cmpint (bridge->measure, ==, SB_STATS_MEASURE_REPS);
  g_assert_cmpfloat (bridge->best, ==, 15);
  g_assert_cmpfloat (bridge->first, ==, 10);
  g_assert_cmpfloat (bridge->last, ==, 15);
  g_assert_cmpint (bridge->trend, ==, 1);
  g_assert_cmpuint (bridge->n_sessions, ==, 4);

  g_assert_cmpint (thrust->measure, ==, SB_STATS_MEASURE_LOAD);
  g_assert_cmpfloat (thrust->best, ==, 40);
  g_assert_cmpint (thrust->trend, ==, 1);

  /* each session's best, where it falls in the range (which starts on
   * Monday 2 November): what the exercise's own chart draws */
  g_assert_cmpuint (thrust->points->len, ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      const SbStatsPoint *point = &g_array_index (thrust->points, SbStatsPoint, i);

      g_assert_cmpfloat (point->value, ==, plan[i].load);
      g_assert_cmpfloat_with_epsilon (point->day, 1 + 7 * i + 18 / 24.0, 1e-9);
    }
  g_assert_cmpfloat (g_array_index (bridge->points, SbStatsPoint, 3).value, ==, 15);

  g_assert_cmpint (walk->measure, ==, SB_STATS_MEASURE_SECONDS);
  g_assert_cmpfloat (walk->best, ==, 600);
  g_assert_cmpfloat (walk->last, ==, 540);
  g_assert_cmpint (walk->trend, ==, 1);

  g_assert_cmpint (((SbExerciseStats *) g_ptr_array_index (stats->exercises, 0))->trend, ==, 0);

  {
    g_autofree char *text = sb_stats_describe_exercise (thrust, "Hip thrust");
    g_autofree char *steady = sb_stats_describe_exercise (g_ptr_array_index (stats->exercises, 0), "Dead bug");
    g_autofree char *timed = sb_stats_describe_exercise (walk, "Incline walk");

    g_assert_cmpstr (text, ==, "Hip thrust: best 40 kg, rising from 20 kg to 40 kg");
    g_assert_cmpstr (steady, ==, "Dead bug: best 8 reps, steady");
    g_assert_cmpstr (timed, ==, "Incline walk: best 10:00 min, rising from 5:00 min to 9:00 min");
  }

  /* falling */
  for (guint i = 0; i < 3; i++)
    add_set (session_at (history, plan[i].day, -1, -1), "bird-dog", 12 - 3 * (int) i, -1, -1);
  g_clear_pointer (&stats, sb_stats_free);
  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_4_WEEKS, 3);
  g_assert_cmpstr (((SbExerciseStats *) g_ptr_array_index (stats->exercises, 0))->exercise_id, ==, "bird-dog");
  g_assert_cmpint (((SbExerciseStats *) g_ptr_array_index (stats->exercises, 0))->trend, ==, -1);
}

static void
test_describe (void)
{
  g_autoptr(GListStore) history = g_list_store_new (SB_TYPE_SESSION);
  g_autoptr(GDateTime) now = at ("2026-11-25T12:00:00+01:00");
  g_autoptr(SbStats) stats = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *weeks = NULL;

  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_3_MONTHS, 3);
  pain = sb_stats_describe_pain (stats);
  g_assert_cmpstr (pain, ==, "No pain was rated after a session in this period");
  g_clear_pointer (&pain, g_free);
  g_clear_pointer (&stats, sb_stats_free);

  /* weeks 1 and 7 of the range: 5 and 6 (average 5.5 rounds to 6)... */
  session_at (history, "2026-10-14T18:00:00+02:00", 6, 5);
  session_at (history, "2026-10-16T18:00:00+02:00", 6, 6);
  session_at (history, "2026-11-17T18:00:00+01:00", 4, -1);   /* no rating after */
  session_at (history, "2026-11-25T08:00:00+01:00", 4, 3);
  session_at (history, "2026-11-24T08:00:00+01:00", 3, 3);

  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_3_MONTHS, 2);
  g_assert_cmpuint (stats->pain->len, ==, 5);
  pain = sb_stats_describe_pain (stats);
  g_assert_cmpstr (pain, ==, "Pain after sessions fell from 6 to 3 over 6 weeks");
  weeks = sb_stats_describe_weeks (stats, 2);
  g_assert_cmpstr (weeks, ==, "5 sessions in the last 13 weeks; the weekly goal was met in 2 weeks");
  g_clear_pointer (&pain, g_free);
  g_clear_pointer (&stats, sb_stats_free);

  /* the last week's ratings averaged: 3, 3, 9, 9 is 6 */
  session_at (history, "2026-11-25T10:00:00+01:00", 2, 9);
  session_at (history, "2026-11-25T10:30:00+01:00", 2, 9);
  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_3_MONTHS, 2);
  pain = sb_stats_describe_pain (stats);
  g_assert_cmpstr (pain, ==, "Pain after sessions stayed at 6 over 6 weeks");
  g_clear_pointer (&pain, g_free);
  g_clear_pointer (&stats, sb_stats_free);

  session_at (history, "2026-11-25T11:00:00+01:00", 2, 9);
  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_3_MONTHS, 2);
  pain = sb_stats_describe_pain (stats);
  g_assert_cmpstr (pain, ==, "Pain after sessions rose from 6 to 7 over 6 weeks");
}

/* Desk breaks are counted apart, per day: the weekly goal, the streak
 * and the pain are about workouts. The pain the morning after is kept
 * beside the pain before and after. */
static void
test_desk_breaks_and_mornings (void)
{
  g_autoptr(GListStore) history = g_list_store_new (SB_TYPE_SESSION);
  g_autoptr(GDateTime) now = at ("2026-11-25T12:00:00+01:00");   /* a Wednesday */
  g_autoptr(SbStats) stats = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *snacks = NULL;
  SbSession *workout;
  const char *breaks[] = { "2026-11-24T10:00:00+01:00", "2026-11-24T15:00:00+01:00", "2026-11-25T10:00:00+01:00" };

  workout = session_at (history, "2026-11-23T18:00:00+01:00", 4, 3);
  sb_session_set_pain_next_morning (workout, 2);
  for (guint i = 0; i < G_N_ELEMENTS (breaks); i++)
    {
      SbSession *snack = session_at (history, breaks[i], i == 0 ? 5 : -1, -1);

      sb_session_set_place (snack, "desk");
    }
  /* from before the place was kept: the built-in Desk break by its id */
  {
    g_autoptr(GDateTime) start = at ("2026-11-25T11:00:00+01:00");
    g_autoptr(SbSession) old = sb_session_new ("desk-break", "Desk break", start);

    g_list_store_append (history, old);
  }

  stats = sb_stats_new (G_LIST_MODEL (history), now, SB_STATS_RANGE_4_WEEKS, 1);
  g_assert_cmpuint (stats->sessions, ==, 1);
  g_assert_cmpuint (week (stats, 3), ==, 1);
  g_assert_cmpuint (stats->streak, ==, 1);
  g_assert_cmpuint (stats->n_snacks, ==, 4);
  g_assert_cmpuint (stats->snacks->len, ==, 28);
  /* Monday 23 November is day 21 of the range */
  g_assert_cmpuint (g_array_index (stats->snacks, guint, 21), ==, 0);
  g_assert_cmpuint (g_array_index (stats->snacks, guint, 22), ==, 2);
  g_assert_cmpuint (g_array_index (stats->snacks, guint, 23), ==, 2);

  g_assert_cmpuint (stats->pain->len, ==, 1);
  g_assert_cmpint (g_array_index (stats->pain, SbPainPoint, 0).pain_next_morning, ==, 2);
  pain = sb_stats_describe_pain (stats);
  g_assert_cmpstr (pain, ==, "Pain after sessions this period: 3 out of 10; the morning after, 2 out of 10 on average");
  snacks = sb_stats_describe_snacks (stats);
  g_assert_cmpstr (snacks, ==, "4 desk breaks in this period, on 2 days, at most 2 a day");
}

int
main (int   argc,
      char *argv[])
{
  /* the texts are checked in English */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/stats/empty-weeks", test_empty_weeks);
  g_test_add_func ("/stats/dst", test_dst);
  g_test_add_func ("/stats/time-zones", test_time_zones);
  g_test_add_func ("/stats/year-boundary", test_year_boundary);
  g_test_add_func ("/stats/streak", test_streak);
  g_test_add_func ("/stats/exercises", test_exercises);
  g_test_add_func ("/stats/describe", test_describe);
  g_test_add_func ("/stats/desk-breaks-and-mornings", test_desk_breaks_and_mornings);

  return g_test_run ();
}
