/* test-progress-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbProgressPage in the real window: it counts what History holds,
 * follows a new session and the range, and writes each chart's summary
 * under it. */

#define G_LOG_DOMAIN "test-progress-page"

#include "config.h"

#include "ui/sb-progress-page.h"
#include "sb-test-app.h"

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(gboolean *) user_data = sb_history_store_save_finish (SB_HISTORY_STORE (object), result, NULL);
}

/* The Progress page counts what History holds, follows a new session and
 * the range, and writes each chart's summary under it. */
static void
check_progress (SbWindow *window)
{
  SbHistoryStore *history = sb_context_get_history (sb_test_app_context ());
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-11-25T12:00:00+01:00", NULL);
  const char *days[] = { "2026-11-23T18:00:00+01:00", "2026-11-18T18:00:00+01:00", "2026-10-01T18:00:00+02:00" };
  SbProgressPage *page;

  sb_test_wait_until (sb_history_store_get_loaded (history));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-progress", NULL);
  page = sb_test_find (GTK_WIDGET (window), SB_TYPE_PROGRESS_PAGE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sb_test_find_named (window, "content")), ==, "progress");
  sb_progress_page_set_now (page, now);
  g_assert_cmpuint (sb_progress_page_get_stats (page)->sessions, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (days[i], NULL);
      g_autoptr(SbSession) session = sb_session_new ("gym-corrective", "Corrective routine", start);
      gboolean saved = FALSE;

      sb_session_set_pain_after (session, 5 - i);
      sb_history_store_save_async (history, session, NULL, on_saved, &saved);
      sb_test_wait_until (saved);
    }

  /* it follows the history by itself */
  sb_test_wait_until (sb_progress_page_get_stats (page)->sessions == 2);
  {
    g_autofree char *expected = sb_stats_describe_weeks (sb_progress_page_get_stats (page), 3);

    g_assert_cmpstr (expected, ==, "2 sessions in the last 4 weeks; the weekly goal was met in 0 weeks");
    g_assert_nonnull (sb_test_find_text (page, expected));
  }

  sb_progress_page_set_range (page, SB_STATS_RANGE_3_MONTHS);
  g_assert_cmpuint (sb_progress_page_get_stats (page)->sessions, ==, 3);
  g_assert_cmpuint (sb_progress_page_get_stats (page)->weeks->len, ==, 13);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  sb_test_app_init (&argc, &argv, "progress-page");

  g_test_add_data_func ("/progress-page/follows-history", check_progress, sb_test_run_with_window);

  return g_test_run ();
}
