/* test-workout-runner.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The guided workout's state machine, on a fake clock: the exact order of
 * its signals through a whole routine, timed sets and rests counting to the
 * second, pauses left out of the time, skipping, going back and adding
 * sets recorded as they happened, sound cues, abandoning, and picking up a
 * workout saved part-way. */

#define G_LOG_DOMAIN "test-workout-runner"

#include "config.h"

#include <libglib-testing/signal-logger.h>

#include "storage/sb-content.h"
#include "storage/sb-routine-codec.h"
#include "storage/sb-session-codec.h"
#include "workout/sb-workout-runner.h"
#include "sb-test-utils.h"


static void
advance (SbWorkoutRunner *runner,
         int              seconds)
{
  /* a tick every half second, as the UI does */
  for (int i = 0; i < seconds * 2; i++)
    {
      sb_test_now += G_USEC_PER_SEC / 2;
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
  g_autoptr(GError) error = NULL;

  fixture->catalog = sb_content_load_catalog (&error);
  g_assert_no_error (error);
  fixture->routine = sb_routine_codec_read_data ("t.json", json, strlen (json), lookup, fixture->catalog, &error);
  g_assert_no_error (error);

  sb_test_now = 1000 * G_USEC_PER_SEC;
  fixture->runner = sb_workout_runner_new (fixture->routine);
  sb_workout_runner_set_clock (fixture->runner, sb_test_clock, NULL);
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
  sb_test_now += 40 * G_USEC_PER_SEC;
  sb_workout_runner_tick (runner);
  assert_int_signal (logger, runner, "tick", 0);
  gt_signal_logger_assert_notify_emission_pop (logger, runner, "state");
  assert_step (logger, runner, 1, 1);

  sb_workout_runner_complete_set (runner, NULL);
  assert_set (logger, runner, reps, 12);
  gt_signal_logger_assert_notify_emission_pop (logger, runner, "state");
  assert_int_signal (logger, runner, "rest-started", 30);
  sb_test_now += 30 * G_USEC_PER_SEC;
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
  sb_test_now += 600 * G_USEC_PER_SEC;
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

static void
test_cues (Fixture       *fixture,
           gconstpointer  data)
{
  SbWorkoutRunner *runner = fixture->runner;
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();

  gt_signal_logger_connect (logger, runner, "cue");
  gt_signal_logger_connect (logger, runner, "state-changed");

  sb_workout_runner_start (runner, -1);
  assert_int_signal (logger, runner, "state-changed", SB_WORKOUT_EXERCISING);

  /* nothing until 3 s are left of the 10 s walk */
  advance (runner, 6);
  gt_signal_logger_assert_no_emissions (logger);

  /* 3, 2, 1, then the end, then the rest begins */
  advance (runner, 4);
  assert_int_signal (logger, runner, "cue", SB_WORKOUT_CUE_COUNTDOWN);
  assert_int_signal (logger, runner, "cue", SB_WORKOUT_CUE_COUNTDOWN);
  assert_int_signal (logger, runner, "cue", SB_WORKOUT_CUE_COUNTDOWN);
  assert_int_signal (logger, runner, "cue", SB_WORKOUT_CUE_END);
  assert_int_signal (logger, runner, "state-changed", SB_WORKOUT_RESTING);
  gt_signal_logger_assert_no_emissions (logger);

  /* the 5 s rest counts down too; a set of reps has no countdown */
  advance (runner, 5);
  for (int i = 0; i < 3; i++)
    assert_int_signal (logger, runner, "cue", SB_WORKOUT_CUE_COUNTDOWN);
  assert_int_signal (logger, runner, "cue", SB_WORKOUT_CUE_END);
  assert_int_signal (logger, runner, "state-changed", SB_WORKOUT_EXERCISING);
  advance (runner, 60);
  gt_signal_logger_assert_no_emissions (logger);

  /* a paused countdown makes no sound */
  sb_workout_runner_complete_set (runner, NULL);
  assert_int_signal (logger, runner, "state-changed", SB_WORKOUT_RESTING);
  advance (runner, 26);
  sb_workout_runner_pause (runner);
  assert_int_signal (logger, runner, "state-changed", SB_WORKOUT_PAUSED);
  advance (runner, 30);
  gt_signal_logger_assert_no_emissions (logger);
}

static void
test_timed_set_ended_early (Fixture       *fixture,
                            gconstpointer  data)
{
  SbWorkoutRunner *runner = fixture->runner;
  SbSession *session;

  sb_workout_runner_start (runner, -1);
  session = sb_workout_runner_get_session (runner);

  /* 4 s of a 10 s walk: the record says 4, not the plan */
  advance (runner, 4);
  sb_workout_runner_complete_set (runner, NULL);
  g_assert_cmpint (sb_session_get_set (session, 0)->seconds, ==, 4);
  g_assert_cmpint (sb_session_get_set (session, 0)->reps, ==, -1);

  /* a rest can be cut short */
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_RESTING);
  sb_workout_runner_end_rest (runner);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_EXERCISING);
  g_assert_cmpuint (sb_workout_runner_get_step (runner), ==, 1);

  /* what the person did not say is taken from the plan */
  {
    g_autoptr(SbSetRecord) rated = sb_set_record_new ("glute-bridge");

    rated->effort = 6;
    sb_workout_runner_complete_set (runner, rated);
    g_assert_cmpint (sb_session_get_set (session, 1)->reps, ==, 12);
    g_assert_cmpint (sb_session_get_set (session, 1)->effort, ==, 6);
    g_assert_cmpint (sb_session_get_set (session, 1)->seconds, ==, -1);
  }

  /* the session's end follows the time worked, set by set */
  g_assert_cmpint (g_date_time_difference (sb_session_get_end_time (session), sb_session_get_start_time (session)),
                   ==, 4 * G_USEC_PER_SEC);
}

static void
test_abandon (Fixture       *fixture,
              gconstpointer  data)
{
  SbWorkoutRunner *runner = fixture->runner;
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();

  sb_workout_runner_start (runner, 4);
  gt_signal_logger_connect (logger, runner, "state-changed");
  gt_signal_logger_connect (logger, runner, "finished");

  sb_workout_runner_abandon (runner);
  assert_int_signal (logger, runner, "state-changed", SB_WORKOUT_ABANDONED);

  /* given up is given up: it cannot be finished into a session */
  sb_workout_runner_finish (runner, 2, NULL);
  sb_workout_runner_complete_set (runner, NULL);
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_ABANDONED);
}

/* The session as it comes back from the file the journal wrote. */
static SbSession *
reread (SbSession *session)
{
  g_autofree char *data = sb_session_codec_write (session);
  g_autoptr(GError) error = NULL;
  SbSession *copy = sb_session_codec_read ("in-progress.json", data, strlen (data), &error);

  g_assert_no_error (error);
  return copy;
}

static void
test_resume (Fixture       *fixture,
             gconstpointer  data)
{
  SbWorkoutRunner *runner = fixture->runner;
  g_autoptr(SbWorkoutRunner) resumed = NULL;
  g_autoptr(SbSession) saved = NULL;
  g_autoptr(SbSession) saved_again = NULL;
  g_autoptr(GError) error = NULL;
  SbSession *session;

  /* walk (10 s), then both bridges and one added */
  sb_workout_runner_start (runner, 6);
  advance (runner, 15);
  sb_workout_runner_add_set (runner);
  for (int i = 0; i < 3; i++)
    {
      sb_workout_runner_complete_set (runner, NULL);
      advance (runner, 30);
    }
  g_assert_cmpuint (sb_workout_runner_get_step (runner), ==, 2);

  /* the app died 30 s into the rest: the file has four sets and the 75 s
   * worked up to the last of them */
  saved = reread (sb_workout_runner_get_session (runner));
  saved_again = reread (saved);
  sb_workout_runner_abandon (runner);

  sb_test_now += (gint64) 3600 * G_USEC_PER_SEC;
  resumed = sb_workout_runner_new_resumed (fixture->routine, saved, &error);
  g_assert_no_error (error);
  sb_workout_runner_set_clock (resumed, sb_test_clock, NULL);

  /* paused at the back extension, time worked carried over */
  g_assert_cmpint (sb_workout_runner_get_state (resumed), ==, SB_WORKOUT_PAUSED);
  g_assert_cmpuint (sb_workout_runner_get_step (resumed), ==, 2);
  g_assert_cmpuint (sb_workout_runner_get_set (resumed), ==, 0);
  g_assert_cmpint (sb_workout_runner_get_active_time (resumed), ==, 75 * G_USEC_PER_SEC);
  sb_test_now += 600 * G_USEC_PER_SEC;
  g_assert_cmpint (sb_workout_runner_get_active_time (resumed), ==, 75 * G_USEC_PER_SEC);

  sb_workout_runner_resume (resumed);
  advance (resumed, 20);
  sb_workout_runner_complete_set (resumed, NULL);
  g_assert_cmpint (sb_workout_runner_get_state (resumed), ==, SB_WORKOUT_COMPLETE);
  sb_workout_runner_finish (resumed, 3, NULL);

  session = sb_workout_runner_get_session (resumed);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 5);
  g_assert_cmpstr (sb_session_get_set (session, 4)->exercise_id, ==, "prone-back-extension");
  g_assert_cmpint (sb_session_get_pain_before (session), ==, 6);
  g_assert_cmpint (g_date_time_difference (sb_session_get_end_time (session), sb_session_get_start_time (session)),
                   ==, 95 * G_USEC_PER_SEC);

  /* the bridge set added before the crash still counts as added: going
   * back from the resumed position lands on it, the third of three */
  {
    g_autoptr(SbWorkoutRunner) back = sb_workout_runner_new_resumed (fixture->routine, saved_again, &error);

    g_assert_no_error (error);
    sb_workout_runner_resume (back);
    sb_workout_runner_previous (back);
    g_assert_cmpuint (sb_workout_runner_get_step (back), ==, 1);
    g_assert_cmpuint (sb_workout_runner_get_set (back), ==, 2);
    g_assert_cmpuint (sb_workout_runner_get_n_sets (back), ==, 3);
    g_assert_cmpuint (sb_session_get_n_sets (sb_workout_runner_get_session (back)), ==, 3);
  }
}

static void
test_resume_edge_cases (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_now_utc ();
  g_autoptr(SbSession) empty = sb_session_new ("t", "Test", start);
  g_autoptr(SbSession) foreign = sb_session_new ("t", "Test", start);
  g_autoptr(SbSession) all = sb_session_new ("t", "Test", start);
  g_autoptr(SbSetRecord) set = sb_set_record_new ("hip-thrust");
  g_autoptr(SbWorkoutRunner) runner = NULL;
  g_autoptr(GError) error = NULL;

  /* nothing done yet: the first set, paused */
  runner = sb_workout_runner_new_resumed (fixture->routine, empty, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_PAUSED);
  g_assert_cmpuint (sb_workout_runner_get_step (runner), ==, 0);
  g_clear_object (&runner);

  /* sets of exercises the routine does not have: the routine changed */
  sb_session_add_set (foreign, set);
  runner = sb_workout_runner_new_resumed (fixture->routine, foreign, &error);
  g_assert_error (error, SB_WORKOUT_RUNNER_ERROR, SB_WORKOUT_RUNNER_ERROR_MISMATCH);
  g_assert_null (runner);
  g_clear_error (&error);

  /* every set done: waiting for pain after */
  for (guint i = 0; i < 4; i++)
    {
      g_free (set->exercise_id);
      set->exercise_id = g_strdup (i == 0 ? "incline-walk" : i < 3 ? "glute-bridge" : "prone-back-extension");
      sb_session_add_set (all, set);
    }
  runner = sb_workout_runner_new_resumed (fixture->routine, all, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_COMPLETE);
  sb_workout_runner_finish (runner, 1, NULL);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_FINISHED);
}

/* A clock that jumps back (a broken one, or a virtual machine restored)
 * and forward again: no countdown grows, no time goes negative, nothing is
 * recorded twice. */
static void
test_clock_jumps (Fixture       *fixture,
                  gconstpointer  data)
{
  SbWorkoutRunner *runner = fixture->runner;
  SbSession *session;

  sb_workout_runner_start (runner, -1);
  session = sb_workout_runner_get_session (runner);
  advance (runner, 4);

  sb_test_now -= (gint64) 3600 * G_USEC_PER_SEC;
  sb_workout_runner_tick (runner);
  g_assert_cmpint (sb_workout_runner_get_remaining (runner), <=, 10);
  g_assert_cmpint (sb_workout_runner_get_remaining (runner), >=, 0);
  g_assert_cmpint (sb_workout_runner_get_active_time (runner), >=, 0);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_EXERCISING);

  /* ended early at a moment before it began: no negative seconds */
  sb_workout_runner_complete_set (runner, NULL);
  g_assert_cmpint (sb_session_get_set (session, 0)->seconds, >=, 0);
  g_assert_cmpint (sb_session_get_set (session, 0)->seconds, <=, 10);

  /* and forward again, past everything: the rest ends once, the set waits */
  sb_test_now += (gint64) 7200 * G_USEC_PER_SEC;
  sb_workout_runner_tick (runner);
  sb_workout_runner_tick (runner);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_EXERCISING);
  g_assert_cmpuint (sb_workout_runner_get_step (runner), ==, 1);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 1);
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
  ADD ("/workout-runner/cues", test_cues);
  ADD ("/workout-runner/timed-set-ended-early", test_timed_set_ended_early);
  ADD ("/workout-runner/abandon", test_abandon);
  ADD ("/workout-runner/resume", test_resume);
  ADD ("/workout-runner/resume-edge-cases", test_resume_edge_cases);
  ADD ("/workout-runner/clock-jumps", test_clock_jumps);
#undef ADD

  return g_test_run ();
}
