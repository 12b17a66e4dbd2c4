/* fuzz-workout.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The workout in progress, as the next start reads it: a session file whose
 * sets are walked against its routine to find where to go on. Whatever the
 * file says, resuming either refuses with an error or gives a runner that
 * can be worked to the end. */

#define G_LOG_DOMAIN "fuzz-workout"

#include "config.h"

#include <stdint.h>

#include "storage/sb-session-codec.h"
#include "workout/sb-workout-runner.h"
#include "fuzz-catalog-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = NULL;
  g_autoptr(SbWorkoutRunner) runner = NULL;
  SbRoutine *routine;
  guint before, guard = 0;

  session = sb_session_codec_read ("workout-in-progress.json", (const char *) data, size, &error);
  if (session == NULL)
    return 0;

  /* an unknown routine is offered for keeping, never resumed */
  routine = sb_catalog_lookup_routine (fuzz_catalog (), sb_session_get_routine_id (session));
  if (routine == NULL)
    return 0;

  before = sb_session_get_n_sets (session);
  runner = sb_workout_runner_new_resumed (routine, session, &error);
  if (runner == NULL)
    {
      g_assert_error (error, SB_WORKOUT_RUNNER_ERROR, SB_WORKOUT_RUNNER_ERROR_MISMATCH);
      g_assert_cmpuint (sb_session_get_n_sets (session), ==, before);
      return 0;
    }

  /* resumed: nothing taken away, and it runs to its end */
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, before);
  fake_now = 0;
  sb_workout_runner_set_clock (runner, fake_clock, NULL);
  sb_workout_runner_resume (runner);
  while (sb_workout_runner_get_state (runner) != SB_WORKOUT_COMPLETE)
    {
      g_assert_cmpuint (guard++, <, 1000);
      if (sb_workout_runner_get_state (runner) == SB_WORKOUT_RESTING)
        sb_workout_runner_end_rest (runner);
      else
        sb_workout_runner_complete_set (runner, NULL);
    }
  sb_workout_runner_finish (runner, 0, NULL);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_FINISHED);
  g_assert_cmpuint (sb_session_get_n_sets (session), >=, before);

  return 0;
}
