/* test-workout-session.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbWorkoutSession, without a display, on a fake clock: it ticks the
 * runner while a set or a rest is under way and only then; the workout in
 * progress is in the journal from the start and after every set done,
 * skipped or taken back; the finished session goes to the history and
 * only then does the journal go; a history that refuses it says why, and
 * Try Again saves it; a workout given up leaves nothing. */

#define G_LOG_DOMAIN "test-workout-session"

#include "config.h"

#include <glib/gstdio.h>

#include "workout/sb-workout-session.h"
#include "sb-test-core.h"
#include "sb-test-journal.h"

typedef struct
{
  SbCatalog        *catalog;
  SbHistoryStore   *history;
  SbWorkoutJournal *journal;
  char             *journal_path;
  char             *history_path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) journal = NULL;

  fixture->catalog = sb_test_catalog_new ();
  fixture->history = sb_history_store_new_default ();
  fixture->history_path = g_file_get_path (sb_history_store_get_directory (fixture->history));
  fixture->journal_path = g_build_filename (g_get_user_data_dir (), "strongback", "workout-in-progress.json", NULL);
  journal = g_file_new_for_path (fixture->journal_path);
  fixture->journal = sb_workout_journal_new (journal);

  sb_history_store_load_async (fixture->history, NULL, NULL, NULL);
  sb_test_wait_until (sb_history_store_get_loaded (fixture->history));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sb_test_finalize_soon (fixture->journal);
  sb_test_finalize_soon (fixture->history);
  g_assert_finalize_object (fixture->catalog);
  g_free (fixture->journal_path);
  g_free (fixture->history_path);
}

static SbWorkoutSession *
new_workout (Fixture    *fixture,
             const char *routine_id)
{
  SbRoutine *routine = sb_catalog_lookup_routine (fixture->catalog, routine_id);
  g_autoptr(SbWorkoutRunner) runner = sb_workout_runner_new (routine);
  SbWorkoutSession *workout = sb_workout_session_new (fixture->history, fixture->journal, runner);

  sb_workout_session_set_clock (workout, sb_test_clock, NULL);
  return workout;
}

/* The sets the journal holds now; G_MAXUINT when there is no journal. */
static guint
journal_sets (Fixture *fixture)
{
  g_autoptr(SbSession) session = NULL;

  if (!g_file_test (fixture->journal_path, G_FILE_TEST_EXISTS))
    return G_MAXUINT;

  session = load (fixture->journal, NULL);
  return session ? sb_session_get_n_sets (session) : G_MAXUINT;
}

/* Whether the workout has a timer on the main loop. */
static gboolean
ticking (SbWorkoutSession *workout)
{
  return g_main_context_find_source_by_user_data (NULL, workout) != NULL;
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

/* The desk break from start to History: the journal follows every set,
 * the timer runs only while a set or a rest is under way. */
static void
test_whole_workout (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SbWorkoutSession) workout = new_workout (fixture, "desk-break");
  SbWorkoutRunner *runner = sb_workout_session_get_runner (workout);
  guint saved_notifications = 0;
  guint sets = 0;

  g_signal_connect (workout, "notify::saved", G_CALLBACK (on_notify), &saved_notifications);
  g_assert_true (sb_workout_session_get_active (workout));
  g_assert_false (ticking (workout));
  g_assert_cmpuint (journal_sets (fixture), ==, G_MAXUINT);

  /* started: in the journal at once, before any set */
  sb_workout_runner_start (runner, 4);
  sb_test_wait_until (journal_sets (fixture) == 0);

  while (sb_workout_runner_get_state (runner) != SB_WORKOUT_COMPLETE)
    {
      SbWorkoutState state = sb_workout_runner_get_state (runner);
      int remaining = sb_workout_runner_get_remaining (runner);

      g_assert_true (ticking (workout));
      if (remaining >= 0)
        {
          /* a countdown ends by itself: the workout ticks the runner */
          sb_test_pass (remaining);
          sb_test_wait_until (sb_workout_runner_get_state (runner) != state);
        }
      else
        sb_workout_runner_complete_set (runner, NULL);

      if (state == SB_WORKOUT_EXERCISING)
        {
          sets++;
          /* each set is on disk before the next */
          sb_test_wait_until (journal_sets (fixture) == sets);
        }
    }
  g_assert_false (ticking (workout));

  /* taken back and done again: the journal follows */
  sb_workout_runner_previous (runner);
  sb_test_wait_until (journal_sets (fixture) == sets - 1);
  sb_workout_runner_complete_set (runner, NULL);
  sb_test_wait_until (journal_sets (fixture) == sets);

  g_assert_false (sb_workout_session_get_saved (workout));
  sb_workout_runner_finish (runner, 2, "Easy today");
  g_assert_false (sb_workout_session_get_active (workout));
  sb_test_wait_until (sb_workout_session_get_saved (workout));
  g_assert_cmpuint (saved_notifications, ==, 1);
  g_assert_null (sb_workout_session_get_save_error (workout));

  /* in History, whole; and only now is the journal gone */
  {
    SbSession *kept = sb_history_store_lookup (fixture->history,
                                               sb_session_get_id (sb_workout_session_get_session (workout)));

    g_assert_nonnull (kept);
    g_assert_cmpuint (sb_session_get_n_sets (kept), ==, sets);
    g_assert_cmpint (sb_session_get_pain_before (kept), ==, 4);
    g_assert_cmpint (sb_session_get_pain_after (kept), ==, 2);
    g_assert_cmpstr (sb_session_get_notes (kept), ==, "Easy today");
  }
  sb_test_wait_until (!g_file_test (fixture->journal_path, G_FILE_TEST_EXISTS));
  g_signal_handlers_disconnect_by_data (workout, &saved_notifications);
}

/* The history refuses the session (a file where its year's folder must
 * go): the workout says why and keeps the journal; Try Again saves it. */
static void
test_save_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SbWorkoutSession) workout = new_workout (fixture, "desk-break");
  SbWorkoutRunner *runner = sb_workout_session_get_runner (workout);
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *year = NULL;
  g_autofree char *blocker = NULL;
  guint error_notifications = 0;
  const GError *error;

  g_signal_connect (workout, "notify::save-error", G_CALLBACK (on_notify), &error_notifications);
  sb_workout_runner_start (runner, 3);
  sb_workout_runner_complete_set (runner, NULL);
  sb_test_wait_until (journal_sets (fixture) == 1);

  start = g_date_time_to_utc (sb_session_get_start_time (sb_workout_session_get_session (workout)));
  year = g_date_time_format (start, "%Y");
  blocker = g_build_filename (fixture->history_path, year, NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->history_path, 0755), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "", -1, NULL));

  sb_workout_runner_finish (runner, 3, NULL);
  sb_test_wait_until (sb_workout_session_get_save_error (workout) != NULL);
  error = sb_workout_session_get_save_error (workout);
  g_test_message ("%s", error->message);
  g_assert_error (error, SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "a file is in the way of the folder"));
  g_assert_false (sb_workout_session_get_saved (workout));
  g_assert_cmpuint (error_notifications, ==, 1);
  /* nothing lost meanwhile */
  g_assert_cmpuint (journal_sets (fixture), ==, 1);

  g_assert_cmpint (g_unlink (blocker), ==, 0);
  sb_workout_session_retry_save (workout);
  sb_test_wait_until (sb_workout_session_get_saved (workout));
  g_assert_null (sb_workout_session_get_save_error (workout));
  g_assert_cmpuint (error_notifications, ==, 2);
  g_assert_nonnull (sb_history_store_lookup (fixture->history,
                                             sb_session_get_id (sb_workout_session_get_session (workout))));
  sb_test_wait_until (!g_file_test (fixture->journal_path, G_FILE_TEST_EXISTS));
  g_signal_handlers_disconnect_by_data (workout, &error_notifications);
}

/* Given up: the journal goes, History gets nothing, no timer is left. */
static void
test_abandoned (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SbWorkoutSession) workout = new_workout (fixture, "gym-corrective");
  SbWorkoutRunner *runner = sb_workout_session_get_runner (workout);

  sb_workout_runner_start (runner, 5);
  g_assert_true (ticking (workout));
  sb_workout_runner_pause (runner);
  g_assert_false (ticking (workout));
  sb_workout_runner_resume (runner);
  g_assert_true (ticking (workout));
  sb_test_pass (60);
  sb_workout_runner_skip_exercise (runner);
  sb_test_wait_until (journal_sets (fixture) == 1);

  sb_workout_runner_abandon (runner);
  g_assert_false (sb_workout_session_get_active (workout));
  g_assert_false (ticking (workout));
  sb_test_wait_until (!g_file_test (fixture->journal_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->history)), ==, 0);
}

/* Resumed from the journal: paused, so nothing ticks until it goes on,
 * and from then on every change is journalled. */
static void
test_resumed (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SbWorkoutSession) first = new_workout (fixture, "gym-corrective");
  g_autoptr(SbWorkoutSession) second = NULL;
  g_autoptr(SbWorkoutRunner) resumed = NULL;
  g_autoptr(SbSession) left = NULL;
  g_autoptr(GError) error = NULL;
  SbWorkoutRunner *runner = sb_workout_session_get_runner (first);

  sb_workout_runner_start (runner, 5);
  for (guint i = 0; i < 3; i++)
    sb_workout_runner_skip_set (runner);
  sb_test_wait_until (journal_sets (fixture) == 3);
  g_clear_object (&first);

  /* as after a restart */
  left = load (fixture->journal, &error);
  g_assert_no_error (error);
  resumed = sb_workout_runner_new_resumed (sb_catalog_lookup_routine (fixture->catalog, "gym-corrective"),
                                           left, &error);
  g_assert_no_error (error);
  second = sb_workout_session_new (fixture->history, fixture->journal, resumed);
  sb_workout_session_set_clock (second, sb_test_clock, NULL);
  g_assert_cmpint (sb_workout_runner_get_state (resumed), ==, SB_WORKOUT_PAUSED);
  g_assert_false (ticking (second));

  sb_workout_runner_resume (resumed);
  sb_workout_runner_previous (resumed);
  sb_test_wait_until (journal_sets (fixture) == 2);
  sb_workout_runner_complete_set (resumed, NULL);
  sb_test_wait_until (journal_sets (fixture) == 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/workout-session/whole-workout", test_whole_workout);
  ADD ("/workout-session/save-refused", test_save_refused);
  ADD ("/workout-session/abandoned", test_abandoned);
  ADD ("/workout-session/resumed", test_resumed);
#undef ADD

  return g_test_run ();
}
