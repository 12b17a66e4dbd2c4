/* test-workout-runner.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The guided workout's state machine, on a fake clock: the exact order of
 * its signals through a whole routine, timed sets and rests counting to the
 * second, pauses left out of the time, and skipping, going back and adding
 * sets recorded as they happened. */

#include "config.h"

#include <libglib-testing/signal-logger.h>

#include "model/sb-catalog.h"
#include "workout/sb-workout-runner.h"

static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static void
advance (SbWorkoutRunner *runner,
         int              seconds)
{
  /* a tick every half second, as the UI does */
  for (int i = 0; i < seconds * 2; i++)
    {
      fake_now += G_USEC_PER_SEC / 2;
      sb_workout_runner_tick (runner);
    }
}

static SbExercise *
lookup (const char *id,
        gpointer    catalog)
{
  return sb_catalog_lookup_exercise (catalog, id);
}

typedef struct
{
  SbCatalog       *catalog;
  SbRoutine       *routine;
  SbWorkoutRunner *runner;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *json =
    "{\"format\": \"strongback-routine\", \"version\": 1, \"id\": \"t\", \"name\": \"Test\", \"steps\": ["
    " {\"exercise\": \"incline-walk\", \"dose\": {\"seconds\": 10, \"rest-seconds\": 5}},"
    " {\"exercise\": \"glute-bridge\", \"dose\": {\"sets\": 2, \"reps\": 12, \"rest-seconds\": 30}},"
    " {\"exercise\": \"prone-back-extension\", \"dose\": {\"sets\": 1, \"reps\": 8}}]}";
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent");
  g_autoptr(GError) error = NULL;

  fixture->catalog = sb_catalog_new (nowhere, &error);
  g_assert_no_error (error);
  fixture->routine = sb_routine_new_from_data ("t.json", json, strlen (json), lookup, fixture->catalog, &error);
  g_assert_no_error (error);

  fake_now = 1000 * G_USEC_PER_SEC;
  fixture->runner = sb_workout_runner_new (fixture->routine);
  sb_workout_runner_set_clock (fixture->runner, fake_clock, NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->runner);
  g_clear_object (&fixture->routine);
  g_clear_object (&fixture->catalog);
}

#define assert_step(logger, runner, s, k) \
  G_STMT_START { \
    guint step_, set_; \
    gt_signal_logger_assert_emission_pop (logger, runner, "step-changed", &step_, &set_); \
    g_assert_cmpuint (step_, ==, s); \
    g_assert_cmpuint (set_, ==, k); \
  } G_STMT_END

#define assert_int_signal(logger, runner, name, expected) \
  G_STMT_START { \
    int value_; \
    gt_signal_logger_assert_emission_pop (logger, runner, name, &value_); \
    g_assert_cmpint (value_, ==, expected); \
  } G_STMT_END

#define assert_set(logger, runner, field, expected) \
  G_STMT_START { \
    g_autoptr(SbSetRecord) record_ = NULL; \
    gt_signal_logger_assert_emission_pop (logger, runner, "set-completed", &record_); \
    g_assert_cmpint (record_->field, ==, expected); \
  } G_STMT_END

static void
test_whole_routine (Fixture       *fixture,
                    gconstpointer  data)
{
  SbWorkoutRunner *runner = fixture->runner;
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(SbSetRecord) harder = sb_set_record_new ("glute-bridge");
  SbSession *session;

  gt_signal_logger_connect (logger, runner, "step-changed");
  gt_signal_logger_connect (logger, runner, "set-completed");
  gt_signal_logger_connect (logger, runner, "rest-started");
  gt_signal_logger_connect (logger, runner, "tick");
  gt_signal_logger_connect (logger, runner, "finished");
  gt_signal_logger_connect (logger, runner, "notify::state");

  sb_workout_runner_start (runner, 5);
  gt_signal_logger_assert_notify_emission_pop (logger, runner, "state");
  assert_step (logger, runner, 0, 0);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_EXERCISING);
  g_assert_cmpint (sb_workout_runner_get_remaining (runner), ==, 10);

  /* the timed walk counts down each second and ends by itself */
  advance (runner, 10);
  for (int s = 10; s >= 0; s--)
    assert_int_signal (logger, runner, "tick", s);
  assert_set (logger, runner, seconds, 10);
  gt_signal_logger_assert_notify_emission_pop (logger, runner, "state");
  assert_int_signal (logger, runner, "rest-started", 5);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_RESTING);

  /* the rest counts down to the first bridge */
  advance (runner, 5);
  for (int s = 5; s >= 0; s--)
    assert_int_signal (logger, runner, "tick", s);
  gt_signal_logger_assert_notify_emission_pop (logger, runner, "state");
  assert_step (logger, runner, 1, 0);

  /* a set of reps is done when the person says so, as planned or not */
  harder->reps = 15;
  harder->effort = 8;
  sb_workout_runner_complete_set (runner, harder);
  assert_set (logger, runner, reps, 15);
  gt_signal_logger_assert_notify_emission_pop (logger, runner, "state");
  assert_int_signal (logger, runner, "rest-started", 30);

  /* a longer rest, asked for */
  sb_workout_runner_extend_rest (runner, 10);
  g_assert_cmpint (sb_workout_runner_get_remaining (runner), ==, 40);
  fake_now += 40 * G_USEC_PER_SEC;
  sb_workout_runner_tick (runner);
  assert_int_signal (logger, runner, "tick", 0);
  gt_signal_logger_assert_notify_emission_pop (logger, runner, "state");
  assert_step (logger, runner, 1, 1);

  sb_workout_runner_complete_set (runner, NULL);
  assert_set (logger, runner, reps, 12);
  gt_signal_logger_assert_notify_emission_pop (logger, runner, "state");
  assert_int_signal (logger, runner, "rest-started", 30);
  fake_now += 30 * G_USEC_PER_SEC;
  sb_workout_runner_tick (runner);
  assert_int_signal (logger, runner, "tick", 0);
  gt_signal_logger_assert_notify_emission_pop (logger, runner, "state");
  assert_step (logger, runner, 2, 0);

  /* the last set leaves the workout complete, waiting for pain after */
  sb_workout_runner_complete_set (runner, NULL);
  assert_set (logger, runner, reps, 8);
  gt_signal_logger_assert_notify_emission_pop (logger, runner, "state");
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_COMPLETE);

  sb_workout_runner_finish (runner, 3, "Easier than last week");
  gt_signal_logger_assert_notify_emission_pop (logger, runner, "state");
  {
    g_autoptr(SbSession) finished = NULL;
    gt_signal_logger_assert_emission_pop (logger, runner, "finished", &finished);
    g_assert_true (finished == sb_workout_runner_get_session (runner));
  }
  gt_signal_logger_assert_no_emissions (logger);

  session = sb_workout_runner_get_session (runner);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 4);
  g_assert_cmpint (sb_session_get_pain_before (session), ==, 5);
  g_assert_cmpint (sb_session_get_pain_after (session), ==, 3);
  g_assert_cmpstr (sb_session_get_notes (session), ==, "Easier than last week");
  g_assert_cmpint (sb_session_get_set (session, 1)->effort, ==, 8);
  /* 10 s walk, 5 s rest, 40 s rest, 30 s rest */
  g_assert_cmpint (g_date_time_difference (sb_session_get_end_time (session), sb_session_get_start_time (session)),
                   ==, 85 * G_USEC_PER_SEC);
}

static void
test_pause_not_counted (Fixture       *fixture,
                        gconstpointer  data)
{
  SbWorkoutRunner *runner = fixture->runner;

  sb_workout_runner_start (runner, -1);
  advance (runner, 4);
  g_assert_cmpint (sb_workout_runner_get_remaining (runner), ==, 6);

  sb_workout_runner_pause (runner);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_PAUSED);
  fake_now += 600 * G_USEC_PER_SEC;
  sb_workout_runner_tick (runner);
  g_assert_cmpint (sb_workout_runner_get_remaining (runner), ==, 6);

  sb_workout_runner_resume (runner);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_EXERCISING);
  g_assert_cmpint (sb_workout_runner_get_remaining (runner), ==, 6);
  g_assert_cmpint (sb_workout_runner_get_active_time (runner), ==, 4 * G_USEC_PER_SEC);

  advance (runner, 6);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_RESTING);
  g_assert_cmpint (sb_workout_runner_get_active_time (runner), ==, 10 * G_USEC_PER_SEC);
}

static void
test_skip_back_add (Fixture       *fixture,
                    gconstpointer  data)
{
  SbWorkoutRunner *runner = fixture->runner;
  SbSession *session;

  sb_workout_runner_start (runner, -1);
  session = sb_workout_runner_get_session (runner);

  /* skipping a set records it as skipped, with no rest */
  sb_workout_runner_skip_set (runner);
  g_assert_true (sb_session_get_set (session, 0)->skipped);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_EXERCISING);
  g_assert_cmpuint (sb_workout_runner_get_step (runner), ==, 1);

  /* going back takes it back, to do it after all */
  sb_workout_runner_previous (runner);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 0);
  g_assert_cmpuint (sb_workout_runner_get_step (runner), ==, 0);
  sb_workout_runner_complete_set (runner, NULL);
  g_assert_false (sb_session_get_set (session, 0)->skipped);

  /* back from a rest: the set just done is redone */
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_RESTING);
  sb_workout_runner_previous (runner);
  g_assert_cmpuint (sb_workout_runner_get_step (runner), ==, 0);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 0);
  sb_workout_runner_complete_set (runner, NULL);
  advance (runner, 5);

  /* one more set of bridges than planned */
  g_assert_cmpuint (sb_workout_runner_get_n_sets (runner), ==, 2);
  sb_workout_runner_add_set (runner);
  g_assert_cmpuint (sb_workout_runner_get_n_sets (runner), ==, 3);

  /* skipping the exercise records its sets left as skipped */
  sb_workout_runner_skip_exercise (runner);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 4);
  for (guint i = 1; i < 4; i++)
    g_assert_true (sb_session_get_set (session, i)->skipped);
  g_assert_cmpuint (sb_workout_runner_get_step (runner), ==, 2);

  /* finishing early is allowed, and final */
  sb_workout_runner_finish (runner, 2, NULL);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_FINISHED);
  sb_workout_runner_complete_set (runner, NULL);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/workout-runner/whole-routine", test_whole_routine);
  ADD ("/workout-runner/pause-not-counted", test_pause_not_counted);
  ADD ("/workout-runner/skip-back-add", test_skip_back_add);
#undef ADD

  return g_test_run ();
}
