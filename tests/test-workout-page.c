/* test-workout-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbWorkoutPage, the guided workout in the real window, on a fake clock:
 * the safety screen once, a whole routine done through actions and keys
 * with the session file checked set by set, the workout in progress on
 * disk while it runs, resuming one left unfinished at the next start, and
 * leaving with Escape; a video of one's own shown for its exercise. */

#define G_LOG_DOMAIN "test-workout-page"

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "storage/sb-session-codec.h"
#include "ui/sb-demo-view.h"
#include "ui/sb-workout-page.h"
#include "sb-test-app.h"

static SbWorkoutPage *
workout_page (SbWindow *window)
{
  return sb_test_find (GTK_WIDGET (window), SB_TYPE_WORKOUT_PAGE);
}

static const char *
root_page (SbWindow *window)
{
  return gtk_stack_get_visible_child_name (sb_test_find_named (window, "root"));
}

/* Which of its views the page shows. */
static const char *
workout_view (SbWorkoutPage *page)
{
  return gtk_stack_get_visible_child_name (sb_test_find_named (page, "workout-view"));
}

static SbWorkoutRunner *
runner_of (SbWorkoutPage *page)
{
  return sb_workout_session_get_runner (sb_workout_page_get_workout (page));
}

static SbHistoryStore *
history (void)
{
  return sb_context_get_history (sb_test_app_context ());
}

/* Presses @key as the workout page's shortcuts see it. */
static void
press (SbWorkoutPage *page,
       guint          key)
{
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (page));

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
          continue;

        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
            GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

            if (GTK_IS_KEYVAL_TRIGGER (trigger) && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == key)
              {
                g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                             GTK_WIDGET (page), NULL));
                return;
              }
          }
      }
  }

  g_error ("no shortcut for key %u", key);
}

static SbSession *
read_session (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return NULL;
  return sb_session_codec_read (path, data, length, NULL);
}

static guint
journal_sets (void)
{
  g_autofree char *path = sb_test_data_path ("workout-in-progress.json");
  g_autoptr(SbSession) session = read_session (path);

  return session ? sb_session_get_n_sets (session) : G_MAXUINT;
}

static SbWorkoutPage *
begin (SbWindow   *window,
       const char *routine,
       int         pain)
{
  SbWorkoutPage *page;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-workout", "s", routine);
  page = workout_page (window);
  g_assert_nonnull (page);
  sb_workout_session_set_clock (sb_workout_page_get_workout (page), sb_test_clock, NULL);
  g_assert_cmpstr (root_page (window), ==, "workout");
  g_assert_cmpstr (workout_view (page), ==, "pain-before");

  gtk_range_set_value (sb_test_find_named (page, "pain-before-scale"), pain);
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.start", NULL);
  g_assert_cmpstr (workout_view (page), ==, "exercise");

  return page;
}

/* The safety screen comes before the first workout, and only then. */
static void
check_safety_once (SbWindow *window)
{
  GSettings *settings = g_settings_new (APP_ID);

  g_settings_set_boolean (settings, "safety-accepted", FALSE);

  /* cancelling starts nothing */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-workout", "s", "desk-break");
  sb_test_respond ("cancel");
  g_assert_false (g_settings_get_boolean (settings, "safety-accepted"));
  g_assert_true (workout_page (window) == NULL || g_str_equal (root_page (window), "browse"));

  /* accepting is remembered, and the workout begins */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-workout", "s", "desk-break");
  sb_test_respond ("accept");
  g_assert_true (g_settings_get_boolean (settings, "safety-accepted"));
  g_assert_cmpstr (root_page (window), ==, "workout");
  gtk_widget_activate_action (GTK_WIDGET (workout_page (window)), "workout.discard", NULL);
  g_assert_cmpstr (root_page (window), ==, "browse");

  /* the second time, straight to the workout */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-workout", "s", "desk-break");
  g_assert_null (sb_test_find_dialog ());
  g_assert_cmpstr (root_page (window), ==, "workout");
  g_object_unref (settings);
}

/* The gym routine from start to summary: every set, rest and timed set,
 * then the session file in History is checked member by member. */
static void
check_whole_routine (SbWindow *window)
{
  SbHistoryStore *store = history ();
  g_autoptr(SbSession) written = NULL;
  g_autofree char *journal = sb_test_data_path ("workout-in-progress.json");
  SbWorkoutPage *page;
  SbWorkoutRunner *runner;
  SbSession *session;
  gint64 expected = 0;
  guint sets = 0;

  sb_test_wait_until (sb_history_store_get_loaded (store));
  page = begin (window, "gym-corrective", 6);
  runner = runner_of (page);

  /* the walk is timed: ten minutes pass, and it ends by itself */
  g_assert_cmpint (sb_workout_runner_get_remaining (runner), ==, 600);
  sb_test_pass (600);
  expected += 600;
  sb_test_wait_until (sb_workout_runner_get_state (runner) == SB_WORKOUT_RESTING);
  sets++;

  while (sb_workout_runner_get_state (runner) != SB_WORKOUT_COMPLETE)
    {
      if (sb_workout_runner_get_state (runner) == SB_WORKOUT_RESTING)
        {
          /* every other rest is waited out, the others cut short */
          if (sets % 2 == 1)
            {
              int rest = sb_workout_runner_get_remaining (runner);

              sb_test_pass (rest);
              expected += rest;
              sb_test_wait_until (sb_workout_runner_get_state (runner) == SB_WORKOUT_EXERCISING);
            }
          else
            press (page, GDK_KEY_space);
          continue;
        }

      /* a set of reps takes 40 s; the third is rated and done with a rep more */
      sb_test_pass (40);
      expected += 40;
      if (sets == 3)
        {
          gtk_spin_button_set_value (sb_test_find_named (page, "reps"), 13);
          gtk_spin_button_set_value (sb_test_find_named (page, "effort"), 7);
        }
      press (page, GDK_KEY_space);
      sets++;

      /* each set is on disk before the next */
      if (sets == 5)
        sb_test_wait_until (journal_sets () == 5);
    }

  g_assert_cmpuint (sets, ==, 13);
  g_assert_cmpstr (workout_view (page), ==, "pain-after");
  gtk_range_set_value (sb_test_find_named (page, "pain-after-scale"), 3);
  gtk_editable_set_text (sb_test_find_named (page, "notes"), "  Thrusts felt strong  ");
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.finish", NULL);
  g_assert_cmpstr (workout_view (page), ==, "summary");

  /* saved in History; the workout in progress is gone */
  session = sb_workout_runner_get_session (runner);
  sb_test_wait_until (sb_workout_session_get_saved (sb_workout_page_get_workout (page)));
  g_assert_true (sb_history_store_lookup (store, sb_session_get_id (session)) != NULL);
  sb_test_wait_until (!g_file_test (journal, G_FILE_TEST_EXISTS));

  {
    g_autofree char *name = sb_session_codec_dup_file_name (session);
    g_autofree char *path = sb_test_data_path ("history");
    g_autofree char *file = g_build_filename (path, name, NULL);

    written = read_session (file);
    g_assert_nonnull (written);
  }

  g_assert_cmpstr (sb_session_get_routine_id (written), ==, "gym-corrective");
  g_assert_cmpint (sb_session_get_pain_before (written), ==, 6);
  g_assert_cmpint (sb_session_get_pain_after (written), ==, 3);
  g_assert_cmpstr (sb_session_get_notes (written), ==, "Thrusts felt strong");
  g_assert_cmpuint (sb_session_get_n_sets (written), ==, 13);
  g_assert_cmpstr (sb_session_get_set (written, 0)->exercise_id, ==, "incline-walk");
  g_assert_cmpint (sb_session_get_set (written, 0)->seconds, ==, 600);
  g_assert_cmpfloat (sb_session_get_set (written, 0)->incline_percent, ==, 5);
  g_assert_cmpstr (sb_session_get_set (written, 1)->exercise_id, ==, "leg-curl");
  g_assert_cmpint (sb_session_get_set (written, 1)->reps, ==, 12);
  g_assert_cmpint (sb_session_get_set (written, 3)->reps, ==, 13);
  g_assert_cmpint (sb_session_get_set (written, 3)->effort, ==, 7);
  g_assert_cmpstr (sb_session_get_set (written, 7)->exercise_id, ==, "hip-thrust");
  g_assert_cmpfloat (sb_session_get_set (written, 7)->load_kg, ==, 20);
  g_assert_cmpstr (sb_session_get_set (written, 12)->exercise_id, ==, "back-extension");
  for (guint i = 0; i < 13; i++)
    g_assert_false (sb_session_get_set (written, i)->skipped);
  /* the time worked, to the second, whatever the wall clock did */
  g_assert_cmpint (g_date_time_difference (sb_session_get_end_time (written), sb_session_get_start_time (written)),
                   ==, expected * G_USEC_PER_SEC);

  /* Done: back to the window, with History shown */
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.close", NULL);
  g_assert_cmpstr (root_page (window), ==, "browse");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (sb_test_find_named (window, "sidebar-stack")),
                   ==, "history");
}

/* Keys: arrows go back and skip, P pauses, and a paused workout counts no time. */
static void
check_keys (SbWindow *window)
{
  SbWorkoutPage *page = begin (window, "home-corrective", 2);
  SbWorkoutRunner *runner = runner_of (page);
  SbSession *session = sb_workout_runner_get_session (runner);

  /* → skips the walk, ← takes it back */
  press (page, GDK_KEY_Right);
  g_assert_cmpuint (sb_workout_runner_get_step (runner), ==, 1);
  g_assert_true (sb_session_get_set (session, 0)->skipped);
  press (page, GDK_KEY_Left);
  g_assert_cmpuint (sb_workout_runner_get_step (runner), ==, 0);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 0);

  /* P pauses: the countdown stands still; P again goes on */
  sb_test_pass (100);
  g_assert_cmpint (sb_workout_runner_get_remaining (runner), ==, 500);
  press (page, GDK_KEY_p);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_PAUSED);
  sb_test_pass (300);
  g_assert_cmpint (sb_workout_runner_get_remaining (runner), ==, 500);
  press (page, GDK_KEY_p);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_EXERCISING);
  g_assert_cmpint (sb_workout_runner_get_active_time (runner), ==, 100 * G_USEC_PER_SEC);

  /* + 30 s on a rest */
  press (page, GDK_KEY_space);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_RESTING);
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.extend-rest", NULL);
  g_assert_cmpint (sb_workout_runner_get_remaining (runner), ==, 90);

  /* Escape asks; discarding leaves nothing behind */
  press (page, GDK_KEY_Escape);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_PAUSED);
  sb_test_respond ("discard");
  g_assert_cmpstr (root_page (window), ==, "browse");
  {
    g_autofree char *journal = sb_test_data_path ("workout-in-progress.json");
    sb_test_wait_until (!g_file_test (journal, G_FILE_TEST_EXISTS));
  }
}

/* The history folder refuses the finished session: the summary says why
 * and offers Try Again; the workout stays on disk until it is saved. */
static void
check_save_refused (SbWindow *window)
{
  SbHistoryStore *store = history ();
  g_autofree char *history = sb_test_data_path ("history");
  g_autofree char *journal = sb_test_data_path ("workout-in-progress.json");
  g_autofree char *blocker = NULL;
  g_autofree char *year = NULL;
  g_autoptr(GDateTime) start = NULL;
  SbWorkoutPage *page;
  SbWorkoutRunner *runner;
  GtkLabel *status;
  GtkWidget *retry;

  sb_test_wait_until (sb_history_store_get_loaded (store));
  page = begin (window, "desk-break", 3);
  runner = runner_of (page);
  while (sb_workout_runner_get_state (runner) != SB_WORKOUT_COMPLETE)
    press (page, GDK_KEY_space);

  /* a file where the session's year folder must go */
  start = g_date_time_to_utc (sb_session_get_start_time (sb_workout_runner_get_session (runner)));
  year = g_date_time_format (start, "%Y");
  blocker = g_build_filename (history, year, NULL);
  g_assert_cmpint (g_mkdir_with_parents (history, 0755), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "", -1, NULL));

  gtk_widget_activate_action (GTK_WIDGET (page), "workout.finish", NULL);
  sb_test_wait_until ((status = sb_test_find_text (page, "Not saved to your history yet")) != NULL);
  g_test_message ("the person reads: %s", gtk_label_get_label (status));
  g_assert_nonnull (strstr (gtk_label_get_label (status), "a file is in the way of the folder"));
  g_assert_false (sb_workout_session_get_saved (sb_workout_page_get_workout (page)));
  retry = sb_test_find_labelled (page, GTK_TYPE_BUTTON, "Try Again");
  g_assert_nonnull (retry);
  g_assert_true (gtk_widget_get_visible (retry));

  /* nothing lost meanwhile: the workout is still on disk */
  g_assert_true (g_file_test (journal, G_FILE_TEST_EXISTS));

  /* the way cleared, Try Again saves it, and only then does the workout go */
  g_assert_cmpint (g_unlink (blocker), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.retry-save", NULL);
  sb_test_wait_until (sb_workout_session_get_saved (sb_workout_page_get_workout (page)));
  g_assert_nonnull (sb_history_store_lookup (store, sb_session_get_id (sb_workout_runner_get_session (runner))));
  sb_test_wait_until (!g_file_test (journal, G_FILE_TEST_EXISTS));
  g_assert_false (gtk_widget_get_visible (retry));
}

static void
run_fresh (gconstpointer data)
{
  GSettings *settings = g_settings_new (APP_ID);

  sb_test_app_reset ();
  g_settings_set_boolean (settings, "safety-accepted", TRUE);
  g_object_unref (settings);
  sb_test_run_app (data);
}

/* A video of the person's own (here a copy of another exercise's clip)
 * is what the workout shows for that exercise, and only for that one. */
static void
check_own_video (SbWindow *window)
{
  SbCatalog *catalog = sb_context_get_catalog (sb_test_app_context ());
  SbExercise *curl = sb_catalog_lookup_exercise (catalog, "leg-curl");
  g_autofree char *path = sb_test_data_path ("demos/leg-curl.webm");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *own = g_file_get_uri (file);
  SbWorkoutPage *page;
  SbDemoPlayer *player;

  /* the videos folder is read after the first frame */
  sb_test_wait_until (sb_exercise_get_custom_demo (curl) != NULL);
  page = begin (window, "gym-corrective", 2);
  player = sb_demo_view_get_player (sb_test_find (GTK_WIDGET (page), SB_TYPE_DEMO_VIEW));
  g_assert_true (g_str_has_suffix (sb_demo_player_get_uri (player), "/demos/incline-walk.webm"));
  g_assert_false (g_str_has_prefix (sb_demo_player_get_uri (player), own));

  gtk_widget_activate_action (GTK_WIDGET (page), "workout.skip-exercise", NULL);
  {
    g_autoptr(SbRoutineStep) step = sb_workout_runner_get_current_step (runner_of (page));
    g_assert_cmpstr (sb_exercise_get_id (sb_routine_step_get_exercise (step)), ==, "leg-curl");
  }
  g_assert_cmpstr (sb_demo_player_get_uri (player), ==, own);
  sb_test_wait_until (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (player)) > 0 ||
                      sb_demo_player_get_error (player) != NULL);
  g_assert_null (sb_demo_player_get_error (player));
  g_assert_true (sb_demo_player_get_playing (player));

  gtk_widget_activate_action (GTK_WIDGET (page), "workout.skip-exercise", NULL);
  g_assert_true (g_str_has_suffix (sb_demo_player_get_uri (player), "/demos/hip-abduction-machine.webm"));
}

static void
run_with_own_video (gconstpointer data)
{
  GSettings *settings = g_settings_new (APP_ID);
  g_autofree char *shipped = g_build_filename (g_getenv ("STRONGBACK_DEMOS_DIR"), "glute-bridge.webm", NULL);
  g_autofree char *demos = sb_test_data_path ("demos");
  g_autofree char *own = g_build_filename (demos, "leg-curl.webm", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  sb_test_app_reset ();
  g_settings_set_boolean (settings, "safety-accepted", TRUE);
  g_object_unref (settings);
  g_assert_true (g_file_get_contents (shipped, &contents, &length, NULL));
  g_assert_cmpint (g_mkdir_with_parents (demos, 0755), ==, 0);
  g_assert_true (g_file_set_contents (own, contents, length, NULL));

  sb_test_run_app (data);
}

/* A workout left with four sets done is offered at the next start and
 * goes on from the fifth set. */
static void
check_resume (SbWindow *window)
{
  SbHistoryStore *store = history ();
  SbWorkoutPage *page;
  SbWorkoutRunner *runner;
  SbSession *session;

  sb_test_respond ("resume");
  page = workout_page (window);
  runner = runner_of (page);
  sb_workout_session_set_clock (sb_workout_page_get_workout (page), sb_test_clock, NULL);
  g_assert_cmpstr (root_page (window), ==, "workout");
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_PAUSED);
  g_assert_cmpuint (sb_workout_runner_get_step (runner), ==, 2);
  g_assert_cmpuint (sb_workout_runner_get_set (runner), ==, 0);

  /* Space goes on; the rest of the routine, briskly */
  press (page, GDK_KEY_space);
  while (sb_workout_runner_get_state (runner) != SB_WORKOUT_COMPLETE)
    press (page, GDK_KEY_space);
  gtk_widget_activate_action (GTK_WIDGET (page), "workout.finish", NULL);
  sb_test_wait_until (sb_workout_session_get_saved (sb_workout_page_get_workout (page)));

  session = sb_history_store_lookup (store, "7d5b2a94-3c1e-4f7a-9a51-0c2f4e8b6d13");
  g_assert_nonnull (session);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 13);
  g_assert_cmpint (sb_session_get_pain_before (session), ==, 5);
  g_assert_cmpint (sb_session_get_set (session, 3)->reps, ==, 9);
}

/* “Not Now”, then a new workout: the one left for later is kept in
 * History before the new one takes its place on disk. */
static void
check_unfinished_kept (SbWindow *window)
{
  SbHistoryStore *store = history ();
  SbSession *kept;

  sb_test_wait_until (sb_history_store_get_loaded (store));
  sb_test_respond ("later");
  g_assert_null (sb_history_store_lookup (store, "7d5b2a94-3c1e-4f7a-9a51-0c2f4e8b6d13"));

  begin (window, "desk-break", 2);
  sb_test_wait_until ((kept = sb_history_store_lookup (store, "7d5b2a94-3c1e-4f7a-9a51-0c2f4e8b6d13")) != NULL);
  g_assert_cmpuint (sb_session_get_n_sets (kept), ==, 4);
  g_assert_cmpint (sb_session_get_set (kept, 3)->reps, ==, 9);
}

static void
run_with_unfinished (gconstpointer data)
{
  const char *json =
    "{\"format\": \"strongback-session\", \"version\": 1,"
    " \"id\": \"7d5b2a94-3c1e-4f7a-9a51-0c2f4e8b6d13\","
    " \"routine-id\": \"gym-corrective\", \"routine-name\": \"Corrective routine\","
    " \"start\": \"2026-11-02T07:30:00+01:00\", \"end\": \"2026-11-02T07:45:00+01:00\","
    " \"pain-before\": 5, \"sets\": ["
    "  {\"exercise\": \"incline-walk\", \"seconds\": 600},"
    "  {\"exercise\": \"leg-curl\", \"reps\": 12},"
    "  {\"exercise\": \"leg-curl\", \"reps\": 10},"
    "  {\"exercise\": \"leg-curl\", \"reps\": 9}]}";
  g_autofree char *path = sb_test_data_path ("workout-in-progress.json");
  g_autofree char *dir = g_path_get_dirname (path);
  GSettings *settings = g_settings_new (APP_ID);

  sb_test_app_reset ();
  g_settings_set_boolean (settings, "safety-accepted", TRUE);
  g_object_unref (settings);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));

  sb_test_run_app (data);
}

int
main (int   argc,
      char *argv[])
{
  sb_test_app_init (&argc, &argv, "workout");

  g_test_add_data_func ("/workout-page/safety-once", check_safety_once, sb_test_run_with_window);
  g_test_add_data_func ("/workout-page/whole-routine", check_whole_routine, run_fresh);
  g_test_add_data_func ("/workout-page/keys", check_keys, run_fresh);
  g_test_add_data_func ("/workout-page/save-refused", check_save_refused, run_fresh);
  g_test_add_data_func ("/workout-page/own-video", check_own_video, run_with_own_video);
  g_test_add_data_func ("/workout-page/resume-after-restart", check_resume, run_with_unfinished);
  g_test_add_data_func ("/workout-page/unfinished-kept-when-a-new-one-starts", check_unfinished_kept, run_with_unfinished);

  return g_test_run ();
}
