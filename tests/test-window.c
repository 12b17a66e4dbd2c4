/* test-window.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window under the test display, driven as a person would: the
 * routines are listed, a routine shows its steps, a step opens the exercise
 * with its demonstration playing and its texts, variations lead on, a
 * narrow window folds to one pane, and Escape goes back. */

#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include <adwaita.h>
#include <gst/gst.h>

#include "storage/sb-session-codec.h"
#include "ui/sb-exercise-page.h"
#include "ui/sb-routine-page.h"
#include "ui/sb-routine-row.h"
#include "ui/sb-session-page.h"
#include "ui/sb-text-row.h"
#include "sb-test-app.h"

static GtkStack *
content_stack (SbWindow *window)
{
  return sb_test_find_named (window, "content");
}

static GtkWidget *
content_page (SbWindow *window)
{
  return gtk_stack_get_visible_child (content_stack (window));
}

/* A page's title, as the person reads it. */
static const char *
title_of (gpointer page)
{
  return gtk_label_get_label (sb_test_find_named (page, "title"));
}

static GtkListView *
routine_list (SbWindow *window)
{
  return sb_test_find_named (window, "routine-list");
}

static SbRoutinePage *
routine_page (SbWindow *window)
{
  return sb_test_find (GTK_WIDGET (window), SB_TYPE_ROUTINE_PAGE);
}

static void
activate_step (SbWindow   *window,
               const char *title)
{
  SbTextRow *row = sb_test_find_labelled (routine_page (window), SB_TYPE_TEXT_ROW, title);

  /* as Enter on the row does, through its list */
  gtk_widget_activate (GTK_WIDGET (row));
}

static void
check_routines_and_steps (SbWindow *window)
{
  GtkListView *list = routine_list (window);
  GtkSelectionModel *model = gtk_list_view_get_model (list);
  SbRoutinePage *page = routine_page (window);

  /* the method's three routines, each row named for screen readers */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3);
  {
    g_autoptr(GPtrArray) rows = sb_test_collect (list, SB_TYPE_ROUTINE_ROW);
    SbRoutineRow *row = g_ptr_array_index (rows, 0);

    g_assert_cmpuint (rows->len, ==, 3);
    g_assert_cmpstr (sb_routine_get_id (sb_routine_row_get_routine (row)), ==, "gym-corrective");
    gtk_test_accessible_assert_property (gtk_widget_get_parent (GTK_WIDGET (row)),
                                         GTK_ACCESSIBLE_PROPERTY_LABEL, "Corrective routine");
  }

  /* side by side, the selected routine shows with its steps */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "routine");
  g_assert_cmpstr (sb_routine_get_id (sb_routine_page_get_routine (page)), ==, "gym-corrective");
  {
    SbTextRow *thrust = sb_test_find_labelled (page, SB_TYPE_TEXT_ROW, "4. Hip thrust");

    /* each step's dose, its figures kept with their units when it wraps */
    g_assert_cmpstr (sb_text_row_get_subtitle (thrust), ==,
                     "3 × 10\u00a0reps · 20\u00a0kg · rest 90\u00a0s · lift 1\u00a0s, squeeze 2\u00a0s, lower 3\u00a0s");
  }

  /* choosing another shows that one */
  g_signal_emit_by_name (list, "activate", 2);
  g_assert_cmpstr (sb_routine_get_id (sb_routine_page_get_routine (page)), ==, "desk-break");
}

static void
check_exercise_opens (SbWindow *window)
{
  SbExercisePage *page;
  SbDemoPlayer *player;

  activate_step (window, "1. Incline treadmill walk");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "exercise");

  page = SB_EXERCISE_PAGE (content_page (window));
  g_assert_cmpstr (sb_exercise_get_id (sb_exercise_page_get_exercise (page)), ==, "incline-walk");
  g_assert_cmpstr (title_of (page), ==, "Incline treadmill walk");

  /* its demonstration plays, from the shipped clip */
  player = sb_demo_view_get_player (sb_exercise_page_get_demo_view (page));
  g_assert_true (g_str_has_suffix (sb_demo_player_get_uri (player), "/incline-walk.webm"));
  sb_test_wait_until (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (player)) == 1280 ||
              sb_demo_player_get_error (player) != NULL);
  g_assert_null (sb_demo_player_get_error (player));
  g_assert_true (sb_demo_player_get_playing (player));

  /* Escape goes back to the routine, and the clip stops */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "routine");
  g_assert_false (sb_demo_player_get_playing (player));
}

static void
check_variation_opens (SbWindow *window)
{
  SbExercisePage *page;
  GtkWidget *group;
  AdwActionRow *row;

  activate_step (window, "1. Incline treadmill walk");
  page = SB_EXERCISE_PAGE (content_page (window));

  /* the incline walk's equipment-free alternative */
  group = sb_test_find_labelled (page, ADW_TYPE_PREFERENCES_GROUP, "Variations");
  row = sb_test_find_labelled (group, ADW_TYPE_ACTION_ROW, "Brisk uphill or stair walk");
  g_signal_emit_by_name (row, "activated");

  g_assert_cmpstr (sb_exercise_get_id (sb_exercise_page_get_exercise (page)), ==, "uphill-walk");
}

static void
check_narrow_folds (SbWindow *window)
{
  AdwLeaflet *leaflet = sb_test_find (GTK_WIDGET (window), ADW_TYPE_LEAFLET);
  GtkListView *list = routine_list (window);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  sb_test_wait_until (adw_leaflet_get_folded (leaflet));

  /* one pane: the list first, then the routine, and back */
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (list), adw_leaflet_get_visible_child (leaflet)));
  g_signal_emit_by_name (list, "activate", 1);
  g_assert_false (gtk_widget_is_ancestor (GTK_WIDGET (list), adw_leaflet_get_visible_child (leaflet)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (list), adw_leaflet_get_visible_child (leaflet)));
}

static void
check_method_page (SbWindow *window)
{
  /* from the menu (or the routine page's row) and back */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.method", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "method");
  g_assert_cmpstr (title_of (content_page (window)), ==, "Why Activation, Not Stretching?");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "routine");

  /* the routine page's row leads there too */
  gtk_widget_activate (sb_test_find_labelled (routine_page (window), SB_TYPE_TEXT_ROW, "Why Activation, Not Stretching?"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "method");
}

static void
check_search (SbWindow *window)
{
  GtkListView *list = routine_list (window);
  GtkSearchBar *bar = sb_test_find (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR);
  GtkSearchEntry *entry = sb_test_find_labelled (window, GTK_TYPE_SEARCH_ENTRY, "Search routines");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  SbRoutinePage *page = routine_page (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (bar));

  gtk_editable_set_text (GTK_EDITABLE (entry), "DESK");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* Enter opens the match */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (sb_routine_get_id (sb_routine_page_get_routine (page)), ==, "desk-break");

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
}

static char *
history_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "strongback", "history", NULL);
}

/* Writes a session as another instance, or a sync tool, would. */
static SbSession *
write_session (const char *start_iso,
               int         pain_before,
               int         pain_after)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (start_iso, NULL);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 40);
  g_autoptr(SbSetRecord) set = sb_set_record_new ("hip-thrust");
  g_autofree char *dir = history_dir ();
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *data = NULL;
  SbSession *session = sb_session_new ("gym-corrective", "Corrective routine", start);

  sb_session_set_end_time (session, end);
  sb_session_set_pain_before (session, pain_before);
  sb_session_set_pain_after (session, pain_after);
  set->reps = 10;
  set->load_kg = 40;
  set->effort = 6;
  sb_session_add_set (session, set);
  sb_session_add_set (session, set);

  name = sb_session_codec_dup_file_name (session);
  path = g_build_filename (dir, name, NULL);
  parent = g_path_get_dirname (path);
  data = sb_session_codec_write (session);
  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, data, -1, NULL));

  return session;
}

static char *
session_path (SbSession *session)
{
  g_autofree char *dir = history_dir ();
  g_autofree char *name = sb_session_codec_dup_file_name (session);

  return g_build_filename (dir, name, NULL);
}

static GListModel *
history_items (SbWindow *window)
{
  return G_LIST_MODEL (gtk_list_view_get_model (sb_test_find_named (window, "history-list")));
}

static SbSession *conflicted;

static SbHistoryStore *
history (void)
{
  return sb_context_get_history (sb_test_app_context ());
}

/* The banner about files set aside, and what it says. */
static GtkRevealer *
problems_banner (SbWindow *window)
{
  GtkWidget *panel = adw_view_stack_get_child_by_name (sb_test_find_named (window, "sidebar-stack"), "history");

  return sb_test_find (panel, GTK_TYPE_REVEALER);
}

static guint
count_sessions (GListModel *items)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      n += SB_IS_SESSION (item);
    }

  return n;
}

static void
check_history (SbWindow *window)
{
  SbHistoryStore *store = history ();
  AdwViewStack *stack = sb_test_find_named (window, "sidebar-stack");
  GListModel *items = history_items (window);
  g_autoptr(SbSession) later = NULL;
  g_autofree char *path = NULL;
  g_autofree char *trash = NULL;
  SbSessionPage *page;

  sb_test_wait_until (sb_history_store_get_loaded (store));
  adw_view_stack_set_visible_child_name (stack, "history");

  /* the two sessions written before start, under their week's heading */
  sb_test_wait_until (count_sessions (items) == 2);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);

  /* the broken file is set aside and reported, with a way to its folder */
  g_assert_true (gtk_revealer_get_reveal_child (problems_banner (window)));
  g_assert_nonnull (sb_test_find_text (problems_banner (window), "1 history file could not be read"));
  g_assert_nonnull (sb_test_find_labelled (problems_banner (window), GTK_TYPE_BUTTON, "Open Folder"));

  /* a session another instance writes appears in the open window */
  later = write_session ("2026-03-12T18:00:00Z", 3, 2);
  sb_test_wait_until (count_sessions (items) == 3);

  /* opening the newest shows it: routine, sets, pain */
  g_signal_emit_by_name (sb_test_find_named (window, "history-list"), "activate", 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), ==, "session");
  page = SB_SESSION_PAGE (sb_test_find (content_page (window), SB_TYPE_SESSION_PAGE));
  g_assert_cmpstr (sb_session_get_id (sb_session_page_get_session (page)), ==, sb_session_get_id (later));
  g_assert_cmpstr (title_of (page), ==, "Corrective routine");
  /* its figures kept with their units, as in a dose */
  g_assert_cmpstr (adw_action_row_get_subtitle (sb_test_find_labelled (page, ADW_TYPE_ACTION_ROW, "Set 1")),
                   ==, "10\u00a0reps · 40\u00a0kg · effort 6");

  /* delete: the file goes to the trash, the row and the page go away */
  path = session_path (later);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-session", NULL);
  sb_test_wait_until (count_sessions (items) == 2);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  trash = g_build_filename (g_get_user_data_dir (), "strongback", "history", "trash", NULL);
  g_assert_true (g_file_test (trash, G_FILE_TEST_IS_DIR));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content_stack (window)), !=, "session");

  /* undo, from the toast: the file and the row come back */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete", NULL);
  sb_test_wait_until (count_sessions (items) == 3);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Every file set aside: the empty state shows, and still says why, with
 * the way to the folder. */
static void
check_history_all_set_aside (SbWindow *window)
{
  AdwViewStack *stack = sb_test_find_named (window, "sidebar-stack");
  GtkWidget *page = adw_view_stack_get_child_by_name (stack, "history");
  GtkRevealer *banner = problems_banner (window);
  GtkLabel *text;

  sb_test_wait_until (sb_history_store_get_loaded (history ()));
  adw_view_stack_set_visible_child_name (stack, "history");

  sb_test_wait_until ((text = sb_test_find_text (banner, "1 history file could not be read")) != NULL &&
                      gtk_widget_get_mapped (GTK_WIDGET (text)));
  g_assert_true (gtk_revealer_get_reveal_child (banner));
  g_assert_true (gtk_widget_get_mapped (sb_test_find_labelled (page, ADW_TYPE_STATUS_PAGE, "No Sessions Yet")));
}

static void
run_with_only_broken_history (gconstpointer data)
{
  g_autofree char *dir = NULL;
  g_autofree char *year = NULL;
  g_autofree char *broken = NULL;

  sb_test_app_reset ();
  dir = history_dir ();
  year = g_build_filename (dir, "2026", NULL);
  broken = g_build_filename (year, "broken.json", NULL);
  g_assert_cmpint (g_mkdir_with_parents (year, 0755), ==, 0);
  g_assert_true (g_file_set_contents (broken, "{\"format\": \"strongback-session\"", -1, NULL));

  sb_test_run_app (data);
}

static void
run_with_history (gconstpointer data)
{
  g_autofree char *dir = NULL;
  g_autoptr(SbSession) first = NULL;
  g_autoptr(SbSession) second = NULL;

  sb_test_app_reset ();
  dir = history_dir ();
  first = write_session ("2026-03-02T18:00:00Z", 5, 3);
  second = write_session ("2026-03-04T18:00:00Z", 4, 3);
  {
    g_autofree char *broken = g_build_filename (dir, "2026", "broken.json", NULL);
    g_assert_true (g_file_set_contents (broken, "{\"format\": \"strongback-session\"", -1, NULL));
  }

  sb_test_run_app (data);
}

/* A session changed on two computers, its sync tool's copy beside it:
 * the row says so, the page shows both versions; keeping the other puts
 * it in the session's file, and undo brings the choice back. */
static void
check_history_conflict (SbWindow *window)
{
  SbHistoryStore *store = history ();
  GListModel *items = history_items (window);
  SbSession *session;
  SbSessionPage *page;
  GtkWidget *versions;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  sb_test_wait_until (sb_history_store_get_loaded (store));
  adw_view_stack_set_visible_child_name (sb_test_find_named (window, "sidebar-stack"), "history");
  sb_test_wait_until (count_sessions (items) == 1);
  session = sb_history_store_lookup (store, sb_session_get_id (conflicted));
  sb_test_wait_until (sb_session_get_conflict (session) != NULL);
  sb_test_wait_until (sb_test_find_text (sb_test_find_named (window, "history-list"), "Changed on two computers") != NULL);

  g_signal_emit_by_name (sb_test_find_named (window, "history-list"), "activate", 1);
  page = SB_SESSION_PAGE (sb_test_find (content_page (window), SB_TYPE_SESSION_PAGE));
  versions = GTK_WIDGET (sb_test_find_labelled (page, ADW_TYPE_PREFERENCES_GROUP, "Changed on Two Computers"));
  g_assert_true (gtk_widget_get_visible (versions));
  g_assert_nonnull (sb_test_find_text (versions, "Pain: 4 before, 3 after"));
  g_assert_nonnull (sb_test_find_text (versions, "Pain: 4 before, 2 after"));
  g_assert_nonnull (sb_test_find_text (versions, "Typed in on the laptop"));

  /* keep the laptop's: in the session's file now, the choice gone */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.keep-version", "b", TRUE);
  sb_test_wait_until ((session = sb_history_store_lookup (store, sb_session_get_id (conflicted))) != NULL &&
                      sb_session_get_conflict (session) == NULL);
  g_assert_cmpstr (sb_session_get_notes (session), ==, "Typed in on the laptop");
  path = session_path (conflicted);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Typed in on the laptop"));
  g_assert_false (gtk_widget_get_visible (versions));
  g_assert_true (sb_session_page_get_session (page) == session);
  sb_test_wait_until (sb_test_find_text (sb_test_find_named (window, "history-list"), "Changed on two computers") == NULL);
  g_assert_cmpuint (count_sessions (items), ==, 1);

  /* undo: both versions again */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-keep-version", NULL);
  sb_test_wait_until ((session = sb_history_store_lookup (store, sb_session_get_id (conflicted))) != NULL &&
                      sb_session_get_conflict (session) != NULL);
  g_assert_null (sb_session_get_notes (session));
  g_assert_true (gtk_widget_get_visible (versions));
}

static void
run_with_conflict (gconstpointer data)
{
  g_autoptr(SbSession) laptop = NULL;
  g_autofree char *path = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *text = NULL;

  sb_test_app_reset ();
  conflicted = write_session ("2026-03-04T18:00:00Z", 4, 3);
  laptop = sb_session_copy (conflicted, NULL);
  sb_session_set_notes (laptop, "Typed in on the laptop");
  sb_session_set_pain_after (laptop, 2);
  path = session_path (conflicted);
  copy = g_strdup_printf ("%.*s.sync-conflict-20260305-081500-LAPTOP7.json", (int) strlen (path) - 5, path);
  text = sb_session_codec_write (laptop);
  g_assert_true (g_file_set_contents (copy, text, -1, NULL));

  sb_test_run_app (data);
  g_clear_object (&conflicted);
}

/* The print dialog shown, if any. */
static GtkWindow *
print_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (toplevel), "GtkPrintUnixDialog"))
        return toplevel;
    }
  return NULL;
}

/* Print… opens the print dialog for the routine's card, over the window;
 * cancelling it prints nothing. */
static void
check_print_dialog (SbWindow *window)
{
  GtkWindow *dialog;

  gtk_widget_activate (sb_test_find_labelled (routine_page (window), SB_TYPE_TEXT_ROW, "Print…"));
  sb_test_wait_until ((dialog = print_dialog ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));

  /* the print operation closes its dialog when answered */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  sb_test_wait_until (dialog == NULL);
}

/* The dialog shown now: its heading and body, answered and closed. */
static char *
answer_dialog (char **heading)
{
  AdwMessageDialog *dialog;
  char *body;

  sb_test_wait_until ((dialog = sb_test_find_dialog ()) != NULL);
  *heading = g_strdup (adw_message_dialog_get_heading (dialog));
  body = g_strdup (adw_message_dialog_get_body (dialog));
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  sb_test_wait_until (sb_test_find_dialog () == NULL);
  return body;
}

static void
import_fixture (SbWindow   *window,
                const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", name, NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.import-workouts-file", "s", uri);
}

/* A Strong export imported: its workouts in History, what was left out
 * said; again, nothing doubles; a bad file changes nothing. */
static void
check_import_workouts (SbWindow *window)
{
  SbHistoryStore *store = history ();
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  sb_test_wait_until (sb_history_store_get_loaded (store));
  import_fixture (window, "strong.csv");
  body = answer_dialog (&heading);
  g_assert_cmpstr (heading, ==, "Workouts Imported");
  g_assert_nonnull (strstr (body, "2 workouts from Strong were added to your history."));
  g_assert_nonnull (strstr (body, "Bench Press (Barbell): 2 sets"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (sb_test_find_named (window, "sidebar-stack")), ==, "history");

  g_clear_pointer (&heading, g_free);
  g_clear_pointer (&body, g_free);
  import_fixture (window, "strong.csv");
  body = answer_dialog (&heading);
  g_assert_cmpstr (heading, ==, "Nothing New to Import");
  g_assert_nonnull (strstr (body, "2 were there already"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);

  g_clear_pointer (&heading, g_free);
  g_clear_pointer (&body, g_free);
  import_fixture (window, "bad-date.csv");
  body = answer_dialog (&heading);
  g_assert_cmpstr (heading, ==, "Could Not Import");
  g_assert_nonnull (strstr (body, "Line 3: “yesterday evening” is not a date"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
}

static char *
make_video (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "my hip thrust.webm", NULL);
  g_autofree char *launch = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;

  gst_init (NULL, NULL);
  launch = g_strdup_printf ("videotestsrc num-buffers=15 pattern=ball"
                                             " ! video/x-raw,width=160,height=120,framerate=15/1"
                                             " ! vp8enc deadline=1 ! webmmux ! filesink location=\"%s\"", path);
  pipeline = gst_parse_launch (launch, &error);
  g_assert_no_error (error);
  bus = gst_element_get_bus (pipeline);
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  message = gst_bus_timed_pop_filtered (bus, 60 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_cmpint (GST_MESSAGE_TYPE (message), ==, GST_MESSAGE_EOS);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  return g_steal_pointer (&path);
}

/* A video of the person's own: what cannot play is refused with a reason
 * and nothing is kept; a good one is copied and shown, the demonstration
 * a switch away; removing it can be undone. */
static void
check_own_video (SbWindow *window)
{
  g_autofree char *dir = g_dir_make_tmp ("strongback-videos-XXXXXX", NULL);
  g_autofree char *notes_path = g_build_filename (dir, "notes.webm", NULL);
  g_autofree char *video_path = make_video (dir);
  g_autofree char *demos_path = g_build_filename (g_get_user_data_dir (), "strongback", "demos", NULL);
  g_autoptr(GFile) notes = g_file_new_for_path (notes_path);
  g_autoptr(GFile) video = g_file_new_for_path (video_path);
  g_autofree char *builtin = NULL;
  g_autofree char *custom_uri = NULL;
  g_autofree char *name = NULL;
  SbExercisePage *page;
  SbExercise *exercise;
  SbDemoPlayer *player;
  AdwMessageDialog *dialog;
  GtkSwitch *show_own;

  activate_step (window, "1. Incline treadmill walk");
  page = SB_EXERCISE_PAGE (content_page (window));
  exercise = sb_exercise_page_get_exercise (page);
  player = sb_demo_view_get_player (sb_exercise_page_get_demo_view (page));
  builtin = g_strdup (sb_demo_player_get_uri (player));
  show_own = sb_test_find_named (page, "show-own");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (show_own), ADW_TYPE_ACTION_ROW)));

  /* not a video: refused, and nothing copied */
  g_assert_true (g_file_set_contents (notes_path, "Three sets, then stretch.\n", -1, NULL));
  sb_exercise_page_add_video (page, notes);
  sb_test_wait_until (sb_test_find_dialog () != NULL);
  dialog = sb_test_find_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "This Video Cannot Be Used");
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“notes.webm” is not a video"));
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_null (sb_exercise_get_custom_demo (exercise));
  g_assert_false (g_file_test (demos_path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (sb_demo_player_get_uri (player), ==, builtin);

  /* a clip that plays: kept as a copy, and shown */
  sb_exercise_page_add_video (page, video);
  sb_test_wait_until (sb_exercise_get_custom_demo (exercise) != NULL);
  name = g_file_get_basename (sb_exercise_get_custom_demo (exercise));
  g_assert_cmpstr (name, ==, "incline-walk.webm");
  custom_uri = g_file_get_uri (sb_exercise_get_custom_demo (exercise));
  g_assert_cmpstr (sb_demo_player_get_uri (player), ==, custom_uri);
  sb_test_wait_until (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (player)) == 160);
  g_assert_true (gtk_switch_get_active (show_own));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (show_own), ADW_TYPE_ACTION_ROW)));

  /* the demonstration is a switch away */
  gtk_switch_set_active (show_own, FALSE);
  g_assert_cmpstr (sb_demo_player_get_uri (player), ==, builtin);
  gtk_switch_set_active (show_own, TRUE);
  g_assert_cmpstr (sb_demo_player_get_uri (player), ==, custom_uri);

  /* removed, then brought back from the toast */
  gtk_widget_activate_action (GTK_WIDGET (page), "exercise.remove-video", NULL);
  sb_test_wait_until (sb_exercise_get_custom_demo (exercise) == NULL);
  g_assert_cmpstr (sb_demo_player_get_uri (player), ==, builtin);
  gtk_widget_activate_action (GTK_WIDGET (page), "exercise.undo-remove-video", "s", "incline-walk");
  sb_test_wait_until (sb_exercise_get_custom_demo (exercise) != NULL);
  g_assert_cmpstr (sb_demo_player_get_uri (player), ==, custom_uri);

  g_unlink (notes_path);
  g_unlink (video_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  sb_test_app_init (&argc, &argv, "window");

  g_test_add_data_func ("/window/routines-and-steps", check_routines_and_steps, sb_test_run_with_window);
  g_test_add_data_func ("/window/exercise-opens", check_exercise_opens, sb_test_run_with_window);
  g_test_add_data_func ("/window/variation-opens", check_variation_opens, sb_test_run_with_window);
  g_test_add_data_func ("/window/own-video", check_own_video, sb_test_run_with_window);
  g_test_add_data_func ("/window/narrow-folds", check_narrow_folds, sb_test_run_with_window);
  g_test_add_data_func ("/window/method-page", check_method_page, sb_test_run_with_window);
  g_test_add_data_func ("/window/search", check_search, sb_test_run_with_window);
  g_test_add_data_func ("/window/history", check_history, run_with_history);
  g_test_add_data_func ("/window/history-all-set-aside", check_history_all_set_aside, run_with_only_broken_history);
  g_test_add_data_func ("/window/history-conflict", check_history_conflict, run_with_conflict);
  g_test_add_data_func ("/window/import-workouts", check_import_workouts, sb_test_run_with_window);
  g_test_add_data_func ("/window/print-dialog", check_print_dialog, sb_test_run_with_window);

  return g_test_run ();
}
