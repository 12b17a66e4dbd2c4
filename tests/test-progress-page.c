/* test-progress-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbProgressPage and the Progress tab of the sidebar in the real
 * window: the page counts what History holds, follows a new session and
 * the range, and writes each chart's summary under it; the sidebar
 * lists the exercises done in the range and shows one's best sets. */

#define G_LOG_DOMAIN "test-progress-page"

#include "config.h"

#include "ui/sb-progress-page.h"
#include "ui/sb-progress-sidebar.h"
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
      if (i < 2)
        {
          g_autoptr(SbSetRecord) set = sb_set_record_new ("hip-thrust");

          set->reps = 8 + i;
          set->load_kg = 40 - 10 * i;
          sb_session_add_set (session, set);
        }
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

/* The Progress tab's sidebar picks the range and one exercise done in
 * it, whose best set of each session the page then charts. */
static void
check_progress_sidebar (SbWindow *window)
{
  SbHistoryStore *history = sb_context_get_history (sb_test_app_context ());
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -2);
  g_autoptr(GDateTime) long_ago = g_date_time_add_days (now, -60);
  GDateTime *days[] = { long_ago, day };
  SbProgressSidebar *sidebar;
  SbProgressPage *page;
  GtkListView *list;
  GListModel *exercises;
  GtkStack *content;
  GtkStack *shown;
  guint leg_curl;

  sb_test_wait_until (sb_history_store_get_loaded (history));
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(SbSession) session = sb_session_new ("gym-corrective", "Corrective routine", days[i]);
      g_autoptr(SbSetRecord) set = sb_set_record_new (i == 0 ? "leg-curl" : "hip-thrust");
      gboolean saved = FALSE;

      set->reps = 10;
      set->load_kg = 30;
      sb_session_add_set (session, set);
      sb_history_store_save_async (history, session, NULL, on_saved, &saved);
      sb_test_wait_until (saved);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-progress", NULL);
  sidebar = sb_test_find (GTK_WIDGET (window), SB_TYPE_PROGRESS_SIDEBAR);
  page = sb_test_find (GTK_WIDGET (window), SB_TYPE_PROGRESS_PAGE);
  content = sb_test_find_named (window, "content");
  list = sb_test_find_named (sidebar, "progress-exercises");
  shown = sb_test_find (GTK_WIDGET (page), GTK_TYPE_STACK);
  sb_test_wait_until (sb_progress_page_get_stats (page)->sessions == 1);

  /* the last 4 weeks hold one exercise, the last 3 months both */
  exercises = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_assert_cmpuint (g_list_model_get_n_items (exercises), ==, 1);
  gtk_toggle_button_set_active (sb_test_find_labelled (sidebar, GTK_TYPE_TOGGLE_BUTTON, "3 Months"), TRUE);
  g_assert_cmpint (sb_progress_page_get_range (page), ==, SB_STATS_RANGE_3_MONTHS);
  g_assert_cmpuint (g_list_model_get_n_items (exercises), ==, 2);

  /* choosing one shows its chart, named, in the content pane */
  for (leg_curl = 0; leg_curl < g_list_model_get_n_items (exercises); leg_curl++)
    {
      g_autoptr(SbExercise) exercise = g_list_model_get_item (exercises, leg_curl);

      if (g_str_equal (sb_exercise_get_id (exercise), "leg-curl"))
        break;
    }
  gtk_stack_set_visible_child_name (content, "empty");
  g_signal_emit_by_name (list, "activate", leg_curl);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "progress");
  g_assert_cmpstr (sb_progress_sidebar_get_exercise (sidebar), ==, "leg-curl");
  g_assert_cmpstr (sb_progress_page_get_exercise (page), ==, "leg-curl");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (shown), ==, "exercise");
  g_assert_cmpstr (gtk_label_get_text (sb_test_find_named (page, "title")), ==, "Leg curl");
  g_assert_nonnull (sb_test_find_text (page, "The heaviest load of each session"));

  /* back to 4 weeks, it says that it was not done */
  gtk_toggle_button_set_active (sb_test_find_labelled (sidebar, GTK_TYPE_TOGGLE_BUTTON, "4 Weeks"), TRUE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (shown), ==, "no-exercise");
  g_assert_cmpstr (sb_progress_sidebar_get_exercise (sidebar), ==, "leg-curl");

  /* the overview row goes back to the charts of all sessions */
  g_signal_emit_by_name (sb_test_find_named (sidebar, "overview"), "activate");
  g_assert_null (sb_progress_page_get_exercise (page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (shown), ==, "charts");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  sb_test_app_init (&argc, &argv, "progress-page");

  g_test_add_data_func ("/progress-page/follows-history", check_progress, sb_test_run_with_window);
  g_test_add_data_func ("/progress-page/sidebar", check_progress_sidebar, sb_test_run_with_window);

  return g_test_run ();
}
