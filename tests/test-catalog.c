/* test-catalog.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbCatalog: the built-in content must be complete and follow the method;
 * the user's routines, from wherever they come, are listed after it. */

#define G_LOG_DOMAIN "test-catalog"

#include "config.h"

#include <glib/gstdio.h>
#include <libglib-testing/signal-logger.h>

#include "sb-test-core.h"

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
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
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
}

static void
test_builtin_demos_exist (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
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
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
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

  /* a desk break is 1 to 3 minutes, short enough to take between two
   * tasks; the gym routine well under an hour */
  g_assert_cmpuint (sb_routine_get_estimated_minutes (desk), >=, 1);
  g_assert_cmpuint (sb_routine_get_estimated_minutes (desk), <=, 3);
  g_assert_cmpuint (sb_routine_get_estimated_minutes (gym), >=, 20);
  g_assert_cmpuint (sb_routine_get_estimated_minutes (gym), <=, 50);
}

/* The user's routines come after the built-in ones, and the catalog says
 * so as they change, wherever they come from. */
static void
test_user_routines_listed (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  g_autoptr(GListStore) mine = g_list_store_new (SB_TYPE_ROUTINE);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(SbRoutine) first = sb_routine_new ("mine-1", "Mine", "home");
  g_autoptr(SbRoutine) second = sb_routine_new ("mine-2", "Also mine", "desk");
  g_autoptr(SbRoutine) item = NULL;
  guint position, removed, added;

  g_list_store_append (mine, first);
  gt_signal_logger_connect (logger, catalog, "items-changed");
  sb_catalog_set_user_routines (catalog, G_LIST_MODEL (mine));
  gt_signal_logger_assert_emission_pop (logger, catalog, "items-changed", &position, &removed, &added);
  g_assert_cmpuint (position, ==, 3);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (catalog)), ==, 4);
  g_assert_true (sb_catalog_lookup_routine (catalog, "mine-1") == first);
  g_assert_true (sb_catalog_id_taken (catalog, "mine-1"));
  g_assert_true (sb_catalog_id_taken (catalog, "glute-bridge"));
  g_assert_false (sb_catalog_id_taken (catalog, "mine-2"));

  g_list_store_insert (mine, 0, second);
  gt_signal_logger_assert_emission_pop (logger, catalog, "items-changed", &position, &removed, &added);
  g_assert_cmpuint (position, ==, 3);
  g_assert_cmpuint (added, ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (catalog), 3);
  g_assert_true (item == second);

  sb_catalog_set_user_routines (catalog, NULL);
  gt_signal_logger_assert_emission_pop (logger, catalog, "items-changed", &position, &removed, &added);
  g_assert_cmpuint (position, ==, 3);
  g_assert_cmpuint (removed, ==, 2);
  g_assert_cmpuint (added, ==, 0);
  g_assert_null (sb_catalog_lookup_routine (catalog, "mine-1"));
  gt_signal_logger_assert_no_emissions (logger);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/catalog/builtin/exercises-complete", test_builtin_exercises_complete);
  g_test_add_func ("/catalog/builtin/routines-follow-method", test_builtin_routines_follow_method);
  g_test_add_func ("/catalog/builtin/demos-exist", test_builtin_demos_exist);
  g_test_add_func ("/catalog/user-routines-listed", test_user_routines_listed);

  return g_test_run ();
}
