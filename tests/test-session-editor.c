/* test-session-editor.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbSessionEditor in the window, driven as a person would: a workout done
 * at the gym is logged from the routine's plan, its sets changed, added
 * and removed, and lands in History marked as logged afterwards; a past
 * session is edited in place (the same file), History and Progress follow,
 * and each can be undone; a workout in the future is refused with a
 * reason; a newer version's session cannot be edited; the whole form
 * works by keyboard. */

#define G_LOG_DOMAIN "test-session-editor"

#include "config.h"

#include <glib/gstdio.h>

#include "storage/sb-session-codec.h"
#include "ui/sb-progress-page.h"
#include "ui/sb-session-editor.h"
#include "ui/sb-session-page.h"
#include "ui/sb-set-row.h"
#include "sb-test-app.h"

static SbHistoryStore *
history (void)
{
  return sb_context_get_history (sb_test_app_context ());
}

static const char *
content_page_name (SbWindow *window)
{
  return gtk_stack_get_visible_child_name (sb_test_find_named (window, "content"));
}

static SbSessionEditor *
editor (SbWindow *window)
{
  return sb_test_find (GTK_WIDGET (window), SB_TYPE_SESSION_EDITOR);
}

static AdwComboRow *
combo (SbWindow   *window,
       const char *title)
{
  return sb_test_find_labelled (editor (window), ADW_TYPE_COMBO_ROW, title);
}

/* The set rows under an exercise's heading, in order. */
static GPtrArray *
set_rows (SbWindow   *window,
          const char *exercise)
{
  return sb_test_collect (sb_test_find_labelled (editor (window), ADW_TYPE_PREFERENCES_GROUP, exercise),
                          SB_TYPE_SET_ROW);
}

static GtkSpinButton *
figure (gpointer    row,
        const char *name)
{
  return sb_test_find_labelled (row, GTK_TYPE_SPIN_BUTTON, name);
}

/* Clicks the button under @widget labelled @label, as a pointer would. */
static void
click (gpointer    widget,
       const char *label)
{
  g_signal_emit_by_name (sb_test_find_labelled (widget, GTK_TYPE_BUTTON, label), "clicked");
}

static guint
planned_sets (const char *routine_id,
              const char *exercise_id)
{
  SbRoutine *routine = sb_catalog_lookup_routine (sb_context_get_catalog (sb_test_app_context ()), routine_id);
  GListModel *steps = sb_routine_get_steps (routine);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (steps, i);

      if (g_str_equal (sb_exercise_get_id (sb_routine_step_get_exercise (step)), exercise_id))
        return sb_routine_step_get_dose (step)->sets;
    }
  g_assert_not_reached ();
}

static guint
count_sets (SbSession  *session,
            const char *exercise_id)
{
  guint n = 0;

  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    n += g_str_equal (sb_session_get_set (session, i)->exercise_id, exercise_id);
  return n;
}

static const SbSetRecord *
first_set (SbSession  *session,
           const char *exercise_id)
{
  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    if (g_str_equal (sb_session_get_set (session, i)->exercise_id, exercise_id))
      return sb_session_get_set (session, i);
  g_assert_not_reached ();
}

static char *
history_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "strongback", "history", NULL);
}

/* The session files under history/YYYY, trash and quarantine left out. */
static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        n += (g_ascii_isdigit (name[0]) || g_str_equal (dir, "trash")) ? count_files (path) : 0;
      else
        n += g_str_has_suffix (name, ".json");
    }
  return n;
}

/* Log a workout done at the gym: the plan with its sets changed, one
 * added and one removed, pain and notes; then undo it. */
static void
check_log_and_undo (SbWindow *window)
{
  SbHistoryStore *store = history ();
  g_autoptr(GPtrArray) thrusts = NULL;
  g_autoptr(GPtrArray) curls = NULL;
  g_autoptr(GPtrArray) extensions = NULL;
  g_autoptr(SbSession) logged = NULL;
  g_autofree char *dir = history_dir ();
  g_autofree char *trash = g_build_filename (dir, "trash", NULL);
  guint n_curls = planned_sets ("gym-corrective", "leg-curl");
  guint n_extensions = planned_sets ("gym-corrective", "back-extension");
  g_autofree char *last_curl = g_strdup_printf ("Set %u", n_curls + 1);
  SbSessionPage *page;

  sb_test_wait_until (sb_history_store_get_loaded (store));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.log-workout", "s", "gym-corrective");
  g_assert_cmpstr (content_page_name (window), ==, "log");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (combo (window, "Routine"))));

  /* the plan, set by set */
  thrusts = set_rows (window, "Hip thrust");
  g_assert_cmpuint (thrusts->len, ==, planned_sets ("gym-corrective", "hip-thrust"));
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (thrusts, 0)), ==, "Set 1");

  adw_combo_row_set_selected (combo (window, "Before"), 4 + 1);
  adw_combo_row_set_selected (combo (window, "After"), 2 + 1);
  gtk_spin_button_set_value (figure (g_ptr_array_index (thrusts, 0), "Reps"), 8);
  gtk_spin_button_set_value (figure (g_ptr_array_index (thrusts, 0), "Load (kg)"), 42.5);
  /* the row reads as History will */
  g_assert_cmpstr (adw_expander_row_get_subtitle (g_ptr_array_index (thrusts, 0)), ==, "8\u00a0reps · 42.5\u00a0kg");

  click (editor (window), "Add a set of Leg curl");
  curls = set_rows (window, "Leg curl");
  g_assert_cmpuint (curls->len, ==, n_curls + 1);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (curls, n_curls)), ==, last_curl);

  extensions = set_rows (window, "Back extension");
  click (g_ptr_array_index (extensions, 0), "Remove Set");
  g_clear_pointer (&extensions, g_ptr_array_unref);
  extensions = set_rows (window, "Back extension");
  g_assert_cmpuint (extensions->len, ==, n_extensions - 1);
  /* numbered again from 1 */
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (extensions, 0)), ==, "Set 1");

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (sb_test_find_named (window, "notes")), "  Gym, no laptop.\n", -1);

  click (editor (window), "Save");
  sb_test_wait_until (g_list_model_get_n_items (G_LIST_MODEL (store)) == 1);

  logged = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_true (sb_session_get_logged_afterwards (logged));
  g_assert_cmpstr (sb_session_get_routine_id (logged), ==, "gym-corrective");
  g_assert_cmpint (sb_session_get_pain_before (logged), ==, 4);
  g_assert_cmpint (sb_session_get_pain_after (logged), ==, 2);
  g_assert_cmpint (sb_session_get_pain_next_morning (logged), ==, -1);
  g_assert_cmpstr (sb_session_get_notes (logged), ==, "Gym, no laptop.");
  g_assert_cmpint (first_set (logged, "hip-thrust")->reps, ==, 8);
  g_assert_cmpfloat (first_set (logged, "hip-thrust")->load_kg, ==, 42.5);
  g_assert_cmpuint (count_sets (logged, "leg-curl"), ==, n_curls + 1);
  g_assert_cmpuint (count_sets (logged, "back-extension"), ==, n_extensions - 1);
  g_assert_cmpuint (count_files (dir), ==, 1);

  /* its page, in History, says how it got there */
  g_assert_cmpstr (content_page_name (window), ==, "session");
  page = sb_test_find (GTK_WIDGET (window), SB_TYPE_SESSION_PAGE);
  g_assert_cmpstr (sb_session_get_id (sb_session_page_get_session (page)), ==, sb_session_get_id (logged));
  g_assert_nonnull (sb_test_find_text (page, "logged afterwards"));

  /* undo: to the trash, never deleted outright */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-log", NULL);
  sb_test_wait_until (g_list_model_get_n_items (G_LIST_MODEL (store)) == 0);
  g_assert_cmpuint (count_files (dir), ==, 0);
  g_assert_cmpuint (count_files (trash), ==, 1);
}

/* A session three days ago, written before the app starts. */
static SbSession *
write_session (gboolean newer_version)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, -3);
  g_autoptr(GDateTime) start = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                                      g_date_time_get_day_of_month (day), 18, 0, 0);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 40);
  g_autoptr(SbSetRecord) set = sb_set_record_new ("hip-thrust");
  g_autofree char *dir = history_dir ();
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *data = NULL;
  SbSession *session = sb_session_new ("gym-corrective", "Corrective routine", start);

  sb_session_set_end_time (session, end);
  sb_session_set_pain_before (session, 5);
  sb_session_set_pain_after (session, 4);
  set->reps = 10;
  set->load_kg = 40;
  set->effort = 6;
  sb_session_add_set (session, set);
  sb_session_add_set (session, set);

  name = sb_session_codec_dup_file_name (session);
  path = g_build_filename (dir, name, NULL);
  parent = g_path_get_dirname (path);
  data = sb_session_codec_write (session);
  if (newer_version)
    {
      g_autofree char *newer = NULL;
      char *version = strstr (data, "\"version\" : 1");

      g_assert_nonnull (version);
      version[strlen ("\"version\" : ")] = '2';
      newer = g_strdup (data);
      g_free (data);
      data = g_steal_pointer (&newer);
    }
  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  g_object_set_data_full (G_OBJECT (session), "path", g_steal_pointer (&path), g_free);

  return session;
}

static SbSession *written;

static void
run_with_session (gconstpointer data)
{
  sb_test_app_reset ();
  written = write_session (FALSE);
  sb_test_run_app (data);
  g_clear_object (&written);
}

static void
run_with_newer_session (gconstpointer data)
{
  sb_test_app_reset ();
  written = write_session (TRUE);
  sb_test_run_app (data);
  g_clear_object (&written);
}

/* Opens the only session in History. */
static SbSessionPage *
open_session (SbWindow *window)
{
  GtkListView *list = sb_test_find_named (window, "history-list");

  adw_view_stack_set_visible_child_name (sb_test_find_named (window, "sidebar-stack"), "history");
  /* row 0 is its week's heading */
  sb_test_wait_until (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))) == 2);
  g_signal_emit_by_name (list, "activate", 1);
  g_assert_cmpstr (content_page_name (window), ==, "session");
  return sb_test_find (GTK_WIDGET (window), SB_TYPE_SESSION_PAGE);
}

static gboolean
progress_says (SbWindow   *window,
               const char *text)
{
  return sb_test_find_text (sb_test_find (GTK_WIDGET (window), SB_TYPE_PROGRESS_PAGE), text) != NULL;
}

/* Edit a past session: the same file rewritten, the page, History and
 * Progress follow; undo brings the session back as it was. */
static void
check_edit_and_undo (SbWindow *window)
{
  SbHistoryStore *store = history ();
  const char *id = sb_session_get_id (written);
  const char *path = g_object_get_data (G_OBJECT (written), "path");
  g_autofree char *dir = history_dir ();
  g_autoptr(GPtrArray) thrusts = NULL;
  g_autofree char *contents = NULL;
  SbSessionPage *page = open_session (window);
  SbSession *edited;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-progress", NULL);
  sb_test_wait_until (progress_says (window, "Pain after"));
  g_assert_false (progress_says (window, "the morning after"));
  open_session (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-session", NULL);
  g_assert_cmpstr (content_page_name (window), ==, "log");
  /* a session keeps its routine */
  g_assert_false (gtk_widget_get_visible (sb_test_find_named (window, "routine")));
  g_assert_cmpuint (adw_combo_row_get_selected (combo (window, "Before")), ==, 5 + 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (sb_test_find_named (window, "hour")), ==, 18);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (sb_test_find_named (window, "duration")), ==, 40);
  thrusts = set_rows (window, "Hip thrust");
  g_assert_cmpuint (thrusts->len, ==, 2);

  /* fix a set, the pain, the morning after */
  gtk_spin_button_set_value (figure (g_ptr_array_index (thrusts, 1), "Reps"), 12);
  gtk_switch_set_active (sb_test_find_labelled (g_ptr_array_index (thrusts, 0), GTK_TYPE_SWITCH, "Skipped"), TRUE);
  adw_combo_row_set_selected (combo (window, "After"), 1 + 1);
  adw_combo_row_set_selected (combo (window, "The Next Morning"), 3 + 1);
  click (editor (window), "Save");
  sb_test_wait_until ((edited = sb_history_store_lookup (store, id)) != NULL &&
                      sb_session_get_pain_after (edited) == 1);

  g_assert_cmpint (sb_session_get_pain_next_morning (edited), ==, 3);
  g_assert_true (sb_session_get_set (edited, 0)->skipped);
  g_assert_cmpint (sb_session_get_set (edited, 1)->reps, ==, 12);
  /* start and end untouched, to the offset */
  g_assert_true (g_date_time_equal (sb_session_get_start_time (edited), sb_session_get_start_time (written)));
  g_assert_true (g_date_time_equal (sb_session_get_end_time (edited), sb_session_get_end_time (written)));
  /* an edit is not a log */
  g_assert_false (sb_session_get_logged_afterwards (edited));

  /* the same file, rewritten: no second one */
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"pain-after\" : 1"));

  /* the page, History and Progress show it at once */
  g_assert_cmpstr (content_page_name (window), ==, "session");
  g_assert_true (sb_session_page_get_session (page) == edited);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  sb_test_wait_until (progress_says (window, "the morning after, 3 out of 10"));

  /* undo: the session as it was */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-log", NULL);
  sb_test_wait_until (sb_session_get_pain_after (sb_history_store_lookup (store, id)) == 4);
  g_assert_true (sb_session_equal (sb_history_store_lookup (store, id), written));
  g_assert_true (sb_session_page_get_session (page) == sb_history_store_lookup (store, id));
  sb_test_wait_until (!progress_says (window, "the morning after"));
  g_assert_cmpuint (count_files (dir), ==, 1);
}

/* Moving a session to another day: it takes its place by date. */
static void
check_edit_date (SbWindow *window)
{
  SbHistoryStore *store = history ();
  const char *id = sb_session_get_id (written);
  g_autoptr(GDateTime) earlier = g_date_time_add_days (sb_session_get_start_time (written), -2);
  SbSession *edited;

  open_session (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-session", NULL);
  gtk_calendar_select_day (sb_test_find (GTK_WIDGET (editor (window)), GTK_TYPE_CALENDAR), earlier);
  gtk_spin_button_set_value (sb_test_find_named (window, "minute"), 15);
  click (editor (window), "Save");
  sb_test_wait_until ((edited = sb_history_store_lookup (store, id)) != NULL && edited != NULL &&
                      g_date_time_get_minute (sb_session_get_start_time (edited)) == 15);

  g_assert_cmpint (g_date_time_get_day_of_month (sb_session_get_start_time (edited)), ==,
                   g_date_time_get_day_of_month (earlier));
  /* the length is kept */
  g_assert_cmpint (g_date_time_difference (sb_session_get_end_time (edited), sb_session_get_start_time (edited)),
                   ==, 40 * G_TIME_SPAN_MINUTE);
}

/* A workout in the future cannot have been done: the form says so and
 * nothing is saved. */
static void
check_future_refused (SbWindow *window)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *dir = history_dir ();
  GtkLabel *message;

  sb_test_wait_until (sb_history_store_get_loaded (history ()));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.log-workout", "s", "desk-break");
  gtk_calendar_select_day (sb_test_find (GTK_WIDGET (editor (window)), GTK_TYPE_CALENDAR), tomorrow);
  click (editor (window), "Save");

  message = sb_test_find_text (editor (window), "in the future");
  g_assert_nonnull (message);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpstr (content_page_name (window), ==, "log");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history ())), ==, 0);
  g_assert_cmpuint (count_files (dir), ==, 0);

  /* Cancel leaves it, nothing saved */
  click (editor (window), "Cancel");
  g_assert_cmpstr (content_page_name (window), !=, "log");
  g_assert_cmpuint (count_files (dir), ==, 0);
}

/* Written by a newer version: shown, never rewritten. */
static void
check_newer_read_only (SbWindow *window)
{
  SbSessionPage *page = open_session (window);

  g_assert_null (sb_test_find_labelled_ (GTK_WIDGET (page), GTK_TYPE_BUTTON, "Edit…"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-session", NULL);
  g_assert_cmpstr (content_page_name (window), ==, "session");
}

/* Whether @widget is @target or inside it. */
static gboolean
within (GtkWidget *widget,
        GtkWidget *target)
{
  return widget != NULL && (widget == target || gtk_widget_is_ancestor (widget, target));
}

/* The whole form by keyboard: Tab reaches every field, a set's figures
 * once it is opened, and Save; Enter on Save saves. */
static void
check_keyboard (SbWindow *window)
{
  GtkWidget *targets[9];
  gboolean reached[G_N_ELEMENTS (targets)] = { FALSE };
  g_autoptr(GPtrArray) thrusts = NULL;
  GtkWidget *save_button;

  sb_test_wait_until (sb_history_store_get_loaded (history ()));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.log-workout", "s", "gym-corrective");
  thrusts = set_rows (window, "Hip thrust");
  adw_expander_row_set_expanded (g_ptr_array_index (thrusts, 0), TRUE);
  save_button = sb_test_find_labelled (editor (window), GTK_TYPE_BUTTON, "Save");

  targets[0] = sb_test_find_named (window, "routine");
  targets[1] = sb_test_find_named (window, "date");
  targets[2] = sb_test_find_named (window, "hour");
  targets[3] = sb_test_find_named (window, "duration");
  targets[4] = GTK_WIDGET (combo (window, "Before"));
  targets[5] = GTK_WIDGET (figure (g_ptr_array_index (thrusts, 0), "Reps"));
  targets[6] = sb_test_find_labelled (editor (window), GTK_TYPE_BUTTON, "Add a set of Hip thrust");
  targets[7] = sb_test_find_named (window, "notes");
  targets[8] = save_button;
  /* the set opens with an animation: its fields are there once shown */
  sb_test_wait_until (gtk_widget_get_mapped (targets[5]));

  /* Tab, and only Tab, from the first field to Save */
  gtk_widget_grab_focus (targets[0]);
  for (guint step = 0; step < 400; step++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
        reached[i] |= within (focus, targets[i]);
      if (within (focus, save_button))
        break;

      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
    }

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    if (!reached[i])
      g_error ("Tab never reaches %s “%s”", G_OBJECT_TYPE_NAME (targets[i]), gtk_widget_get_name (targets[i]));

  /* Save, from the keyboard */
  gtk_widget_activate (save_button);
  sb_test_wait_until (g_list_model_get_n_items (G_LIST_MODEL (history ())) == 1);
}

int
main (int   argc,
      char *argv[])
{
  sb_test_app_init (&argc, &argv, "session-editor");

  g_test_add_data_func ("/session-editor/log-and-undo", check_log_and_undo, sb_test_run_with_window);
  g_test_add_data_func ("/session-editor/edit-and-undo", check_edit_and_undo, run_with_session);
  g_test_add_data_func ("/session-editor/edit-date", check_edit_date, run_with_session);
  g_test_add_data_func ("/session-editor/future-refused", check_future_refused, sb_test_run_with_window);
  g_test_add_data_func ("/session-editor/newer-read-only", check_newer_read_only, run_with_newer_session);
  g_test_add_data_func ("/session-editor/keyboard", check_keyboard, sb_test_run_with_window);

  return g_test_run ();
}
