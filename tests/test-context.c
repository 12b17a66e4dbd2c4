/* test-context.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbContext, without a display: its parts read the user's folders; a
 * workout left unfinished is found in the journal, and can be resumed,
 * kept or discarded, and is kept in History before a new workout takes
 * its place; a workout under way is never replaced; the history moves to
 * another folder, remembered. */

#define G_LOG_DOMAIN "test-context"

#include "config.h"

#include "storage/sb-session-codec.h"
#include "workout/sb-context.h"
#include "sb-test-core.h"

#define UNFINISHED_ID "7d5b2a94-3c1e-4f7a-9a51-0c2f4e8b6d13"

typedef struct
{
  GSettings *settings;
  SbContext *context;
  GPtrArray *notices;
} Fixture;

static void
on_notice (SbContext  *context,
           const char *text,
           Fixture    *fixture)
{
  g_ptr_array_add (fixture->notices, g_strdup (text));
}

/* A workout of @routine_id in the journal, four sets in. */
static void
write_unfinished (const char *routine_id)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"strongback-session\", \"version\": 1, \"id\": \"" UNFINISHED_ID "\","
    " \"routine-id\": \"%s\", \"routine-name\": \"Corrective routine\","
    " \"start\": \"2026-11-02T07:30:00+01:00\", \"end\": \"2026-11-02T07:45:00+01:00\","
    " \"pain-before\": 5, \"sets\": ["
    "  {\"exercise\": \"incline-walk\", \"seconds\": 600},"
    "  {\"exercise\": \"leg-curl\", \"reps\": 12},"
    "  {\"exercise\": \"leg-curl\", \"reps\": 10},"
    "  {\"exercise\": \"leg-curl\", \"reps\": 9}]}", routine_id);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "strongback", NULL);
  g_autofree char *path = g_build_filename (dir, "workout-in-progress.json", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
}

static gboolean
journal_exists (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "strongback", "workout-in-progress.json", NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (data != NULL)
    write_unfinished (data);

  fixture->settings = g_settings_new (APP_ID);
  fixture->context = sb_context_new_default (fixture->settings, &error);
  g_assert_no_error (error);
  fixture->notices = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (fixture->context, "notice", G_CALLBACK (on_notice), fixture);

  sb_context_load (fixture->context);
  sb_test_wait_until (sb_routine_store_get_loaded (sb_context_get_routines (fixture->context)) &&
                      sb_history_store_get_loaded (sb_context_get_history (fixture->context)));
  if (data != NULL)
    sb_test_wait_until (sb_context_get_unfinished (fixture->context) != NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (fixture->context, fixture);
  sb_test_finalize_soon (fixture->context);
  g_ptr_array_unref (fixture->notices);
  g_settings_reset (fixture->settings, "history-folder");
  g_settings_reset (fixture->settings, "last-routine");
  g_object_unref (fixture->settings);
}

static SbHistoryStore *
history (Fixture *fixture)
{
  return sb_context_get_history (fixture->context);
}

static gboolean
noticed (Fixture    *fixture,
         const char *text)
{
  for (guint i = 0; i < fixture->notices->len; i++)
    if (g_str_equal (g_ptr_array_index (fixture->notices, i), text))
      return TRUE;

  return FALSE;
}

/* Its parts are the app's: the built-in routines and the user's listed
 * together, each folder under $XDG_DATA_HOME/strongback. */
static void
test_parts (Fixture       *fixture,
            gconstpointer  data)
{
  SbCatalog *catalog = sb_context_get_catalog (fixture->context);
  g_autofree char *history_path = g_file_get_path (sb_history_store_get_directory (history (fixture)));
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "strongback", "history", NULL);

  g_assert_true (sb_catalog_get_user_routines (catalog) == G_LIST_MODEL (sb_context_get_routines (fixture->context)));
  g_assert_cmpstr (history_path, ==, expected);
  g_assert_true (sb_context_get_settings (fixture->context) == fixture->settings);
  g_assert_null (sb_context_get_workout (fixture->context));
  g_assert_null (sb_context_get_unfinished (fixture->context));

  /* one the user makes is listed after the method's */
  sb_routine_store_add (sb_context_get_routines (fixture->context), NULL,
                        sb_catalog_lookup_exercise (catalog, "glute-bridge"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 4);
}

/* Resumed: paused at the fifth set, the journal's sets kept. */
static void
test_resume (Fixture       *fixture,
             gconstpointer  data)
{
  SbWorkoutSession *workout = sb_context_resume_unfinished (fixture->context);
  SbWorkoutRunner *runner;

  g_assert_nonnull (workout);
  g_assert_true (sb_context_get_workout (fixture->context) == workout);
  g_assert_null (sb_context_get_unfinished (fixture->context));
  runner = sb_workout_session_get_runner (workout);
  g_assert_cmpint (sb_workout_runner_get_state (runner), ==, SB_WORKOUT_PAUSED);
  g_assert_cmpuint (sb_session_get_n_sets (sb_workout_session_get_session (workout)), ==, 4);

  /* one under way is never replaced */
  g_assert_null (sb_context_start_workout (fixture->context,
                                           sb_catalog_lookup_routine (sb_context_get_catalog (fixture->context),
                                                                      "desk-break")));
  g_assert_true (sb_context_get_workout (fixture->context) == workout);
  sb_workout_runner_abandon (runner);
  sb_test_wait_until (!journal_exists ());
}

/* Its routine is gone: it cannot go on, but its sets can be kept. */
static void
test_keep (Fixture       *fixture,
           gconstpointer  data)
{
  SbSession *kept;

  g_assert_null (sb_context_resume_unfinished (fixture->context));
  g_assert_nonnull (sb_context_get_unfinished (fixture->context));

  sb_context_keep_unfinished (fixture->context);
  g_assert_null (sb_context_get_unfinished (fixture->context));
  sb_test_wait_until ((kept = sb_history_store_lookup (history (fixture), UNFINISHED_ID)) != NULL);
  g_assert_cmpuint (sb_session_get_n_sets (kept), ==, 4);
  sb_test_wait_until (!journal_exists ());
  sb_test_wait_until (noticed (fixture, "Your unfinished workout was kept in History"));
}

static void
test_discard (Fixture       *fixture,
              gconstpointer  data)
{
  sb_context_discard_unfinished (fixture->context);
  g_assert_null (sb_context_get_unfinished (fixture->context));
  sb_test_wait_until (!journal_exists ());
  g_assert_null (sb_history_store_lookup (history (fixture), UNFINISHED_ID));
}

/* Left for later, then a new workout: the old one is kept in History
 * before the new one takes its place in the journal. */
static void
test_new_keeps_unfinished (Fixture       *fixture,
                           gconstpointer  data)
{
  SbRoutine *home = sb_catalog_lookup_routine (sb_context_get_catalog (fixture->context), "home-corrective");
  SbRoutine *desk = sb_catalog_lookup_routine (sb_context_get_catalog (fixture->context), "desk-break");
  SbWorkoutSession *workout = sb_context_start_workout (fixture->context, home);
  g_autofree char *last = NULL;
  SbSession *kept;

  g_assert_nonnull (workout);
  g_assert_null (sb_context_get_unfinished (fixture->context));
  sb_test_wait_until ((kept = sb_history_store_lookup (history (fixture), UNFINISHED_ID)) != NULL);
  g_assert_cmpuint (sb_session_get_n_sets (kept), ==, 4);
  sb_test_wait_until (noticed (fixture, "Your unfinished workout was kept in History"));

  /* what “Start Today’s Routine” starts next time */
  last = g_settings_get_string (fixture->settings, "last-routine");
  g_assert_cmpstr (last, ==, "home-corrective");

  /* over and seen: the context lets it go */
  sb_workout_runner_abandon (sb_workout_session_get_runner (workout));
  sb_context_end_workout (fixture->context);

  /* a desk break is taken between workouts, not instead of one */
  workout = sb_context_start_workout (fixture->context, desk);
  g_assert_nonnull (workout);
  g_free (last);
  last = g_settings_get_string (fixture->settings, "last-routine");
  g_assert_cmpstr (last, ==, "home-corrective");
  sb_workout_runner_abandon (sb_workout_session_get_runner (workout));
  sb_context_end_workout (fixture->context);
  g_assert_null (sb_context_get_workout (fixture->context));
}

static void
on_moved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The history moves to a folder of the user's choosing: copied, checked,
 * read back from there, and remembered for the next start. */
static void
test_move_history (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *moved_path = g_build_filename (g_get_user_data_dir (), "Synced", "history", NULL);
  g_autoptr(GFile) moved = g_file_new_for_path (moved_path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *remembered = NULL;

  sb_context_keep_unfinished (fixture->context);
  sb_test_wait_until (sb_history_store_lookup (history (fixture), UNFINISHED_ID) != NULL);

  sb_context_move_history_async (fixture->context, moved, NULL, on_moved, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_context_move_history_finish (fixture->context, result, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (sb_history_store_get_directory (history (fixture)), moved));
  g_assert_nonnull (sb_history_store_lookup (history (fixture), UNFINISHED_ID));
  remembered = g_settings_get_string (fixture->settings, "history-folder");
  g_assert_cmpstr (remembered, ==, moved_path);

  /* the next start reads it from there */
  {
    g_autoptr(SbContext) again = sb_context_new_default (fixture->settings, NULL);
    g_autofree char *path = g_file_get_path (sb_history_store_get_directory (sb_context_get_history (again)));

    g_assert_cmpstr (path, ==, moved_path);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, unfinished, func) g_test_add (path, Fixture, unfinished, fixture_set_up, func, fixture_tear_down)
  ADD ("/context/parts", NULL, test_parts);
  ADD ("/context/unfinished/resume", "gym-corrective", test_resume);
  ADD ("/context/unfinished/keep", "a-routine-since-deleted", test_keep);
  ADD ("/context/unfinished/discard", "gym-corrective", test_discard);
  ADD ("/context/unfinished/kept-when-a-new-one-starts", "gym-corrective", test_new_keeps_unfinished);
  ADD ("/context/move-history", "gym-corrective", test_move_history);
#undef ADD

  return g_test_run ();
}
