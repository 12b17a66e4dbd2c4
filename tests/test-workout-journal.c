/* test-workout-journal.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The workout in progress on disk: saved and read back whole, written in
 * the order asked for, an unreadable file set aside with a message, a disk
 * that refuses reported without losing the session in memory, and a
 * process killed mid-workout 60 times, each time resumed with exactly the
 * sets it had reported saved. */

#define G_LOG_DOMAIN "test-workout-journal"

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "storage/sb-content.h"
#include "storage/sb-workout-journal.h"
#include "workout/sb-workout-runner.h"
#include "sb-test-journal.h"

typedef struct
{
  char             *dir;
  char             *path;
  SbWorkoutJournal *journal;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;

  fixture->dir = g_dir_make_tmp ("strongback-journal-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "workout-in-progress.json", NULL);
  file = g_file_new_for_path (fixture->path);
  fixture->journal = sb_workout_journal_new (file);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", fixture->dir);

  g_assert_finalize_object (fixture->journal);
  g_assert_cmpint (system (command), ==, 0);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static SbSession *
new_session (guint n_sets)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) start = g_date_time_new (utc, 2026, 11, 2, 7, 30, 0);
  SbSession *session = sb_session_new ("gym-corrective", "Corrective routine", start);

  for (guint i = 0; i < n_sets; i++)
    {
      g_autoptr(SbSetRecord) set = sb_set_record_new ("leg-curl");

      set->reps = 12;
      set->effort = i % 10 + 1;
      sb_session_add_set (session, set);
    }

  return session;
}

static void
test_save_load_discard (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(SbSession) session = new_session (2);
  g_autoptr(SbSession) back = NULL;
  g_autoptr(GError) error = NULL;
  Result result = { 0 };

  /* nothing in progress: no session and no error */
  g_assert_null (load (fixture->journal, &error));
  g_assert_no_error (error);

  sb_session_set_pain_before (session, 6);
  sb_workout_journal_save_async (fixture->journal, session, NULL, saved, &result);
  sb_test_wait_until (result.done);
  g_assert_no_error (result.error);
  g_assert_true (result.ok);

  back = load (fixture->journal, &error);
  g_assert_no_error (error);
  g_assert_true (sb_session_equal (back, session));

  result_clear (&result);
  sb_workout_journal_discard_async (fixture->journal, NULL, discarded, &result);
  sb_test_wait_until (result.done);
  g_assert_true (result.ok);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  /* discarding twice is no error */
  result_clear (&result);
  sb_workout_journal_discard_async (fixture->journal, NULL, discarded, &result);
  sb_test_wait_until (result.done);
  g_assert_no_error (result.error);
}

static void
test_writes_in_order (Fixture       *fixture,
                      gconstpointer  data)
{
  Result results[41] = { 0 };
  g_autoptr(SbSession) back = NULL;
  g_autoptr(GError) error = NULL;

  /* forty saves asked for at once, without waiting: the last one wins */
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(SbSession) session = new_session (i + 1);
      sb_workout_journal_save_async (fixture->journal, session, NULL, saved, &results[i]);
    }
  for (guint i = 0; i < 40; i++)
    {
      sb_test_wait_until (results[i].done);
      g_assert_no_error (results[i].error);
    }
  back = load (fixture->journal, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sb_session_get_n_sets (back), ==, 40);

  /* saves then a discard: nothing is left, whatever order the threads ran in */
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(SbSession) session = new_session (i + 1);

      results[i].done = FALSE;
      sb_workout_journal_save_async (fixture->journal, session, NULL, saved, &results[i]);
    }
  sb_workout_journal_discard_async (fixture->journal, NULL, discarded, &results[40]);
  for (guint i = 0; i < 41; i++)
    sb_test_wait_until (results[i].done);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_unreadable_set_aside (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *bad[] = {
    "{\"format\": \"strongback-session\", \"version\": 1, \"id\": ",
    "[1, 2, 3]",
    "\xff\xfe not text",
    "{\"format\": \"strongback-routine\", \"version\": 1}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SbSession) session = NULL;
      g_autoptr(GDir) dir = NULL;
      const char *name;
      gboolean kept = FALSE;

      g_assert_true (g_file_set_contents (fixture->path, bad[i], -1, NULL));
      session = load (fixture->journal, &error);
      g_assert_null (session);
      g_assert_error (error, SB_WORKOUT_JOURNAL_ERROR, SB_WORKOUT_JOURNAL_ERROR_READ);
      g_assert_nonnull (strstr (error->message, "could not be read"));
      g_assert_nonnull (strstr (error->message, ".broken.json"));

      /* moved aside, intact, so the next start is not blocked by it */
      g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
      dir = g_dir_open (fixture->dir, 0, NULL);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
          g_autofree char *contents = NULL;

          g_assert_true (g_str_has_suffix (name, ".broken.json"));
          g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
          kept = kept || g_str_equal (contents, bad[i]);
          g_unlink (path);
        }
      g_assert_true (kept);

      g_clear_error (&error);
      g_assert_null (load (fixture->journal, &error));
      g_assert_no_error (error);
    }
}

static void
test_refused_write (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *blocker = g_build_filename (fixture->dir, "not-a-folder", NULL);
  g_autofree char *inside = g_build_filename (blocker, "workout-in-progress.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (inside);
  g_autoptr(SbWorkoutJournal) journal = sb_workout_journal_new (file);
  g_autoptr(SbSession) session = new_session (3);
  Result result = { 0 };

  /* the folder cannot be made (a file is in the way; as root, permissions
   * would not stop the write) */
  g_assert_true (g_file_set_contents (blocker, "", -1, NULL));
  sb_workout_journal_save_async (journal, session, NULL, saved, &result);
  sb_test_wait_until (result.done);
  g_assert_false (result.ok);
  g_assert_error (result.error, SB_WORKOUT_JOURNAL_ERROR, SB_WORKOUT_JOURNAL_ERROR_WRITE);
  g_assert_nonnull (strstr (result.error->message, "kept in memory"));

  /* nothing of the session was lost, and once the way is clear it saves */
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 3);
  g_unlink (blocker);
  result_clear (&result);
  sb_workout_journal_save_async (journal, session, NULL, saved, &result);
  sb_test_wait_until (result.done);
  g_assert_no_error (result.error);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));
}

/* Kills a workout-writer after a random number of reported sets, and
 * resumes from what it left. */
static void
test_killed_mid_workout (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "workout-writer", NULL);
  g_autoptr(SbCatalog) catalog = sb_content_load_catalog (NULL);
  SbRoutine *routine = sb_catalog_lookup_routine (catalog, "gym-corrective");
  guint total = 0;

  for (guint round = 0; round < 60; round++)
    {
      const char *argv[] = { writer, fixture->path, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(SbSession) session = NULL;
      g_autoptr(SbWorkoutRunner) runner = NULL;
      GPid pid;
      int out, status;
      FILE *stream;
      char line[32];
      guint reported = 0, wanted = g_test_rand_int_range (0, 13);

      g_unlink (fixture->path);
      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out, NULL, &error));
      g_assert_no_error (error);
      stream = fdopen (out, "r");

      /* each line is a save on disk; the first is the start, with no set */
      for (guint lines = 0; lines <= wanted && fgets (line, sizeof line, stream) != NULL; lines++)
        reported = (guint) atoi (line);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      /* it may have saved and said so more than was read before the kill */
      while (fgets (line, sizeof line, stream) != NULL)
        reported = (guint) atoi (line);
      fclose (stream);
      g_spawn_close_pid (pid);
      /* killed, or (just after its last set) done on its own */
      g_assert_true (WIFSIGNALED (status) || (WIFEXITED (status) && WEXITSTATUS (status) == 0));

      /* every reported set is there, and at most the one being saved more */
      session = load (fixture->journal, &error);
      g_assert_no_error (error);
      g_assert_nonnull (session);
      g_assert_cmpuint (sb_session_get_n_sets (session), >=, reported);
      g_assert_cmpuint (sb_session_get_n_sets (session), <=, reported + 1);
      for (guint i = 0; i < sb_session_get_n_sets (session); i++)
        g_assert_cmpint (sb_session_get_set (session, i)->effort, ==, (int) (i % 10 + 1));

      /* and the workout goes on from the next set */
      runner = sb_workout_runner_new_resumed (routine, session, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sb_workout_runner_get_state (runner), ==,
                       sb_session_get_n_sets (session) == 13 ? SB_WORKOUT_COMPLETE : SB_WORKOUT_PAUSED);
      total += sb_session_get_n_sets (session);
    }

  g_test_message ("60 kills, %u sets recovered in all", total);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/journal/save-load-discard", test_save_load_discard);
  ADD ("/journal/writes-in-order", test_writes_in_order);
  ADD ("/journal/unreadable-set-aside", test_unreadable_set_aside);
  ADD ("/journal/refused-write", test_refused_write);
  ADD ("/journal/killed-mid-workout", test_killed_mid_workout);
#undef ADD

  return g_test_run ();
}
