/* test-catalog.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The built-in content must be complete and follow the method; the user's
 * routines load, bad ones are reported by name and member without stopping
 * the good ones, and the list follows the routines folder. */

#include "config.h"

#include <glib/gstdio.h>
#include <libglib-testing/signal-logger.h>

#include "model/sb-catalog.h"
#include "storage/sb-store-problem.h"
#include "sb-test-utils.h"

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean *done = user_data;

  g_assert_true (sb_catalog_load_user_routines_finish (SB_CATALOG (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
load_user_routines (SbCatalog *catalog)
{
  gboolean done = FALSE;
  guint timeout = g_timeout_add_seconds (20, sb_test_timed_out, (gpointer) "the user's routines");

  sb_catalog_load_user_routines_async (catalog, NULL, on_loaded, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static SbCatalog *
new_catalog (char **routines_dir)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  SbCatalog *catalog;

  *routines_dir = g_build_filename (g_get_user_data_dir (), "strongback", "routines", NULL);
  g_assert_cmpint (g_mkdir_with_parents (*routines_dir, 0755), ==, 0);
  dir = g_file_new_for_path (*routines_dir);
  catalog = sb_catalog_new (dir, &error);
  g_assert_no_error (error);

  return catalog;
}

/* Waits until a catalog is gone; its last read may still hold it. */
static void
finalize_catalog (SbCatalog *catalog)
{
  gpointer weak = catalog;
  guint timeout;

  g_object_add_weak_pointer (G_OBJECT (catalog), &weak);
  g_object_unref (catalog);
  timeout = g_timeout_add_seconds (20, sb_test_timed_out, (gpointer) "the catalog to be finalized");
  while (weak != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static void
assert_filled (const char *what,
               const char *text)
{
  if (text == NULL || g_utf8_strlen (text, -1) < 3)
    g_error ("%s is empty", what);
}

static void
test_builtin_exercises_complete (void)
{
  g_autofree char *dir = NULL;
  SbCatalog *catalog = new_catalog (&dir);
  GListModel *exercises = sb_catalog_get_exercises (catalog);
  guint n = g_list_model_get_n_items (exercises);

  g_assert_cmpuint (n, >=, 12);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbExercise) exercise = g_list_model_get_item (exercises, i);
      const char * const *links[] = { sb_exercise_get_easier (exercise), sb_exercise_get_harder (exercise) };
      const char *id = sb_exercise_get_id (exercise);
      const SbDose *dose = sb_exercise_get_dose (exercise);

      g_test_message ("exercise %s", id);
      g_assert_true (sb_catalog_lookup_exercise (catalog, id) == exercise);
      assert_filled ("name", sb_exercise_get_name (exercise));
      assert_filled ("summary", sb_exercise_get_summary (exercise));
      assert_filled ("why", sb_exercise_get_why (exercise));
      assert_filled ("setup", sb_exercise_get_setup (exercise));
      assert_filled ("equipment", sb_exercise_get_equipment (exercise));
      assert_filled ("progression", sb_exercise_get_progression (exercise));
      assert_filled ("demo", sb_exercise_get_demo (exercise));
      g_assert_true (g_str_has_suffix (sb_exercise_get_demo (exercise), ".webm"));
      g_assert_cmpuint (g_strv_length ((GStrv) sb_exercise_get_primary_muscles (exercise)), >=, 1);
      g_assert_cmpuint (g_strv_length ((GStrv) sb_exercise_get_cues (exercise)), >=, 3);
      g_assert_cmpuint (g_strv_length ((GStrv) sb_exercise_get_mistakes (exercise)), >=, 2);
      g_assert_cmpint (dose->sets, >=, 1);

      /* every variation is an exercise that exists, and not itself */
      for (guint l = 0; l < G_N_ELEMENTS (links); l++)
        for (guint j = 0; links[l][j] != NULL; j++)
          {
            g_assert_nonnull (sb_catalog_lookup_exercise (catalog, links[l][j]));
            g_assert_cmpstr (links[l][j], !=, id);
          }
      if (sb_exercise_get_alternative (exercise) != NULL)
        g_assert_nonnull (sb_catalog_lookup_exercise (catalog, sb_exercise_get_alternative (exercise)));
    }

  finalize_catalog (catalog);
}

static void
test_builtin_demos_exist (void)
{
  g_autofree char *dir = NULL;
  SbCatalog *catalog = new_catalog (&dir);
  GListModel *exercises = sb_catalog_get_exercises (catalog);

  /* every exercise has its rendered clip, small enough to ship */
  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(SbExercise) exercise = g_list_model_get_item (exercises, i);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "demos",
                                                     sb_exercise_get_demo (exercise), NULL);
      GStatBuf st;

      if (g_stat (path, &st) != 0)
        g_error ("%s has no demonstration clip at %s", sb_exercise_get_id (exercise), path);
      g_assert_cmpint (st.st_size, >, 10 * 1024);
      g_assert_cmpint (st.st_size, <, 1024 * 1024);
    }

  finalize_catalog (catalog);
}

static const char *
step_exercise_id (SbRoutine *routine,
                  guint      i)
{
  g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), i);

  return sb_exercise_get_id (sb_routine_step_get_exercise (step));
}

static void
test_builtin_routines_follow_method (void)
{
  const char *method_order[] = { "incline-walk", "leg-curl", "hip-abduction-machine", "hip-thrust", "back-extension" };
  g_autofree char *dir = NULL;
  SbCatalog *catalog = new_catalog (&dir);
  SbRoutine *gym, *home, *desk;
  g_autoptr(SbRoutineStep) walk = NULL;
  const SbDose *dose;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 3);
  gym = sb_catalog_lookup_routine (catalog, "gym-corrective");
  home = sb_catalog_lookup_routine (catalog, "home-corrective");
  desk = sb_catalog_lookup_routine (catalog, "desk-break");
  g_assert_nonnull (gym);
  g_assert_nonnull (home);
  g_assert_nonnull (desk);
  g_assert_true (sb_routine_get_builtin (gym));
  g_assert_cmpstr (sb_routine_get_place (gym), ==, "gym");
  g_assert_cmpstr (sb_routine_get_place (home), ==, "home");
  g_assert_cmpstr (sb_routine_get_place (desk), ==, "desk");

  /* the five exercises, in the method's order */
  g_assert_cmpuint (g_list_model_get_n_items (sb_routine_get_steps (gym)), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (method_order); i++)
    g_assert_cmpstr (step_exercise_id (gym, i), ==, method_order[i]);

  /* the home routine is the gym one, step by step, without equipment */
  g_assert_cmpuint (g_list_model_get_n_items (sb_routine_get_steps (home)), ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (method_order); i++)
    {
      SbExercise *gym_exercise = sb_catalog_lookup_exercise (catalog, method_order[i]);
      g_assert_cmpstr (sb_exercise_get_alternative (gym_exercise), ==, step_exercise_id (home, i));
    }

  /* the warm-up walks at a 5-10 % incline */
  walk = g_list_model_get_item (sb_routine_get_steps (gym), 0);
  dose = sb_routine_step_get_dose (walk);
  g_assert_cmpint (dose->kind, ==, SB_DOSE_KIND_TIME);
  g_assert_cmpfloat (dose->incline_min, ==, 5);
  g_assert_cmpfloat (dose->incline_max, ==, 10);

  /* a desk break is 3 to 5 minutes; the gym routine well under an hour */
  g_assert_cmpuint (sb_routine_get_estimated_minutes (desk), >=, 3);
  g_assert_cmpuint (sb_routine_get_estimated_minutes (desk), <=, 5);
  g_assert_cmpuint (sb_routine_get_estimated_minutes (gym), >=, 20);
  g_assert_cmpuint (sb_routine_get_estimated_minutes (gym), <=, 50);

  finalize_catalog (catalog);
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
test_user_routines (void)
{
  g_autofree char *dir = NULL;
  SbCatalog *catalog = new_catalog (&dir);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  GListModel *problems = sb_catalog_get_problems (catalog);
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
  gt_signal_logger_connect (logger, catalog, "user-routines-changed");
  load_user_routines (catalog);

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

  {
    guint position, removed, added;

    gt_signal_logger_assert_emission_pop (logger, catalog, "items-changed", &position, &removed, &added);
    g_assert_cmpuint (position, ==, 3);
    g_assert_cmpuint (removed, ==, 0);
    g_assert_cmpuint (added, ==, 2);
    gt_signal_logger_assert_emission_pop (logger, catalog, "user-routines-changed", NULL);
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

  finalize_catalog (catalog);
}

static void
on_changed (SbCatalog *catalog,
            guint     *count)
{
  (*count)++;
}

static void
wait_changes (guint *count,
              guint  expected)
{
  guint timeout = g_timeout_add_seconds (20, sb_test_timed_out, (gpointer) "the routines folder to be read again");

  while (*count < expected)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static void
test_user_routines_follow_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  SbCatalog *catalog = new_catalog (&dir);
  guint changes = 0;

  load_user_routines (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 3);
  g_signal_connect (catalog, "user-routines-changed", G_CALLBACK (on_changed), &changes);

  write_routine (dir, "new.json", ROUTINE ("new", "New", "[{\"exercise\": \"glute-bridge\"}]"));
  while (g_list_model_get_n_items (G_LIST_MODEL (catalog)) < 4)
    wait_changes (&changes, changes + 1);
  g_assert_nonnull (sb_catalog_lookup_routine (catalog, "new"));

  path = g_build_filename (dir, "new.json", NULL);
  g_assert_cmpint (g_unlink (path), ==, 0);
  while (g_list_model_get_n_items (G_LIST_MODEL (catalog)) > 3)
    wait_changes (&changes, changes + 1);
  g_assert_null (sb_catalog_lookup_routine (catalog, "new"));

  g_signal_handlers_disconnect_by_data (catalog, &changes);
  finalize_catalog (catalog);
}

static void
test_dose_estimate (void)
{
  SbDose dose;

  sb_dose_init_default (&dose);
  dose.sets = 3;
  dose.reps = 10;
  dose.rest_seconds = 60;
  dose.tempo_lift = 1;
  dose.tempo_hold = 2;
  dose.tempo_lower = 3;
  /* 3 sets of 10 six-second reps, and two rests */
  g_assert_cmpuint (sb_dose_estimate_seconds (&dose), ==, 3 * 60 + 2 * 60);

  dose.per_side = TRUE;
  g_assert_cmpuint (sb_dose_estimate_seconds (&dose), ==, 3 * 120 + 2 * 60);

  dose.kind = SB_DOSE_KIND_TIME;
  dose.sets = 1;
  dose.seconds = 600;
  g_assert_cmpuint (sb_dose_estimate_seconds (&dose), ==, 600);
}

static void
test_dose_errors (void)
{
  const struct { const char *json; const char *says; } cases[] = {
    { "{\"kind\": \"laps\"}", "member “step.dose.kind” must be “reps”, “time” or “distance”" },
    { "{\"tempo\": [1, 2]}", "member “step.dose.tempo” must be three whole numbers of seconds" },
    { "{\"tempo\": [1, 2, \"3\"]}", "member “step.dose.tempo” must be three whole numbers of seconds" },
    { "{\"incline-percent\": [5, 50]}", "member “step.dose.incline-percent.high” must be a number from 5 to 40" },
    { "{\"incline-percent\": [8, 5]}", "member “step.dose.incline-percent.high” must be a number from 8 to 40" },
    { "{\"incline-percent\": 7}", "member “step.dose.incline-percent” must be a list" },
    { "{\"rest-seconds\": -1}", "member “step.dose.rest-seconds” must be a whole number from 0 to 3600" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      SbJsonReader reader = { "mine.json", "step.dose", NULL };
      SbDose dose;

      sb_dose_init_default (&dose);
      g_assert_true (json_parser_load_from_data (parser, cases[i].json, -1, NULL));
      reader.object = json_node_get_object (json_parser_get_root (parser));
      g_assert_false (sb_dose_read (&reader, &dose, &error));
      g_assert_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER);
      if (strstr (error->message, cases[i].says) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].says);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/catalog/builtin/exercises-complete", test_builtin_exercises_complete);
  g_test_add_func ("/catalog/builtin/routines-follow-method", test_builtin_routines_follow_method);
  g_test_add_func ("/catalog/builtin/demos-exist", test_builtin_demos_exist);
  g_test_add_func ("/catalog/user-routines/load", test_user_routines);
  g_test_add_func ("/catalog/user-routines/follow-folder", test_user_routines_follow_folder);
  g_test_add_func ("/dose/estimate", test_dose_estimate);
  g_test_add_func ("/dose/errors", test_dose_errors);

  return g_test_run ();
}
