/* take-screenshots.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shows Strongback's main views and saves each as a PNG, rendered by the
 * window's own renderer: wide in the light and dark styles, and narrow.
 * build-aux/dev screenshots runs it under Xvfb into data/screenshots/,
 * which the metainfo points at.
 *
 *   take-screenshots OUTPUT-DIR
 *
 * With STRONGBACK_LOCALEDIR (the build's po/ folder) and LANGUAGE set, it
 * shows the app translated, to check that the layout holds longer words.
 */

#define G_LOG_DOMAIN "take-screenshots"

#include "config.h"

#include <glib/gstdio.h>

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sb-application.h"
#include "storage/sb-session-codec.h"
#include "ui/sb-exercise-page.h"
#include "ui/sb-preferences-window.h"
#include "ui/sb-progress-sidebar.h"
#include "workout/sb-stats.h"
#include "ui/sb-routine-editor.h"
#include "ui/sb-routine-card.h"
#include "ui/sb-routine-page.h"
#include "ui/sb-session-editor.h"
#include "ui/sb-text-row.h"
#include "ui/sb-window.h"
#include "ui/sb-workout-page.h"
#include "../sb-test-app.h"

static const char *output_dir;

/* Lets the window settle: layout, transitions and a few video frames. */
static void
settle (GtkWidget *window,
        guint      milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  gtk_test_widget_wait_for_draw (window);
}

static void
save (GtkWidget  *window,
      const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (output_dir, name, NULL);
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("could not write %s", path);
  g_print ("%s\n", path);
}

static void
save_sample (SbSession *session)
{
  g_autofree char *name = sb_session_codec_dup_file_name (session);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "strongback", "history", name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autofree char *data = sb_session_codec_write (session);

  g_mkdir_with_parents (parent, 0755);
  if (!g_file_set_contents (path, data, -1, NULL))
    g_error ("could not write %s", path);
}

/* A few weeks of sessions, so that History has something to show. */
static void
write_samples (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const struct { int days_ago, before, after, morning; const char *notes; } samples[] = {
    { 1, 4, 2, 2, "Felt the glutes working on the thrusts." },
    { 3, 4, 3, 2, NULL },
    { 6, 5, 3, 3, NULL },
    { 8, 5, 4, 5, "Back a little stiff in the morning." },
    { 10, 6, 4, -1, NULL },
    { 13, 6, 5, -1, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, -samples[i].days_ago);
      g_autoptr(GDateTime) start = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                                          g_date_time_get_day_of_month (day), 18, 30, 0);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 36 + i);
      g_autoptr(SbSession) session = sb_session_new ("gym-corrective", "Corrective routine", start);
      const char *exercises[] = { "incline-walk", "leg-curl", "hip-abduction-machine", "hip-thrust", "back-extension" };

      sb_session_set_end_time (session, end);
      sb_session_set_pain_before (session, samples[i].before);
      sb_session_set_pain_after (session, samples[i].after);
      sb_session_set_pain_next_morning (session, samples[i].morning);
      sb_session_set_place (session, "gym");
      sb_session_set_notes (session, samples[i].notes);
      for (guint e = 0; e < G_N_ELEMENTS (exercises); e++)
        for (guint n = 0; n < (e == 0 ? 1 : 3); n++)
          {
            g_autoptr(SbSetRecord) set = sb_set_record_new (exercises[e]);

            if (e == 0)
              {
                set->seconds = 600;
                set->incline_percent = 7.5;
              }
            else
              {
                set->reps = 10 + (e == 2 ? 5 : 0);
                set->load_kg = e == 3 ? 20 + 2.5 * (G_N_ELEMENTS (samples) - i) : 0;
              }
            set->effort = 5 + n;
            sb_session_add_set (session, set);
          }

      save_sample (session);
    }

  /* desk breaks on working days, one to three */
  for (int days_ago = 0; days_ago < 14; days_ago++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, -days_ago);
      const char *moves[] = { "standing-glute-squeeze", "standing-hip-extension", "standing-side-leg-raise",
                              "desk-hip-hinge" };

      if (g_date_time_get_day_of_week (day) > 5)
        continue;
      for (int n = 0; n < 1 + days_ago % 3; n++)
        {
          g_autoptr(GDateTime) start = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                                              g_date_time_get_day_of_month (day), 10 + 2 * n, 15, 0);
          g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 3);
          g_autoptr(SbSession) snack = sb_session_new ("desk-break", "Desk break", start);

          if (g_date_time_compare (start, now) > 0)
            continue;
          sb_session_set_end_time (snack, end);
          sb_session_set_place (snack, "desk");
          for (guint m = 0; m < G_N_ELEMENTS (moves); m++)
            {
              g_autoptr(SbSetRecord) set = sb_set_record_new (moves[m]);

              set->reps = m == 0 ? 10 : (m == 3 ? 8 : 6);
              sb_session_add_set (snack, set);
            }
          save_sample (snack);
        }
    }
}

static void
open_step (GtkWidget *window,
           guint      index)
{
  SbRoutinePage *page = sb_test_find (window, SB_TYPE_ROUTINE_PAGE);
  g_autoptr(GPtrArray) rows = sb_test_collect (page, SB_TYPE_TEXT_ROW);

  /* the steps' rows, in the order they are read */
  gtk_widget_activate (g_ptr_array_index (rows, index));
}

/* The guided workout: the safety screen, pain before, a set of hip thrusts
 * with last time and a hint, a rest, narrow and dark, then the summary. */
static void
take_workout (GtkWidget *window)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  SbWorkoutPage *page;
  GtkWidget *dialog;

  gtk_widget_activate_action (window, "win.start-workout", "s", "gym-corrective");
  settle (window, 300);
  dialog = GTK_WIDGET (sb_test_find_dialog ());
  settle (dialog, 300);
  save (dialog, "safety.png");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  settle (window, 500);
  save (window, "workout-pain.png");

  page = sb_test_find (window, SB_TYPE_WORKOUT_PAGE);
  gtk_range_set_value (sb_test_find_named (page, "pain-before-scale"), 4);
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.start", NULL);
  for (guint i = 0; i < 3; i++)
    gtk_widget_activate_action (GTK_WIDGET (page), "workout.skip-exercise", NULL);
  settle (window, 2200);
  save (window, "workout.png");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle (window, 600);
  save (window, "workout-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  settle (window, 800);
  save (window, "workout-narrow.png");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);

  gtk_widget_activate_action (GTK_WIDGET (page), "workout.primary", NULL);
  settle (window, 1500);
  save (window, "workout-rest.png");

  /* a second set, heavier than last time, for the summary to show */
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.primary", NULL);
  gtk_spin_button_set_value (sb_test_find_named (page, "load"), 37.5);
  gtk_spin_button_set_value (sb_test_find_named (page, "effort"), 7);
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.primary", NULL);
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.finish-early", NULL);
  settle (window, 500);
  gtk_range_set_value (GTK_RANGE (gtk_root_get_focus (GTK_ROOT (window))), 2);
  settle (window, 300);
  save (window, "workout-pain-after.png");
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.finish", NULL);
  sb_test_wait_until (sb_workout_session_get_saved (sb_workout_page_get_workout (page)));
  settle (window, 600);
  save (window, "workout-summary.png");
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.close", NULL);
}

static void
take_progress (GtkWidget *window)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  SbProgressSidebar *sidebar;

  gtk_widget_activate_action (window, "win.show-progress", NULL);
  settle (window, 900);
  save (window, "progress.png");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle (window, 600);
  save (window, "progress-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  settle (window, 800);
  save (window, "progress-narrow.png");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  settle (window, 300);

  /* one exercise's best sets, chosen in the sidebar */
  sidebar = sb_test_find (window, SB_TYPE_PROGRESS_SIDEBAR);
  sb_progress_sidebar_set_range (sidebar, SB_STATS_RANGE_3_MONTHS);
  sb_progress_sidebar_set_exercise (sidebar, "hip-thrust");
  settle (window, 600);
  save (window, "progress-exercise.png");
  sb_progress_sidebar_set_exercise (sidebar, NULL);
  sb_progress_sidebar_set_range (sidebar, SB_STATS_RANGE_4_WEEKS);
}

/* A copy of the gym routine in the editor, its hip thrusts opened and a
 * refused value showing its message. */
static void
take_editor (GtkWidget *window)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *editor;
  AdwExpanderRow *row;

  gtk_widget_activate_action (window, "win.duplicate-routine", "s", "gym-corrective");
  settle (window, 600);
  editor = sb_test_find (window, SB_TYPE_ROUTINE_EDITOR);
  row = sb_test_find_labelled (editor, ADW_TYPE_EXPANDER_ROW, "4. Hip thrust");
  adw_expander_row_set_expanded (row, TRUE);
  gtk_editable_set_text (sb_test_find (sb_test_find_labelled (row, ADW_TYPE_ACTION_ROW, "Repetitions"),
                                       GTK_TYPE_ENTRY), "600");
  gtk_widget_grab_focus (GTK_WIDGET (row));
  settle (window, 600);
  save (window, "editor.png");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle (window, 600);
  save (window, "editor-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  settle (window, 800);
  save (window, "editor-narrow.png");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_widget_activate_action (window, "win.back", NULL);
  settle (window, 600);
}

/* The latest session changed on two computers: its sync tool's copy
 * written beside it, both versions side by side; then the copy is kept
 * out of the other screenshots by keeping this computer's version. */
static void
take_conflict (GtkWidget *window,
               SbContext *context)
{
  SbHistoryStore *store = sb_context_get_history (context);
  g_autoptr(SbSession) latest = NULL;
  g_autoptr(SbSession) laptop = NULL;
  g_autoptr(GFile) dir = sb_history_store_get_directory (store) ? g_object_ref (sb_history_store_get_directory (store)) : NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *text = NULL;
  SbSession *shown;

  for (guint i = 0; latest == NULL; i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (!sb_session_is_desk_break (session))
        latest = g_steal_pointer (&session);
    }

  laptop = sb_session_copy (latest, NULL);
  sb_session_set_pain_after (laptop, 1);
  sb_session_set_notes (laptop, "Typed in on the laptop after the gym.");
  name = sb_session_codec_dup_file_name (latest);
  path = g_build_filename (g_file_peek_path (dir), name, NULL);
  copy = g_strdup_printf ("%.*s.sync-conflict-20261203-081500-LAPTOP7.json", (int) strlen (path) - 5, path);
  text = sb_session_codec_write (laptop);
  if (!g_file_set_contents (copy, text, -1, NULL))
    g_error ("could not write %s", copy);

  shown = sb_history_store_lookup (store, sb_session_get_id (latest));
  sb_test_wait_until (sb_session_get_conflict (shown) != NULL);
  settle (window, 800);
  save (window, "history-conflict.png");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  settle (window, 800);
  save (window, "history-conflict-narrow.png");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);

  gtk_widget_activate_action (window, "win.keep-version", "b", FALSE);
  sb_test_wait_until (sb_session_get_conflict (shown) == NULL);
  settle (window, 600);
}

/* A workout done at the gym, typed in: the form at its top, then a set
 * of hip thrusts opened with last time's figures. */
static void
take_log (GtkWidget *window)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *editor;
  GtkScrolledWindow *scroller;
  AdwPreferencesGroup *thrusts;
  AdwExpanderRow *row;
  graphene_point_t point;

  gtk_widget_activate_action (window, "win.log-workout", "s", "gym-corrective");
  settle (window, 600);
  save (window, "log.png");

  editor = sb_test_find (window, SB_TYPE_SESSION_EDITOR);
  scroller = sb_test_find (editor, GTK_TYPE_SCROLLED_WINDOW);
  thrusts = sb_test_find_labelled (editor, ADW_TYPE_PREFERENCES_GROUP, "Hip thrust");
  row = sb_test_find_labelled (thrusts, ADW_TYPE_EXPANDER_ROW, "Set 1");
  adw_expander_row_set_expanded (row, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  settle (window, 300);
  /* the hip thrusts in view, as a person scrolls to them */
  if (gtk_widget_compute_point (GTK_WIDGET (thrusts), GTK_WIDGET (scroller), &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), point.y - 24);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle (window, 600);
  save (window, "log-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  settle (window, 800);
  save (window, "log-narrow.png");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_widget_activate_action (window, "win.back", NULL);
  settle (window, 600);
}

/* The routine card as printed to a PDF, then to a picture by poppler's
 * pdftoppm, as a page looks. */
static void
take_card (SbContext *context)
{
  SbRoutine *routine = sb_catalog_lookup_routine (sb_context_get_catalog (context), "gym-corrective");
  g_autoptr(SbRoutineCard) card = sb_routine_card_new (routine);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *dir = g_dir_make_tmp ("strongback-card-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "card.pdf", NULL);
  g_autofree char *png = g_build_filename (output_dir, "routine-card", NULL);
  const char *argv[] = { "pdftoppm", "-png", "-r", "80", "-singlefile", pdf, png, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (card), setup);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (card), pdf);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (card), GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error)
      != GTK_PRINT_OPERATION_RESULT_APPLY)
    g_error ("could not print the card: %s", error ? error->message : "");
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("pdftoppm: %s", error->message);
  g_print ("%s.png\n", png);
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
on_activate (GApplication *app)
{
  GtkWidget *window = GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (app)));
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  settle (window, 500);
  save (window, "routine.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle (window, 600);
  save (window, "routine-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_widget_activate_action (window, "win.method", NULL);
  settle (window, 600);
  save (window, "method.png");
  gtk_widget_activate_action (window, "win.back", NULL);

  /* the hip thrust, with its demonstration at the squeeze */
  open_step (window, 3);
  settle (window, 2200);
  save (window, "exercise.png");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  settle (window, 600);
  save (window, "exercise-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  /* a video of the person's own in its place (a shipped clip stands in) */
  {
    SbExercisePage *page = sb_test_find (window, SB_TYPE_EXERCISE_PAGE);
    SbExercise *exercise = sb_exercise_page_get_exercise (page);
    g_autofree char *path = g_build_filename (g_getenv ("STRONGBACK_DEMOS_DIR"), "glute-bridge.webm", NULL);
    g_autoptr(GFile) video = g_file_new_for_path (path);

    sb_exercise_page_add_video (page, video);
    sb_test_wait_until (sb_exercise_get_custom_demo (exercise) != NULL);
    settle (window, 1500);
    save (window, "exercise-own-video.png");
    /* through the library, not the page: its undo toast would show below */
    sb_demo_library_remove_async (sb_context_get_demos (sb_application_get_context (SB_APPLICATION (app))), exercise,
                                  NULL, NULL, NULL);
    sb_test_wait_until (sb_exercise_get_custom_demo (exercise) == NULL);
  }

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  settle (window, 800);
  save (window, "exercise-narrow.png");

  gtk_widget_activate_action (window, "win.back", NULL);
  settle (window, 800);
  save (window, "routine-narrow.png");
  gtk_widget_activate_action (window, "win.back", NULL);
  settle (window, 800);
  save (window, "routines-narrow.png");

  /* the history, wide: the list by week and the latest workout */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  adw_view_stack_set_visible_child_name (sb_test_find (window, ADW_TYPE_VIEW_STACK), "history");
  settle (window, 800);
  {
    GtkWidget *page = adw_view_stack_get_child_by_name (sb_test_find (window, ADW_TYPE_VIEW_STACK), "history");
    GtkListView *list = sb_test_find (page, GTK_TYPE_LIST_VIEW);
    GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (list));
    guint latest = 1;

    for (guint i = g_list_model_get_n_items (rows); i-- > 0;)
      {
        g_autoptr(GObject) item = g_list_model_get_item (rows, i);

        if (SB_IS_SESSION (item) && !sb_session_is_desk_break (SB_SESSION (item)))
          latest = i;
      }
    g_signal_emit_by_name (list, "activate", latest);
  }
  settle (window, 800);
  save (window, "history.png");
  take_conflict (window, sb_application_get_context (SB_APPLICATION (app)));

  take_progress (window);
  take_editor (window);
  take_log (window);
  take_card (sb_application_get_context (SB_APPLICATION (app)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GSettings *settings = sb_context_get_settings (sb_application_get_context (SB_APPLICATION (app)));

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

        if (SB_IS_PREFERENCES_WINDOW (toplevel))
          {
            settle (toplevel, 600);
            save (toplevel, "preferences.png");
            /* the reminders, on, in a window as tall as the page */
            g_settings_set_boolean (settings, "activation-snacks", TRUE);
            g_settings_set_boolean (settings, "workout-reminders", TRUE);
            gtk_window_set_default_size (GTK_WINDOW (toplevel), 640, 900);
            adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (toplevel), "reminders");
            settle (toplevel, 600);
            save (toplevel, "preferences-reminders.png");
            adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
            gtk_window_set_default_size (GTK_WINDOW (toplevel), 360, 720);
            settle (toplevel, 600);
            save (toplevel, "preferences-reminders-narrow-dark.png");
            adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
            g_settings_reset (settings, "activation-snacks");
            g_settings_reset (settings, "workout-reminders");
            gtk_window_destroy (GTK_WINDOW (toplevel));
            break;
          }
      }
  }
  take_workout (window);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SbApplication) app = NULL;

  if (argc != 2)
    {
      g_printerr ("usage: %s OUTPUT-DIR\n", argv[0]);
      return 2;
    }
  output_dir = argv[1];
  g_mkdir_with_parents (output_dir, 0755);

  /* sample history in a folder of its own, set before GLib reads it */
  g_setenv ("XDG_DATA_HOME", g_dir_make_tmp ("strongback-screenshots-XXXXXX", NULL), TRUE);
  write_samples ();

  if (g_getenv ("STRONGBACK_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STRONGBACK_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  gtk_init ();
  app = sb_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), NULL);

  return g_application_run (G_APPLICATION (app), 0, NULL);
}
