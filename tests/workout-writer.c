/* workout-writer.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A second process for the journal tests: does the built-in gym routine on
 * a fake clock, as fast as it can, saving the workout in progress after
 * every set as the app does, and prints the number of sets once each save
 * is on disk. The test kills it at a random moment and resumes.
 *
 *   workout-writer JOURNAL
 *
 * Set i (from 0) is recorded with effort i % 10 + 1, so the test can tell
 * every set apart.
 */

#define G_LOG_DOMAIN "workout-writer"

#include "config.h"

#include <stdio.h>

#include "storage/sb-content.h"
#include "storage/sb-workout-journal.h"
#include "workout/sb-workout-runner.h"

static gint64 fake_now = G_USEC_PER_SEC;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static void
saved (GObject      *object,
       GAsyncResult *result,
       gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_workout_journal_save_finish (SB_WORKOUT_JOURNAL (object), result, &error))
    g_error ("%s", error->message);
  *done = TRUE;
}

static void
save (SbWorkoutJournal *journal,
      SbSession        *session)
{
  gboolean done = FALSE;

  sb_workout_journal_save_async (journal, session, NULL, saved, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  printf ("%u\n", sb_session_get_n_sets (session));
  fflush (stdout);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(SbWorkoutJournal) journal = NULL;
  g_autoptr(SbCatalog) catalog = NULL;
  g_autoptr(SbWorkoutRunner) runner = NULL;
  g_autoptr(GError) error = NULL;
  SbSession *session;

  if (argc != 2)
    {
      g_printerr ("usage: %s JOURNAL\n", argv[0]);
      return 2;
    }

  file = g_file_new_for_path (argv[1]);
  journal = sb_workout_journal_new (file);
  catalog = sb_content_load_catalog (&error);
  g_assert_no_error (error);

  runner = sb_workout_runner_new (sb_catalog_lookup_routine (catalog, "gym-corrective"));
  sb_workout_runner_set_clock (runner, fake_clock, NULL);
  sb_workout_runner_start (runner, 4);
  session = sb_workout_runner_get_session (runner);
  save (journal, session);

  while (sb_workout_runner_get_state (runner) != SB_WORKOUT_COMPLETE)
    {
      guint n = sb_session_get_n_sets (session);
      g_autoptr(SbRoutineStep) step = sb_workout_runner_get_current_step (runner);
      g_autoptr(SbSetRecord) set = sb_set_record_new (sb_exercise_get_id (sb_routine_step_get_exercise (step)));

      if (sb_workout_runner_get_state (runner) == SB_WORKOUT_RESTING)
        {
          fake_now += 600 * G_USEC_PER_SEC;
          sb_workout_runner_tick (runner);
          continue;
        }

      set->reps = 10;
      set->effort = n % 10 + 1;
      fake_now += 30 * G_USEC_PER_SEC;
      sb_workout_runner_complete_set (runner, set);
      save (journal, session);
    }

  return 0;
}
