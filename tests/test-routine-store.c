/* test-routine-store.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbRoutineStore, the user's own routines: they load, bad files are
 * reported by name and member without stopping the good ones, and the list
 * follows the folder; every edit the editor makes is written and read back
 * the same; delete can be undone; a shared routine that is bad in any way
 * is refused by name and changes nothing; a writer killed at any moment
 * leaves every file whole. */

#define G_LOG_DOMAIN "test-routine-store"

#include "config.h"

#include <glib/gstdio.h>
#include <libglib-testing/signal-logger.h>
#include <stdlib.h>

#include "storage/sb-json.h"
#include "storage/sb-routine-codec.h"
#include "storage/sb-store-problem.h"
#include "sb-test-core.h"

typedef struct
{
  char           *dir;
  SbCatalog      *catalog;
  SbRoutineStore *store;
} Fixture;

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

#define WAIT_ASYNC(call, ...) \
  ({ \
    g_autoptr(GAsyncResult) result_ = NULL; \
    call (__VA_ARGS__, on_done, &result_); \
    sb_test_wait_until (result_ != NULL); \
    g_steal_pointer (&result_); \
  })

/* Another store on the folder, as after a restart, loaded. */
static SbRoutineStore *
reopen (Fixture *fixture)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  SbRoutineStore *store = sb_routine_store_new (fixture->catalog, dir);

  sb_test_load_routines (store);
  return store;
}

static SbRoutine *
find_in (SbRoutineStore *store,
         const char     *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(SbRoutine) routine = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_str_equal (sb_routine_get_id (routine), id))
        return routine;
    }

  return NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_build_filename (g_get_user_data_dir (), "strongback", "routines", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0755), ==, 0);
  fixture->catalog = sb_test_catalog_new ();
  fixture->store = sb_test_routine_store_new (fixture->catalog);
  if (data == NULL)
    sb_test_load_routines (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sb_catalog_set_user_routines (fixture->catalog, NULL);
  sb_test_finalize_soon (fixture->store);
  g_assert_finalize_object (fixture->catalog);
  g_free (fixture->dir);
}

static void
save (Fixture   *fixture,
      SbRoutine *routine)
{
  g_autoptr(GAsyncResult) result = WAIT_ASYNC (sb_routine_store_save_async, fixture->store, routine, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sb_routine_store_save_finish (fixture->store, result, &error));
  g_assert_no_error (error);
}

static char *
file_of (Fixture   *fixture,
         SbRoutine *routine)
{
  g_autoptr(GFile) file = sb_routine_store_get_file (fixture->store, routine);

  return g_file_get_path (file);
}

static SbExercise *
lookup (const char *id,
        gpointer    catalog)
{
  return sb_catalog_lookup_exercise (catalog, id);
}

static void
write_routine (const char *dir,
               const char *name,
               const char *json)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
}

#define ROUTINE(id, name, steps) \
  "{\"format\": \"strongback-routine\", \"version\": 1, \"id\": \"" id "\", \"name\": \"" name "\"," \
  " \"place\": \"home\", \"steps\": " steps "}"

static void
test_load (Fixture       *fixture,
           gconstpointer  data)
{
  SbCatalog *catalog = fixture->catalog;
  const char *dir = fixture->dir;
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  GListModel *problems = sb_routine_store_get_problems (fixture->store);
  g_autoptr(SbRoutine) mine = NULL;
  g_autoptr(SbRoutineStep) step = NULL;
  struct { const char *file; const char *says; } bad[] = {
    { "unknown.json", "member “steps[1].exercise” names an exercise Strongback does not know, “pilates-100”" },
    { "garbage.json", "not valid JSON" },
    { "empty-steps.json", "member “steps” must be a list of at least one step" },
    { "bad-dose.json", "member “steps[0].dose.sets” must be a whole number from 1 to 20" },
    { "clash.json", "another routine already has the id “glute-bridge”" },
  };

  write_routine (dir, "mine.json",
                 ROUTINE ("my-bridges", "Bridges and more",
                          "[{\"exercise\": \"glute-bridge\", \"dose\": {\"sets\": 4, \"reps\": 20}},"
                          " {\"exercise\": \"prone-back-extension\"}]"));
  write_routine (dir, "alpha.json", ROUTINE ("alpha", "A quick one", "[{\"exercise\": \"glute-bridge\"}]"));
  write_routine (dir, "unknown.json",
                 ROUTINE ("x", "X", "[{\"exercise\": \"glute-bridge\"}, {\"exercise\": \"pilates-100\"}]"));
  write_routine (dir, "garbage.json", "{{{");
  write_routine (dir, "empty-steps.json", ROUTINE ("e", "E", "[]"));
  write_routine (dir, "bad-dose.json", ROUTINE ("d", "D", "[{\"exercise\": \"glute-bridge\", \"dose\": {\"sets\": 0}}]"));
  write_routine (dir, "clash.json", ROUTINE ("glute-bridge", "Clash", "[{\"exercise\": \"glute-bridge\"}]"));
  write_routine (dir, "notes.txt", "not a routine");

  gt_signal_logger_connect (logger, catalog, "items-changed");
  sb_test_load_routines (fixture->store);

  /* built-ins first, then the user's by name */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 5);
  {
    g_autoptr(SbRoutine) first = g_list_model_get_item (G_LIST_MODEL (catalog), 3);
    mine = g_list_model_get_item (G_LIST_MODEL (catalog), 4);
    g_assert_cmpstr (sb_routine_get_id (first), ==, "alpha");
    g_assert_cmpstr (sb_routine_get_id (mine), ==, "my-bridges");
  }
  g_assert_false (sb_routine_get_builtin (mine));

  /* a step's dose overrides only what it names */
  step = g_list_model_get_item (sb_routine_get_steps (mine), 0);
  g_assert_cmpint (sb_routine_step_get_dose (step)->sets, ==, 4);
  g_assert_cmpint (sb_routine_step_get_dose (step)->reps, ==, 20);
  g_assert_cmpint (sb_routine_step_get_dose (step)->tempo_hold,
                   ==, sb_exercise_get_dose (sb_routine_step_get_exercise (step))->tempo_hold);

  /* all at once, in order */
  {
    guint position, removed, added;

    gt_signal_logger_assert_emission_pop (logger, catalog, "items-changed", &position, &removed, &added);
    g_assert_cmpuint (position, ==, 3);
    g_assert_cmpuint (removed, ==, 0);
    g_assert_cmpuint (added, ==, 2);
    gt_signal_logger_assert_no_emissions (logger);
  }

  /* every bad file is reported, by name and member, and left alone */
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, G_N_ELEMENTS (bad));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = g_build_filename (dir, bad[i].file, NULL);
      gboolean found = FALSE;

      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      for (guint p = 0; p < G_N_ELEMENTS (bad); p++)
        {
          g_autoptr(SbStoreProblem) problem = g_list_model_get_item (problems, p);
          g_autofree char *problem_path = g_file_get_path (sb_store_problem_get_file (problem));

          if (g_str_equal (problem_path, path))
            {
              g_test_message ("%s", sb_store_problem_get_message (problem));
              g_assert_nonnull (strstr (sb_store_problem_get_message (problem), bad[i].says));
              g_assert_null (sb_store_problem_get_quarantined_file (problem));
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
}

/* Routines added, changed, broken and removed on disk (another
 * instance, a sync tool) show as they are. */
static void
test_follow_folder (Fixture       *fixture,
                    gconstpointer  data)
{
  SbCatalog *catalog = fixture->catalog;
  g_autofree char *path = g_build_filename (fixture->dir, "new.json", NULL);
  GListModel *problems = sb_routine_store_get_problems (fixture->store);
  SbRoutine *routine;

  sb_test_load_routines (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 3);

  write_routine (fixture->dir, "new.json", ROUTINE ("new", "New", "[{\"exercise\": \"glute-bridge\"}]"));
  sb_test_wait_until (g_list_model_get_n_items (G_LIST_MODEL (catalog)) == 4);
  g_assert_nonnull (sb_catalog_lookup_routine (catalog, "new"));

  write_routine (fixture->dir, "new.json", ROUTINE ("new", "Renamed", "[{\"exercise\": \"glute-bridge\"}]"));
  sb_test_wait_until ((routine = sb_catalog_lookup_routine (catalog, "new")) != NULL &&
                      g_str_equal (sb_routine_get_name (routine), "Renamed"));

  /* broken by hand: reported, left where it is, and out of the list */
  write_routine (fixture->dir, "new.json", "{\"format\": ");
  sb_test_wait_until (g_list_model_get_n_items (G_LIST_MODEL (catalog)) == 3);
  sb_test_wait_until (g_list_model_get_n_items (problems) == 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  /* mended: back, and nothing to report */
  write_routine (fixture->dir, "new.json", ROUTINE ("new", "New", "[{\"exercise\": \"glute-bridge\"}]"));
  sb_test_wait_until (g_list_model_get_n_items (G_LIST_MODEL (catalog)) == 4);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);

  g_assert_cmpint (g_unlink (path), ==, 0);
  sb_test_wait_until (g_list_model_get_n_items (G_LIST_MODEL (catalog)) == 3);
  g_assert_null (sb_catalog_lookup_routine (catalog, "new"));
}

/* The file on disk reads back as exactly the routine in memory. */
static void
assert_file_matches (Fixture   *fixture,
                     SbRoutine *routine)
{
  g_autofree char *path = file_of (fixture, routine);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbRoutine) read = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  read = sb_routine_codec_read_data ("routine.json", data, length, lookup, fixture->catalog, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_routine_get_name (read), ==, sb_routine_get_name (routine));
  g_assert_cmpstr (sb_routine_get_description (read), ==, sb_routine_get_description (routine));
  g_assert_cmpstr (sb_routine_get_place (read), ==, sb_routine_get_place (routine));
  g_assert_cmpuint (g_list_model_get_n_items (sb_routine_get_steps (read)), ==,
                    g_list_model_get_n_items (sb_routine_get_steps (routine)));
  for (guint i = 0; i < g_list_model_get_n_items (sb_routine_get_steps (read)); i++)
    {
      g_autoptr(SbRoutineStep) a = g_list_model_get_item (sb_routine_get_steps (read), i);
      g_autoptr(SbRoutineStep) b = g_list_model_get_item (sb_routine_get_steps (routine), i);

      g_assert_true (sb_routine_step_get_exercise (a) == sb_routine_step_get_exercise (b));
      g_assert_true (sb_dose_equal (sb_routine_step_get_dose (a), sb_routine_step_get_dose (b)));
    }
  g_assert_true (sb_routine_equal (read, routine));
}

static void
set_step_field (SbRoutine   *routine,
                guint        position,
                SbDoseField  field,
                const char  *text)
{
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), position);
  SbDose dose = *sb_routine_step_get_dose (step);

  g_assert_true (sb_dose_set_field (&dose, field, text, NULL));
  sb_routine_set_step_dose (routine, position, &dose);
}

static const char *
step_exercise (SbRoutine *routine,
               guint      position)
{
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), position);

  return sb_exercise_get_id (sb_routine_step_get_exercise (step));
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  SbRoutine *builtin = sb_catalog_lookup_routine (fixture->catalog, "gym-corrective");
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  SbRoutine *routine;
  guint changes = 0;

  routine = sb_routine_store_add (fixture->store, builtin, NULL);
  g_signal_connect_swapped (routine, "changed", G_CALLBACK (g_atomic_int_inc), &changes);

  /* a duplicate is the user's, a copy of every step, after the built-ins */
  g_assert_false (sb_routine_get_builtin (routine));
  g_assert_cmpstr (sb_routine_get_id (routine), !=, "gym-corrective");
  g_assert_nonnull (strstr (sb_routine_get_name (routine), sb_routine_get_name (builtin)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->catalog)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (sb_routine_get_steps (routine)), ==,
                    g_list_model_get_n_items (sb_routine_get_steps (builtin)));
  save (fixture, routine);
  assert_file_matches (fixture, routine);

  sb_routine_set_name (routine, "Tuesday, with bands");
  sb_routine_set_description (routine, "Short “quoted” text\nover two lines");
  sb_routine_set_place (routine, "home");
  g_assert_cmpuint (changes, ==, 3);
  save (fixture, routine);
  assert_file_matches (fixture, routine);

  /* add from the catalog, reorder both ways, remove */
  sb_routine_insert_step (routine, 0, sb_catalog_lookup_exercise (fixture->catalog, "glute-bridge"), NULL);
  sb_routine_move_step (routine, 0, 3);
  g_assert_cmpstr (step_exercise (routine, 3), ==, "glute-bridge");
  sb_routine_move_step (routine, 4, 1);
  sb_routine_remove_step (routine, 0);
  save (fixture, routine);
  assert_file_matches (fixture, routine);

  /* every dose member the editor sets */
  set_step_field (routine, 0, SB_DOSE_FIELD_SETS, "5");
  set_step_field (routine, 0, SB_DOSE_FIELD_REPS, "18");
  set_step_field (routine, 0, SB_DOSE_FIELD_REST_SECONDS, "0");
  set_step_field (routine, 0, SB_DOSE_FIELD_LOAD_KG, "12,5");
  set_step_field (routine, 1, SB_DOSE_FIELD_SECONDS, "45");
  set_step_field (routine, 1, SB_DOSE_FIELD_INCLINE_MIN, "2.5");
  set_step_field (routine, 1, SB_DOSE_FIELD_INCLINE_MAX, "12");
  set_step_field (routine, 2, SB_DOSE_FIELD_METERS, "800");
  save (fixture, routine);
  assert_file_matches (fixture, routine);
  {
    g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), 0);

    g_assert_cmpint (sb_routine_step_get_dose (step)->sets, ==, 5);
    g_assert_cmpfloat (sb_routine_step_get_dose (step)->load_kg, ==, 12.5);
  }

  /* setting what is already there is no edit */
  changes = 0;
  set_step_field (routine, 0, SB_DOSE_FIELD_SETS, "5");
  sb_routine_set_name (routine, "Tuesday, with bands");
  g_assert_cmpuint (changes, ==, 0);

  /* Another store on the same folder, as after a restart, reads the same. */
  {
    SbRoutineStore *other = reopen (fixture);
    SbRoutine *again = find_in (other, sb_routine_get_id (routine));

    g_assert_nonnull (again);
    g_assert_true (sb_routine_equal (again, routine));
    sb_test_finalize_soon (other);
  }

  g_signal_handlers_disconnect_by_data (routine, &changes);
}

/* The load the exercise prescribes, taken away, stays away once read. */
static void
test_clear_prescribed (Fixture       *fixture,
                       gconstpointer  data)
{
  SbRoutine *routine = sb_routine_store_add (fixture->store, NULL,
                                               sb_catalog_lookup_exercise (fixture->catalog, "hip-thrust"));
  g_autoptr(SbRoutineStep) step = NULL;

  g_assert_cmpfloat (sb_exercise_get_dose (sb_catalog_lookup_exercise (fixture->catalog, "hip-thrust"))->load_kg, >, 0);
  set_step_field (routine, 0, SB_DOSE_FIELD_LOAD_KG, "");
  save (fixture, routine);

  {
    g_autofree char *path = file_of (fixture, routine);
    g_autofree char *text = NULL;
    g_autoptr(SbRoutine) read = NULL;

    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    read = sb_routine_codec_read_data ("r.json", text, strlen (text), lookup, fixture->catalog, NULL);
    step = g_list_model_get_item (sb_routine_get_steps (read), 0);
    g_assert_cmpfloat (sb_routine_step_get_dose (step)->load_kg, ==, 0);
  }
}

static GStrv
list_folder (const char *dir)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  const char *name;

  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;

      g_file_get_contents (path, &contents, NULL, NULL);
      g_autofree char *entry = g_strdup_printf ("%s:%u", name, g_str_hash (contents ? contents : ""));

      g_strv_builder_add (names, entry);
    }

  return g_strv_builder_end (names);
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  SbRoutine *routine = sb_routine_store_add (fixture->store, NULL,
                                               sb_catalog_lookup_exercise (fixture->catalog, "glute-bridge"));
  g_autoptr(SbRoutine) kept = g_object_ref (routine);
  g_autofree char *id = g_strdup (sb_routine_get_id (routine));
  g_autofree char *path = NULL;
  g_autofree char *trash_path = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  save (fixture, routine);
  path = file_of (fixture, routine);
  trash_path = g_build_filename (fixture->dir, "trash", strrchr (path, '/') + 1, NULL);

  result = WAIT_ASYNC (sb_routine_store_delete_async, fixture->store, routine, NULL);
  g_assert_true (sb_routine_store_delete_finish (fixture->store, result, &error));
  g_assert_no_error (error);
  g_assert_null (sb_catalog_lookup_routine (fixture->catalog, id));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (trash_path, G_FILE_TEST_EXISTS));

  /* the folder read again does not bring it back */
  {
    SbRoutineStore *other = reopen (fixture);

    g_assert_null (find_in (other, id));
    sb_test_finalize_soon (other);
  }

  g_clear_object (&result);
  result = WAIT_ASYNC (sb_routine_store_undo_delete_async, fixture->store, kept, NULL);
  g_assert_true (sb_routine_store_undo_delete_finish (fixture->store, result, &error));
  g_assert_no_error (error);
  g_assert_true (sb_catalog_lookup_routine (fixture->catalog, id) == kept);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (trash_path, G_FILE_TEST_EXISTS));

  /* read again, it is the same routine; the list keeps the same object,
   * so the window keeps showing and selecting it */
  {
    SbRoutineStore *other = reopen (fixture);

    g_assert_nonnull (find_in (other, id));
    g_assert_true (sb_routine_equal (find_in (other, id), kept));
    sb_test_finalize_soon (other);
  }
  g_assert_true (sb_catalog_lookup_routine (fixture->catalog, id) == kept);
}

/* A rename moves the routine to its place by name, in one change that
 * holds the same object. */
static void
test_rename_keeps_order (Fixture       *fixture,
                         gconstpointer  data)
{
  SbExercise *bridge = sb_catalog_lookup_exercise (fixture->catalog, "glute-bridge");
  SbRoutine *a = sb_routine_store_add (fixture->store, NULL, bridge);
  SbRoutine *b = sb_routine_store_add (fixture->store, NULL, bridge);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  guint position, removed, added;

  /* each edit saved at once, as the editor does: an edit left unsaved while
   * the folder is read again gives way to what is on disk */
  sb_routine_set_name (a, "Alpha");
  save (fixture, a);
  sb_routine_set_name (b, "Beta");
  save (fixture, b);

  gt_signal_logger_connect (logger, fixture->catalog, "items-changed");
  sb_routine_set_name (a, "Gamma");
  gt_signal_logger_assert_emission_pop (logger, fixture->catalog, "items-changed", &position, &removed, &added);
  g_assert_cmpuint (position, ==, 3);
  g_assert_cmpuint (removed, ==, 2);
  g_assert_cmpuint (added, ==, 2);
  gt_signal_logger_assert_no_emissions (logger);
  {
    g_autoptr(SbRoutine) last = g_list_model_get_item (G_LIST_MODEL (fixture->catalog), 4);
    g_assert_true (last == a);
  }
  save (fixture, a);
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
#define R(steps) "{\"format\": \"strongback-routine\", \"version\": 1, \"id\": \"shared\", " \
                 "\"name\": \"From my physio\", \"steps\": " steps "}"
  struct { const char *name; const char *data; gssize length; const char *says; } bad[] = {
    { "empty.json", "", 0, "it is empty" },
    { "words.json", "hello there", -1, "it is not valid JSON" },
    { "list.json", "[1, 2]", -1, "it is not a Strongback file" },
    { "session.json", "{\"format\": \"strongback-session\", \"version\": 1}", -1,
      "it is not a “strongback-routine” file" },
    { "no-version.json", "{\"format\": \"strongback-routine\", \"id\": \"x\"}", -1, "“version”" },
    { "no-steps.json", "{\"format\": \"strongback-routine\", \"version\": 1, \"id\": \"x\", \"name\": \"X\"}", -1,
      "member “steps”" },
    { "no-name.json", "{\"format\": \"strongback-routine\", \"version\": 1, \"id\": \"x\", \"steps\": []}", -1,
      "member “name”" },
    { "zero-steps.json", R ("[]"), -1, "must be a list of at least one step" },
    { "unknown.json", R ("[{\"exercise\": \"glute-bridge\"}, {\"exercise\": \"crunches\"}]"), -1,
      "member “steps[1].exercise” names an exercise Strongback does not know, “crunches”" },
    { "bad-dose.json", R ("[{\"exercise\": \"glute-bridge\", \"dose\": {\"reps\": 9000}}]"), -1,
      "member “steps[0].dose.reps” must be a whole number from 1 to 500" },
    { "bad-place.json", "{\"format\": \"strongback-routine\", \"version\": 1, \"id\": \"x\", \"name\": \"X\", "
      "\"place\": \"beach\", \"steps\": [{\"exercise\": \"glute-bridge\"}]}", -1, "“gym”, “home” or “desk”" },
    { "latin1.json", "{\"name\": \"Caf\xe9\"}", -1, "it is not UTF-8 text" },
    { "deep.json", NULL, -1, "nested too deeply" },
    { "huge.json", NULL, -1, "far larger than any Strongback file" },
  };
  g_autofree char *deep = NULL;
  g_autofree char *huge = NULL;
  g_auto(GStrv) before = NULL;
  SbRoutine *imported;
  g_autoptr(GError) error = NULL;

  deep = g_strnfill (10000, '[');
  huge = g_strnfill (SB_JSON_MAX_FILE_SIZE + 1, ' ');
  bad[G_N_ELEMENTS (bad) - 2].data = deep;
  bad[G_N_ELEMENTS (bad) - 1].data = huge;

  save (fixture, sb_routine_store_add (fixture->store, NULL,
                                         sb_catalog_lookup_exercise (fixture->catalog, "glute-bridge")));
  before = list_folder (fixture->dir);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(GStrv) after = NULL;
      gsize length = bad[i].length >= 0 ? (gsize) bad[i].length : strlen (bad[i].data);

      g_assert_null (sb_routine_store_import (fixture->store, bad[i].name, bad[i].data, length, &error));
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, bad[i].name));
      g_assert_nonnull (strstr (error->message, bad[i].says));
      g_clear_error (&error);

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->catalog)), ==, 4);
      after = list_folder (fixture->dir);
      g_assert_true (g_strv_equal ((const char * const *) before, (const char * const *) after));
    }

  /* a good one comes in as the user's own, its id kept when free... */
  imported = sb_routine_store_import (fixture->store, "good.json", R ("[{\"exercise\": \"glute-bridge\"}]"),
                                        strlen (R ("[{\"exercise\": \"glute-bridge\"}]")), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_routine_get_id (imported), ==, "shared");
  g_assert_cmpstr (sb_routine_get_name (imported), ==, "From my physio");
  save (fixture, imported);
  assert_file_matches (fixture, imported);

  /* ...and a new one when taken, so that nothing existing changes */
  imported = sb_routine_store_import (fixture->store, "good.json", R ("[{\"exercise\": \"glute-bridge\"}]"),
                                        strlen (R ("[{\"exercise\": \"glute-bridge\"}]")), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_routine_get_id (imported), !=, "shared");
  save (fixture, imported);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->catalog)), ==, 6);
#undef R
}

/* A writer killed at any moment, over and over: every routine file left is
 * whole, and holds the last edit the writer reported saved, or the one it
 * was writing when it died. */
static void
test_killed_writer (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *writer = g_test_build_filename (G_TEST_BUILT, "routine-writer", NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) writes = g_array_new (FALSE, TRUE, sizeof (guint));
  SbRoutineStore *after = NULL;
  guint rounds = 60, reported = 0;

  for (guint round = 0; round < rounds; round++)
    {
      g_autofree char *round_text = g_strdup_printf ("%u", round);
      const char *argv[] = { writer, fixture->dir, round_text, "400", NULL };
      g_auto(GStrv) lines = sb_test_run_killed (argv, "ready", 0, 50000);
      char *id = NULL;
      guint written = 0;

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_auto(GStrv) fields = g_strsplit (lines[i], " ", 2);

          g_assert_cmpuint (g_strv_length (fields), ==, 2);
          g_free (id);
          id = g_strdup (fields[0]);
          written = atoi (fields[1]);
        }
      g_ptr_array_add (ids, id);
      g_array_append_val (writes, written);
      reported += written;
    }

  g_test_message ("%u edits reported saved over %u kills", reported, rounds);
  g_assert_cmpuint (reported, >, 0);

  after = reopen (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (sb_routine_store_get_problems (after)), ==, 0);

  for (guint round = 0; round < rounds; round++)
    {
      const char *id = g_ptr_array_index (ids, round);
      guint written = g_array_index (writes, guint, round);
      g_autofree char *reported_name = NULL, *next_name = NULL;
      SbRoutine *routine;
      const char *name;
      guint on_disk;

      if (id == NULL)
        continue;
      routine = find_in (after, id);
      if (routine == NULL)
        g_error ("round %u: routine %s was reported saved but is missing", round, id);

      name = sb_routine_get_name (routine);
      reported_name = g_strdup_printf ("round %u write %u", round, written);
      next_name = g_strdup_printf ("round %u write %u", round, written + 1);
      if (g_strcmp0 (name, reported_name) != 0 && g_strcmp0 (name, next_name) != 0)
        g_error ("round %u: write %u was reported saved, but the file holds “%s”", round, written, name);
      on_disk = g_str_equal (name, reported_name) ? written : written + 1;
      g_assert_cmpuint (g_list_model_get_n_items (sb_routine_get_steps (routine)), ==, MIN (on_disk, 20) + 1);
    }

  sb_test_finalize_soon (after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#define ADD_UNLOADED(path, func) g_test_add (path, Fixture, "unloaded", fixture_set_up, func, fixture_tear_down)
  ADD_UNLOADED ("/routine-store/load", test_load);
  ADD_UNLOADED ("/routine-store/follow-folder", test_follow_folder);
  ADD ("/routine-store/round-trip", test_round_trip);
  ADD ("/routine-store/clear-prescribed", test_clear_prescribed);
  ADD ("/routine-store/delete-undo", test_delete_undo);
  ADD ("/routine-store/rename-keeps-order", test_rename_keeps_order);
  ADD ("/routine-store/import", test_import);
  ADD ("/routine-store/killed-writer", test_killed_writer);
#undef ADD_UNLOADED
#undef ADD

  return g_test_run ();
}
