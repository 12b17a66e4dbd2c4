/* test-editor.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The routine editor in the real window: copy a built-in routine, rename
 * it, refuse a bad value beside its field, reorder and remove steps, see
 * each change on disk, delete and undo, import good and bad files. And
 * the Progress page over the real history. */

#include "config.h"

#include "model/sb-catalog.h"
#include "ui/sb-preferences-window.h"
#include "ui/sb-progress-page.h"
#include "ui/sb-routine-editor.h"
#include "ui/sb-routine-page.h"
#include "sb-test-app.h"

static SbCatalog *
catalog_of (SbWindow *window)
{
  return sb_application_get_catalog (SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(gboolean *) user_data = sb_catalog_load_user_routines_finish (SB_CATALOG (object), result, NULL);
}

static const char *
visible_page (SbWindow *window)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (sb_test_find (GTK_WIDGET (window),
                                                                                 SB_TYPE_ROUTINE_PAGE))));

  return gtk_stack_get_visible_child_name (stack);
}

static const char *
step_id (SbRoutine *routine,
         guint      position)
{
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), position);

  return sb_exercise_get_id (sb_routine_step_get_exercise (step));
}

/* The drop target of a step row, as a drag from another row's handle
 * reaches it. */
static void
drop_step (GtkWidget *editor,
           guint      from,
           guint      onto)
{
  GtkWidget *row = sb_test_find_nth (editor, ADW_TYPE_EXPANDER_ROW, onto);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, from);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &dropped);
    }
  g_assert_true (dropped);
}

static int
step_sets (SbRoutine *routine,
           guint      position)
{
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), position);

  return sb_routine_step_get_dose (step)->sets;
}

/* The file holds the routine as it is in memory. */
static gboolean
file_matches (SbRoutine *routine)
{
  g_autofree char *path = sb_routine_get_file (routine) ? g_file_get_path (sb_routine_get_file (routine)) : NULL;
  g_autofree char *data = NULL;
  g_autofree char *expected = sb_routine_to_data (routine);

  return path != NULL && g_file_get_contents (path, &data, NULL, NULL) && g_str_equal (data, expected);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *tooltip)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *button = sb_test_find_nth (root, GTK_TYPE_BUTTON, i);

      g_assert_nonnull (button);
      if (g_strcmp0 (gtk_widget_get_tooltip_text (button), tooltip) == 0)
        return button;
    }
}

static void
check_editor (SbWindow *window)
{
  SbCatalog *catalog = catalog_of (window);
  gboolean loaded = FALSE;
  SbRoutineEditor *editor;
  SbRoutine *routine;
  AdwExpanderRow *thrust;
  GtkEditable *sets;
  g_autofree char *id = NULL;
  g_autofree char *path = NULL;

  sb_catalog_load_user_routines_async (catalog, NULL, on_loaded, &loaded);
  sb_test_wait_until (loaded);

  /* "Copy and Edit" on a built-in routine opens the copy in the editor */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-routine", "s", "gym-corrective");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 4);
  g_assert_cmpstr (visible_page (window), ==, "editor");
  editor = sb_test_find (GTK_WIDGET (window), SB_TYPE_ROUTINE_EDITOR);
  routine = sb_routine_editor_get_routine (editor);
  g_assert_false (sb_routine_get_builtin (routine));
  id = g_strdup (sb_routine_get_id (routine));
  sb_test_wait_until (file_matches (routine));
  path = g_file_get_path (sb_routine_get_file (routine));

  /* an empty name is refused beside the field; the last good one stays */
  {
    GtkEditable *name = GTK_EDITABLE (sb_test_find (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW));
    g_autofree char *before = g_strdup (sb_routine_get_name (routine));

    gtk_editable_set_text (name, "   ");
    g_assert_cmpstr (sb_routine_get_name (routine), ==, before);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
    g_assert_nonnull (sb_test_find (GTK_WIDGET (editor), GTK_TYPE_LABEL));
    gtk_editable_set_text (name, "Tuesday at the gym");
    g_assert_cmpstr (sb_routine_get_name (routine), ==, "Tuesday at the gym");
    g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name), "error"));
  }

  /* 0 sets is refused with the file's own limits; 4 is taken */
  thrust = sb_test_find_nth (GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW, 3);
  adw_expander_row_set_expanded (thrust, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (step_id (routine, 3), ==, "hip-thrust");
  sets = GTK_EDITABLE (sb_test_find_nth (GTK_WIDGET (thrust), GTK_TYPE_ENTRY, 0));
  gtk_editable_set_text (sets, "0");
  g_assert_cmpint (step_sets (routine, 3), ==, 3);
  {
    AdwActionRow *row = ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (sets), ADW_TYPE_ACTION_ROW));
    g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Sets must be a whole number from 1 to 20");
  }
  gtk_editable_set_text (sets, "4");
  g_assert_cmpint (step_sets (routine, 3), ==, 4);
  /* the field being typed in stays: no rebuild under the user's fingers */
  g_assert_true (sb_test_find_nth (GTK_WIDGET (thrust), GTK_TYPE_ENTRY, 0) == (gpointer) sets);
  sb_test_wait_until (file_matches (routine));

  /* drag the first step onto the third, and back */
  {
    const char *first = step_id (routine, 0), *second = step_id (routine, 1);

    drop_step (GTK_WIDGET (editor), 0, 2);
    g_assert_cmpstr (step_id (routine, 2), ==, first);
    g_assert_cmpstr (step_id (routine, 0), ==, second);
    sb_test_wait_until (file_matches (routine));
    drop_step (GTK_WIDGET (editor), 2, 0);
    g_assert_cmpstr (step_id (routine, 0), ==, first);
    g_assert_cmpstr (step_id (routine, 3), ==, "hip-thrust");
    sb_test_wait_until (file_matches (routine));
  }

  /* move it up with its button, then remove the first step */
  thrust = sb_test_find_nth (GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW, 3);
  adw_expander_row_set_expanded (thrust, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_signal_emit_by_name (find_button (GTK_WIDGET (thrust), "Move Up"), "clicked");
  g_assert_cmpstr (step_id (routine, 2), ==, "hip-thrust");
  g_assert_cmpint (step_sets (routine, 2), ==, 4);
  thrust = sb_test_find_nth (GTK_WIDGET (editor), ADW_TYPE_EXPANDER_ROW, 0);
  adw_expander_row_set_expanded (thrust, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_signal_emit_by_name (find_button (GTK_WIDGET (thrust), "Remove From Routine"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (sb_routine_get_steps (routine)), ==, 4);
  g_assert_cmpstr (step_id (routine, 1), ==, "hip-thrust");
  sb_test_wait_until (file_matches (routine));

  /* back: the routine page shows the routine as edited */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (visible_page (window), ==, "routine");
  g_assert_true (sb_routine_page_get_routine (sb_test_find (GTK_WIDGET (window), SB_TYPE_ROUTINE_PAGE)) == routine);

  /* delete, and undo: the same routine and file come back */
  g_object_ref (routine);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-routine", "s", id);
  g_assert_null (sb_catalog_lookup_routine (catalog, id));
  sb_test_wait_until (!g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete-routine", NULL);
  sb_test_wait_until (sb_catalog_lookup_routine (catalog, id) == routine);
  sb_test_wait_until (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (file_matches (routine));
  g_object_unref (routine);

  /* a bad shared file is explained in a dialog, and nothing changes */
  sb_window_import_routine (window, "from-a-friend.json", "{\"format\": \"strongback-routine\"", 31);
  {
    AdwMessageDialog *dialog = sb_test_find_dialog ();

    g_assert_nonnull (dialog);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "from-a-friend.json"));
    adw_message_dialog_response (dialog, "close");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 4);

  /* a good one is added and shown */
  {
    const char *shared = "{\"format\": \"strongback-routine\", \"version\": 1, \"id\": \"physio-plan\","
                         " \"name\": \"From my physio\", \"steps\": [{\"exercise\": \"glute-bridge\"}]}";

    sb_window_import_routine (window, "physio.json", shared, strlen (shared));
    g_assert_nonnull (sb_catalog_lookup_routine (catalog, "physio-plan"));
    g_assert_cmpstr (visible_page (window), ==, "routine");
    g_assert_cmpstr (sb_routine_get_name (sb_routine_page_get_routine (sb_test_find (GTK_WIDGET (window),
                                                                                     SB_TYPE_ROUTINE_PAGE))),
                     ==, "From my physio");
    sb_test_wait_until (file_matches (sb_catalog_lookup_routine (catalog, "physio-plan")));
  }
}

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
  SbHistoryStore *history = sb_application_get_history (SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 ("2026-11-25T12:00:00+01:00", NULL);
  const char *days[] = { "2026-11-23T18:00:00+01:00", "2026-11-18T18:00:00+01:00", "2026-10-01T18:00:00+02:00" };
  SbProgressPage *page;

  sb_test_wait_until (sb_history_store_get_loaded (history));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-progress", NULL);
  page = sb_test_find (GTK_WIDGET (window), SB_TYPE_PROGRESS_PAGE);
  g_assert_cmpstr (visible_page (window), ==, "progress");
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
    gboolean shown = FALSE;
    GtkLabel *label;

    g_assert_cmpstr (expected, ==, "2 sessions in the last 4 weeks; the weekly goal was met in 0 weeks");
    for (guint i = 0; (label = sb_test_find_nth (GTK_WIDGET (page), GTK_TYPE_LABEL, i)) != NULL; i++)
      shown |= g_strcmp0 (gtk_label_get_label (label), expected) == 0;
    g_assert_true (shown);
  }

  sb_progress_page_set_range (page, SB_STATS_RANGE_3_MONTHS);
  g_assert_cmpuint (sb_progress_page_get_stats (page)->sessions, ==, 3);
  g_assert_cmpuint (sb_progress_page_get_stats (page)->weeks->len, ==, 13);
}

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

  g_assert_not_reached ();
}

/* Its "Move…" button: insensitive while a file operation runs. */
static GtkWidget *
find_move_button (GtkWidget *preferences)
{
  GtkWidget *button;

  for (guint i = 0; (button = sb_test_find_nth (preferences, GTK_TYPE_BUTTON, i)) != NULL; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "prefs.move-history") == 0)
      return button;

  g_assert_not_reached ();
}

/* Preferences: back up, restore into an empty history elsewhere, move the
 * history, each through the same calls the file chooser makes. */
static void
check_preferences (SbWindow *window)
{
  SbApplication *app = SB_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  SbHistoryStore *history = sb_application_get_history (app);
  g_autofree char *backup_path = g_build_filename (g_get_user_data_dir (), "backup.json", NULL);
  g_autofree char *csv_path = g_build_filename (g_get_user_data_dir (), "sets.csv", NULL);
  g_autofree char *moved_path = g_build_filename (g_get_user_data_dir (), "Synced", "history", NULL);
  g_autoptr(GFile) backup = g_file_new_for_path (backup_path);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) moved = g_file_new_for_path (moved_path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  SbPreferencesWindow *preferences;
  GtkWidget *move_button;
  guint n;

  sb_test_wait_until (sb_history_store_get_loaded (history));
  n = g_list_model_get_n_items (G_LIST_MODEL (history));
  g_assert_cmpuint (n, >, 0);   /* the sessions of /progress/follows-history */

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_preferences ();
  move_button = find_move_button (GTK_WIDGET (preferences));

  sb_preferences_window_back_up (preferences, backup, FALSE);
  sb_test_wait_until (g_file_query_exists (backup, NULL) &&
                      gtk_widget_get_sensitive (move_button));
  sb_preferences_window_back_up (preferences, csv, TRUE);
  sb_test_wait_until (g_file_query_exists (csv, NULL));

  /* move: the same sessions, read from the new folder, remembered */
  sb_test_wait_until (gtk_widget_get_sensitive (move_button));
  sb_preferences_window_move_history (preferences, moved);
  sb_test_wait_until (g_file_equal (sb_history_store_get_directory (history), moved) &&
                      sb_history_store_get_loaded (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, n);
  {
    g_autofree char *folder = g_settings_get_string (settings, "history-folder");
    g_assert_cmpstr (folder, ==, moved_path);
  }

  /* restore into it: nothing doubles */
  sb_test_wait_until (gtk_widget_get_sensitive (move_button));
  sb_preferences_window_restore (preferences, backup);
  sb_test_wait_until (gtk_widget_get_sensitive (move_button));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, n);

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "history-folder");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  sb_test_app_init (&argc, &argv, "editor");

  g_test_add_data_func ("/editor/edit-save-delete-import", check_editor, sb_test_run_with_window);
  g_test_add_data_func ("/progress/follows-history", check_progress, sb_test_run_with_window);
  g_test_add_data_func ("/preferences/back-up-move-restore", check_preferences, sb_test_run_with_window);

  return g_test_run ();
}
