/* test-history-weeks.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The history's week headings: one per week, Monday to Sunday in local
 * time, and every change reported as the smallest range, so that the list
 * does not jump. */

#define G_LOG_DOMAIN "test-history-weeks"

#include "config.h"

#include <libglib-testing/signal-logger.h>

#include "model/sb-history-weeks.h"

static SbSession *
session_at (const char *iso)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso, NULL);

  return sb_session_new ("gym", "Gym", start);
}

/* Changes are applied when the main loop is idle. */
static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
assert_shape (GListModel *model,
              const char *shape)
{
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, strlen (shape));
  for (guint i = 0; shape[i]; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_true (shape[i] == 'H' ? SB_IS_WEEK_HEADER (item) : SB_IS_SESSION (item));
    }
}

static void
test_weeks (void)
{
  g_autoptr(GListStore) sessions = g_list_store_new (SB_TYPE_SESSION);
  g_autoptr(SbHistoryWeeks) weeks = NULL;
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(SbSession) monday = session_at ("2026-03-02T08:00:00Z");
  g_autoptr(SbSession) sunday = session_at ("2026-03-01T23:30:00Z");
  g_autoptr(SbSession) saturday = session_at ("2026-02-28T10:00:00Z");
  g_autoptr(SbSession) wednesday = session_at ("2026-03-04T10:00:00Z");
  g_autoptr(SbSession) next_week = session_at ("2026-03-10T10:00:00Z");
  g_autoptr(SbWeekHeader) first = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-03-05T12:00:00Z", NULL);
  g_autofree char *title = NULL;
  guint position, removed, added;

  /* newest first, as the store has them */
  g_list_store_append (sessions, monday);
  g_list_store_append (sessions, sunday);
  g_list_store_append (sessions, saturday);
  weeks = sb_history_weeks_new (G_LIST_MODEL (sessions));

  /* Sunday and Saturday share a week; Monday starts the next */
  assert_shape (G_LIST_MODEL (weeks), "HSHSS");
  first = g_list_model_get_item (G_LIST_MODEL (weeks), 0);
  title = sb_week_header_dup_title (first, now);
  g_assert_cmpstr (title, ==, "This Week");

  gt_signal_logger_connect (logger, weeks, "items-changed");

  /* many changes at once are applied, and reported, once */
  g_list_store_remove (sessions, 0);
  g_list_store_insert (sessions, 0, monday);
  assert_shape (G_LIST_MODEL (weeks), "HSHSS");
  gt_signal_logger_assert_no_emissions (logger);

  /* a newer session in the same week: one row, under the same heading */
  g_list_store_insert (sessions, 0, wednesday);
  assert_shape (G_LIST_MODEL (weeks), "HSSHSS");
  gt_signal_logger_assert_emission_pop (logger, weeks, "items-changed", &position, &removed, &added);
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 1);

  /* a new week: its heading and the session, at the top */
  g_list_store_insert (sessions, 0, next_week);
  assert_shape (G_LIST_MODEL (weeks), "HSHSSHSS");
  gt_signal_logger_assert_emission_pop (logger, weeks, "items-changed", &position, &removed, &added);
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 2);

  /* when the last session of a week goes, its heading goes with it */
  g_list_store_remove (sessions, 4);
  assert_shape (G_LIST_MODEL (weeks), "HSHSSHS");
  g_list_store_remove (sessions, 3);
  assert_shape (G_LIST_MODEL (weeks), "HSHSS");
}

static void
test_titles (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-03-05T12:00:00Z", NULL);
  g_autoptr(GDateTime) last = g_date_time_new_from_iso8601 ("2026-02-25T12:00:00Z", NULL);
  g_autoptr(GDateTime) older = g_date_time_new_from_iso8601 ("2026-02-04T12:00:00Z", NULL);
  g_autoptr(GDateTime) last_monday = sb_week_start (last);
  g_autoptr(GDateTime) older_monday = sb_week_start (older);
  g_autoptr(SbWeekHeader) last_header = sb_week_header_new (last_monday);
  g_autoptr(SbWeekHeader) older_header = sb_week_header_new (older_monday);
  g_autofree char *last_title = sb_week_header_dup_title (last_header, now);
  g_autofree char *older_title = sb_week_header_dup_title (older_header, now);

  g_assert_cmpstr (last_title, ==, "Last Week");
  g_assert_cmpstr (older_title, ==, "Week of 2 February 2026");
  g_assert_cmpint (g_date_time_get_day_of_week (older_monday), ==, 1);
  g_assert_cmpint (g_date_time_get_hour (older_monday), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* weeks are local: pin the zone and the language of the titles */
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LC_ALL", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history-weeks/grouping", test_weeks);
  g_test_add_func ("/history-weeks/titles", test_titles);

  return g_test_run ();
}
