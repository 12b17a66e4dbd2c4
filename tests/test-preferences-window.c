/* test-preferences-window.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbPreferencesWindow over the real application: back up and export the
 * history, restore a session deleted since (and only that one), restore
 * again without doubling anything, and move the history to another folder,
 * each through the same calls the file chooser makes. Its Reminders page
 * (SbRemindersPage) turns the reminders on, and says what is wrong with a
 * time, a day or quiet hours that cannot be read, typed or found in the
 * settings, changing nothing. */

#define G_LOG_DOMAIN "test-preferences-window"

#include "config.h"

#include "ui/sb-preferences-window.h"
#include "ui/sb-reminders-page.h"
#include "sb-test-app.h"

static SbPreferencesWindow *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (SB_IS_PREFERENCES_WINDOW (toplevel))
        return SB_PREFERENCES_WINDOW (toplevel);
    }

  g_error ("no Preferences window");
}

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static SbSession *
add_session (SbHistoryStore *history,
             const char     *start_iso)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (start_iso, NULL);
  g_autoptr(SbSetRecord) set = sb_set_record_new ("glute-bridge");
  g_autoptr(GAsyncResult) result = NULL;
  SbSession *session = sb_session_new ("home-corrective", "Corrective routine at home", start);

  set->reps = 15;
  sb_session_add_set (session, set);
  sb_history_store_save_async (history, session, NULL, on_done, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_history_store_save_finish (history, result, NULL));

  return session;
}

static gboolean
has_toast_text (const char *text)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (sb_test_find_text (toplevel, text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
check_preferences (SbWindow *window)
{
  SbContext *context = sb_test_app_context ();
  SbHistoryStore *history = sb_context_get_history (context);
  g_autofree char *backup_path = g_build_filename (g_get_user_cache_dir (), "backup.json", NULL);
  g_autofree char *csv_path = g_build_filename (g_get_user_cache_dir (), "sets.csv", NULL);
  g_autofree char *moved_path = g_build_filename (g_get_user_data_dir (), "Synced", "history", NULL);
  g_autoptr(GFile) backup = g_file_new_for_path (backup_path);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) moved = g_file_new_for_path (moved_path);
  g_autoptr(SbSession) first = NULL;
  g_autoptr(SbSession) second = NULL;
  g_autoptr(SbSession) third = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  SbPreferencesWindow *preferences;
  GtkWidget *move_button;

  sb_test_wait_until (sb_history_store_get_loaded (history));
  first = add_session (history, "2026-11-02T18:00:00+01:00");
  second = add_session (history, "2026-11-04T18:00:00+01:00");
  third = add_session (history, "2026-11-06T18:00:00+01:00");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 3);

  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "preferences", NULL);
  preferences = find_preferences ();
  move_button = sb_test_find_labelled (preferences, GTK_TYPE_BUTTON, "Move…");

  /* one file operation at a time: the buttons wait for it */
  sb_preferences_window_back_up (preferences, backup, FALSE);
  g_assert_false (gtk_widget_get_sensitive (move_button));
  sb_test_wait_until (g_file_query_exists (backup, NULL) && gtk_widget_get_sensitive (move_button));
  sb_preferences_window_back_up (preferences, csv, TRUE);
  sb_test_wait_until (g_file_query_exists (csv, NULL) && gtk_widget_get_sensitive (move_button));

  /* a session deleted since the backup comes back from it, alone */
  sb_history_store_delete_async (history, second, NULL, on_done, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_history_store_delete_finish (history, result, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 2);
  sb_preferences_window_restore (preferences, backup);
  sb_test_wait_until (gtk_widget_get_sensitive (move_button));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 3);
  g_assert_nonnull (sb_history_store_lookup (history, sb_session_get_id (second)));
  sb_test_wait_until (has_toast_text ("Restored 1 session; 2 were here already"));

  /* restored again: nothing doubles */
  sb_preferences_window_restore (preferences, backup);
  sb_test_wait_until (gtk_widget_get_sensitive (move_button));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 3);
  sb_test_wait_until (has_toast_text ("Restored 0 sessions; 3 were here already"));

  /* moved: the same sessions, read from the new folder, remembered */
  sb_preferences_window_move_history (preferences, moved);
  sb_test_wait_until (g_file_equal (sb_history_store_get_directory (history), moved) &&
                      sb_history_store_get_loaded (history) &&
                      gtk_widget_get_sensitive (move_button));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 3);
  g_assert_nonnull (sb_history_store_lookup (history, sb_session_get_id (first)));
  {
    g_autofree char *folder = g_settings_get_string (sb_context_get_settings (context), "history-folder");
    g_assert_cmpstr (folder, ==, moved_path);
  }

  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* The line under the row titled @title. */
static const char *
row_line (gpointer    page,
          const char *title)
{
  return adw_action_row_get_subtitle (sb_test_find_labelled (page, ADW_TYPE_ACTION_ROW, title));
}

static void
type_into (GtkWidget  *entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

static void
check_reminders (SbWindow *window)
{
  GSettings *settings = sb_context_get_settings (sb_test_app_context ());
  SbRemindersPage *page;
  g_autofree char *time = NULL;
  g_auto(GStrv) days = NULL;
  g_auto(GStrv) quiet = NULL;

  /* what the settings hold and cannot be read is said, and kept */
  g_settings_set_string (settings, "workout-time", "25:99");
  g_settings_set_strv (settings, "workout-days", (const char * const[]) { "mon", "funday", NULL });
  g_settings_set_strv (settings, "quiet-hours", (const char * const[]) { NULL });
  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "preferences", NULL);
  page = sb_test_find (GTK_WIDGET (find_preferences ()), SB_TYPE_REMINDERS_PAGE);

  g_assert_cmpstr (row_line (page, "Time"), ==, "“25:99” is not a time of day: write hours and minutes, such as "
                                               "18:00. Reminders come at 18:00 until you set a time.");
  g_assert_cmpstr (row_line (page, "Days"), ==, "“funday” is not a day of the week: use mon, tue, wed, thu, fri, "
                                               "sat or sun. Reminders keep to Monday, Wednesday and Friday until "
                                               "you choose days.");
  g_assert_cmpstr (row_line (page, "No Desk Breaks or Questions"), ==,
                   "Quiet hours need a start and an end, such as 20:00 and 08:00. The usual quiet hours, 20:00 to "
                   "08:00, apply until you set others.");
  time = g_settings_get_string (settings, "workout-time");
  g_assert_cmpstr (time, ==, "25:99");

  /* a time typed wrong is refused beside it; a good one is kept */
  type_into (sb_test_find_labelled (page, GTK_TYPE_ENTRY, "Reminder time, hours and minutes"), "7:5");
  g_assert_cmpstr (row_line (page, "Time"), ==, "“7:5” is not a time of day: write hours and minutes, such as 18:00");
  g_free (time);
  time = g_settings_get_string (settings, "workout-time");
  g_assert_cmpstr (time, ==, "25:99");
  type_into (sb_test_find_labelled (page, GTK_TYPE_ENTRY, "Reminder time, hours and minutes"), "7:30");
  g_free (time);
  time = g_settings_get_string (settings, "workout-time");
  g_assert_cmpstr (time, ==, "07:30");
  g_assert_cmpstr (row_line (page, "Time"), ==, "");

  /* days: the week shows the ones the reminders keep to, and chooses;
   * none at all is refused */
  g_assert_true (gtk_toggle_button_get_active (sb_test_find_named (page, "fri")));
  gtk_toggle_button_set_active (sb_test_find_named (page, "fri"), FALSE);
  days = g_settings_get_strv (settings, "workout-days");
  g_assert_cmpstrv (days, ((const char * const[]) { "mon", "wed", NULL }));
  g_assert_cmpstr (row_line (page, "Days"), ==, "");
  gtk_toggle_button_set_active (sb_test_find_named (page, "mon"), FALSE);
  gtk_toggle_button_set_active (sb_test_find_named (page, "wed"), FALSE);
  g_assert_cmpstr (row_line (page, "Days"), ==, "No day is chosen for the workout reminders");
  g_strfreev (days);
  days = g_settings_get_strv (settings, "workout-days");
  g_assert_cmpstrv (days, ((const char * const[]) { "wed", NULL }));

  /* quiet hours: both ends */
  gtk_editable_set_text (sb_test_find_labelled (page, GTK_TYPE_EDITABLE, "Quiet hours start"), "21:30");
  type_into (sb_test_find_labelled (page, GTK_TYPE_ENTRY, "Quiet hours end"), "7:00");
  quiet = g_settings_get_strv (settings, "quiet-hours");
  g_assert_cmpstrv (quiet, ((const char * const[]) { "21:30", "07:00", NULL }));

  /* desk breaks on: without GNOME's idle monitor, it says what that means */
  g_assert_null (sb_test_find_labelled_ (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Breaks Cannot Be Noticed"));
  gtk_switch_set_active (sb_test_find_labelled (page, GTK_TYPE_SWITCH, "Propose Desk Breaks"), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "activation-snacks"));
  g_assert_nonnull (sb_test_find_labelled (page, ADW_TYPE_ACTION_ROW, "Breaks Cannot Be Noticed"));
  g_assert_nonnull (sb_test_find_text (page, "a desk break is proposed every 45 minutes instead"));

  gtk_window_destroy (GTK_WINDOW (find_preferences ()));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  sb_test_app_init (&argc, &argv, "preferences-window");

  g_test_add_data_func ("/preferences-window/back-up-restore-move", check_preferences, sb_test_run_with_window);
  g_test_add_data_func ("/preferences-window/reminders", check_reminders, sb_test_run_with_window);

  return g_test_run ();
}
