/* test-routine-editor.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The user's own routines: every edit the editor makes is written and read
 * back the same; what the editor is given to type is refused with the
 * file's own limits; delete can be undone; a shared routine that is bad in
 * any way is refused by name and changes nothing. */

#include "config.h"

#include <glib/gstdio.h>
#include <libglib-testing/signal-logger.h>
#include <stdlib.h>

#include "model/sb-catalog.h"
#include "sb-test-utils.h"

typedef struct
{
  char      *dir;
  SbCatalog *catalog;
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

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  fixture->dir = g_build_filename (g_get_user_data_dir (), "strongback", "routines", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0755), ==, 0);
  dir = g_file_new_for_path (fixture->dir);
  fixture->catalog = sb_catalog_new (dir, &error);
  g_assert_no_error (error);

  result = WAIT_ASYNC (sb_catalog_load_user_routines_async, fixture->catalog, NULL);
  g_assert_true (sb_catalog_load_user_routines_finish (fixture->catalog, result, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gpointer weak = fixture->catalog;

  /* Its last read of the folder may still hold it. */
  g_object_add_weak_pointer (G_OBJECT (fixture->catalog), &weak);
  g_object_unref (fixture->catalog);
  sb_test_wait_until (weak == NULL);
  g_free (fixture->dir);
}

static void
save (Fixture   *fixture,
      SbRoutine *routine)
{
  g_autoptr(GAsyncResult) result = WAIT_ASYNC (sb_catalog_save_routine_async, fixture->catalog, routine, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (sb_catalog_save_routine_finish (fixture->catalog, result, &error));
  g_assert_no_error (error);
}

static SbExercise *
lookup (const char *id,
        gpointer    catalog)
{
  return sb_catalog_lookup_exercise (catalog, id);
}

/* The file on disk reads back as exactly the routine in memory. */
static void
assert_file_matches (Fixture   *fixture,
                     SbRoutine *routine)
{
  g_autofree char *path = g_file_get_path (sb_routine_get_file (routine));
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbRoutine) read = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  read = sb_routine_new_from_data ("routine.json", data, length, lookup, fixture->catalog, &error);
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

  routine = sb_catalog_add_routine (fixture->catalog, builtin, NULL);
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

  /* A new catalog on the same folder, as after a restart, reads the same. */
  {
    g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
    g_autoptr(SbCatalog) other = sb_catalog_new (dir, NULL);
    g_autoptr(GAsyncResult) result = WAIT_ASYNC (sb_catalog_load_user_routines_async, other, NULL);
    SbRoutine *again;

    g_assert_true (sb_catalog_load_user_routines_finish (other, result, NULL));
    again = sb_catalog_lookup_routine (other, sb_routine_get_id (routine));
    g_assert_nonnull (again);
    g_assert_true (sb_routine_equal (again, routine));
  }

  g_signal_handlers_disconnect_by_data (routine, &changes);
}

/* The load the exercise prescribes, taken away, stays away once read. */
static void
test_clear_prescribed (Fixture       *fixture,
                       gconstpointer  data)
{
  SbRoutine *routine = sb_catalog_add_routine (fixture->catalog, NULL,
                                               sb_catalog_lookup_exercise (fixture->catalog, "hip-thrust"));
  g_autoptr(SbRoutineStep) step = NULL;

  g_assert_cmpfloat (sb_exercise_get_dose (sb_catalog_lookup_exercise (fixture->catalog, "hip-thrust"))->load_kg, >, 0);
  set_step_field (routine, 0, SB_DOSE_FIELD_LOAD_KG, "");
  save (fixture, routine);

  {
    g_autofree char *path = g_file_get_path (sb_routine_get_file (routine));
    g_autofree char *text = NULL;
    g_autoptr(SbRoutine) read = NULL;

    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    read = sb_routine_new_from_data ("r.json", text, strlen (text), lookup, fixture->catalog, NULL);
    step = g_list_model_get_item (sb_routine_get_steps (read), 0);
    g_assert_cmpfloat (sb_routine_step_get_dose (step)->load_kg, ==, 0);
  }
}

static void
test_dose_fields (void)
{
  struct {
    SbDoseField field;
    const char *text;
    const char *says;   /* NULL when accepted */
    double      value;
  } cases[] = {
    { SB_DOSE_FIELD_SETS, "3", NULL, 3 },
    { SB_DOSE_FIELD_SETS, " 20 ", NULL, 20 },
    { SB_DOSE_FIELD_SETS, "0", "Sets must be a whole number from 1 to 20", 0 },
    { SB_DOSE_FIELD_SETS, "21", "Sets must be a whole number from 1 to 20", 0 },
    { SB_DOSE_FIELD_SETS, "2.5", "Sets must be a whole number from 1 to 20", 0 },
    { SB_DOSE_FIELD_SETS, "three", "Sets must be a whole number from 1 to 20", 0 },
    { SB_DOSE_FIELD_SETS, "", "Sets must be a whole number from 1 to 20", 0 },
    { SB_DOSE_FIELD_REPS, "501", "Repetitions must be a whole number from 1 to 500", 0 },
    { SB_DOSE_FIELD_REPS, "-4", "Repetitions must be a whole number from 1 to 500", 0 },
    { SB_DOSE_FIELD_SECONDS, "14400", NULL, 14400 },
    { SB_DOSE_FIELD_SECONDS, "14401", "Seconds of work must be a whole number from 1 to 14400", 0 },
    { SB_DOSE_FIELD_METERS, "100000", NULL, 100000 },
    { SB_DOSE_FIELD_REST_SECONDS, "0", NULL, 0 },
    { SB_DOSE_FIELD_REST_SECONDS, "3601", "Seconds of rest must be a whole number from 0 to 3600", 0 },
    { SB_DOSE_FIELD_LOAD_KG, "17,5", NULL, 17.5 },
    { SB_DOSE_FIELD_LOAD_KG, "0", NULL, 0 },
    { SB_DOSE_FIELD_LOAD_KG, "", NULL, -1 },
    { SB_DOSE_FIELD_LOAD_KG, "2000.5", "The load must be a number from 0 to 2000, or empty for none", 0 },
    { SB_DOSE_FIELD_LOAD_KG, "12kg", "The load must be a number from 0 to 2000, or empty for none", 0 },
    { SB_DOSE_FIELD_LOAD_KG, "nan", "The load must be a number from 0 to 2000, or empty for none", 0 },
    { SB_DOSE_FIELD_LOAD_KG, "inf", "The load must be a number from 0 to 2000, or empty for none", 0 },
    { SB_DOSE_FIELD_INCLINE_MAX, "41", "The incline must be a number from 0 to 40, or empty for none", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SbDose dose, before;
      g_autofree char *message = NULL;

      sb_dose_init_default (&dose);
      dose.rest_seconds = 30;
      before = dose;
      g_test_message ("%s", cases[i].text);
      if (cases[i].says == NULL)
        {
          g_assert_true (sb_dose_set_field (&dose, cases[i].field, cases[i].text, &message));
          g_assert_null (message);
          g_assert_cmpfloat (sb_dose_get_field (&dose, cases[i].field), ==, cases[i].value);
        }
      else
        {
          g_assert_false (sb_dose_set_field (&dose, cases[i].field, cases[i].text, &message));
          g_assert_cmpstr (message, ==, cases[i].says);
          g_assert_true (sb_dose_equal (&dose, &before));
        }
    }

  /* an incline range keeps its ends in order */
  {
    SbDose dose;

    sb_dose_init_default (&dose);
    g_assert_true (sb_dose_set_field (&dose, SB_DOSE_FIELD_INCLINE_MAX, "8", NULL));
    g_assert_cmpfloat (dose.incline_min, ==, 8);
    g_assert_true (sb_dose_set_field (&dose, SB_DOSE_FIELD_INCLINE_MIN, "10", NULL));
    g_assert_cmpfloat (dose.incline_max, ==, 10);
    g_assert_true (sb_dose_set_field (&dose, SB_DOSE_FIELD_INCLINE_MIN, "", NULL));
    g_assert_cmpfloat (dose.incline_max, ==, -1);
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
  SbRoutine *routine = sb_catalog_add_routine (fixture->catalog, NULL,
                                               sb_catalog_lookup_exercise (fixture->catalog, "glute-bridge"));
  g_autoptr(SbRoutine) kept = g_object_ref (routine);
  g_autofree char *id = g_strdup (sb_routine_get_id (routine));
  g_autofree char *path = NULL;
  g_autofree char *trash_path = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  save (fixture, routine);
  path = g_file_get_path (sb_routine_get_file (routine));
  trash_path = g_build_filename (fixture->dir, "trash", strrchr (path, '/') + 1, NULL);

  result = WAIT_ASYNC (sb_catalog_delete_routine_async, fixture->catalog, routine, NULL);
  g_assert_true (sb_catalog_delete_routine_finish (fixture->catalog, result, &error));
  g_assert_no_error (error);
  g_assert_null (sb_catalog_lookup_routine (fixture->catalog, id));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (trash_path, G_FILE_TEST_EXISTS));

  /* the folder read again does not bring it back */
  {
    g_autoptr(GAsyncResult) read = WAIT_ASYNC (sb_catalog_load_user_routines_async, fixture->catalog, NULL);
    g_assert_true (sb_catalog_load_user_routines_finish (fixture->catalog, read, NULL));
    g_assert_null (sb_catalog_lookup_routine (fixture->catalog, id));
  }

  g_clear_object (&result);
  result = WAIT_ASYNC (sb_catalog_undo_delete_routine_async, fixture->catalog, kept, NULL);
  g_assert_true (sb_catalog_undo_delete_routine_finish (fixture->catalog, result, &error));
  g_assert_no_error (error);
  g_assert_true (sb_catalog_lookup_routine (fixture->catalog, id) == kept);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (trash_path, G_FILE_TEST_EXISTS));

  /* once the folder is read again the same object stays in the list, so
   * the window keeps showing and selecting it */
  {
    g_autoptr(GAsyncResult) read = WAIT_ASYNC (sb_catalog_load_user_routines_async, fixture->catalog, NULL);
    g_assert_true (sb_catalog_load_user_routines_finish (fixture->catalog, read, NULL));
    g_assert_true (sb_catalog_lookup_routine (fixture->catalog, id) == kept);
  }
}

/* A rename moves the routine to its place by name, in one change that
 * holds the same object. */
static void
test_rename_keeps_order (Fixture       *fixture,
                         gconstpointer  data)
{
  SbExercise *bridge = sb_catalog_lookup_exercise (fixture->catalog, "glute-bridge");
  SbRoutine *a = sb_catalog_add_routine (fixture->catalog, NULL, bridge);
  SbRoutine *b = sb_catalog_add_routine (fixture->catalog, NULL, bridge);
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

  save (fixture, sb_catalog_add_routine (fixture->catalog, NULL,
                                         sb_catalog_lookup_exercise (fixture->catalog, "glute-bridge")));
  before = list_folder (fixture->dir);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_auto(GStrv) after = NULL;
      gsize length = bad[i].length >= 0 ? (gsize) bad[i].length : strlen (bad[i].data);

      g_assert_null (sb_catalog_import_routine (fixture->catalog, bad[i].name, bad[i].data, length, &error));
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, bad[i].name));
      g_assert_nonnull (strstr (error->message, bad[i].says));
      g_clear_error (&error);

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->catalog)), ==, 4);
      after = list_folder (fixture->dir);
      g_assert_true (g_strv_equal ((const char * const *) before, (const char * const *) after));
    }

  /* a good one comes in as the user's own, its id kept when free... */
  imported = sb_catalog_import_routine (fixture->catalog, "good.json", R ("[{\"exercise\": \"glute-bridge\"}]"),
                                        strlen (R ("[{\"exercise\": \"glute-bridge\"}]")), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_routine_get_id (imported), ==, "shared");
  g_assert_cmpstr (sb_routine_get_name (imported), ==, "From my physio");
  save (fixture, imported);
  assert_file_matches (fixture, imported);

  /* ...and a new one when taken, so that nothing existing changes */
  imported = sb_catalog_import_routine (fixture->catalog, "good.json", R ("[{\"exercise\": \"glute-bridge\"}]"),
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
  g_autoptr(SbCatalog) after = NULL;
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
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

  after = sb_catalog_new (dir, &error);
  g_assert_no_error (error);
  result = WAIT_ASYNC (sb_catalog_load_user_routines_async, after, NULL);
  g_assert_true (sb_catalog_load_user_routines_finish (after, result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sb_catalog_get_problems (after)), ==, 0);

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
      routine = sb_catalog_lookup_routine (after, id);
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

  /* wait for the catalog's last folder read, as the fixture does; the
   * load's result holds the catalog too */
  g_clear_object (&result);
  {
    gpointer weak = after;

    g_object_add_weak_pointer (G_OBJECT (after), &weak);
    g_clear_object (&after);
    sb_test_wait_until (weak == NULL);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dose/fields", test_dose_fields);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/routine-editor/round-trip", test_round_trip);
  ADD ("/routine-editor/clear-prescribed", test_clear_prescribed);
  ADD ("/routine-editor/delete-undo", test_delete_undo);
  ADD ("/routine-editor/rename-keeps-order", test_rename_keeps_order);
  ADD ("/routine-editor/import", test_import);
  ADD ("/routine-editor/killed-writer", test_killed_writer);
#undef ADD

  return g_test_run ();
}
