/* test-session-plan.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What *Log a Workout…* starts from: the routine's plan, set by set, with
 * the figures of the last time each exercise was done where there was
 * one; marked as logged afterwards; as long as the routine is expected to
 * take. */

#define G_LOG_DOMAIN "test-session-plan"

#include "config.h"

#include "workout/sb-session-plan.h"
#include "sb-test-core.h"

static GDateTime *
day (int mday)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (3600);

  return g_date_time_new (tz, 2026, 11, mday, 18, 0, 0);
}

static SbSession *
done_with_thrust (int    mday,
                  int    reps,
                  double load_kg)
{
  g_autoptr(GDateTime) start = day (mday);
  g_autoptr(SbSetRecord) thrust = sb_set_record_new ("hip-thrust");
  SbSession *session = sb_session_new ("gym-corrective", "Corrective routine", start);

  thrust->reps = reps;
  thrust->load_kg = load_kg;
  thrust->effort = 8;
  sb_session_add_set (session, thrust);
  thrust->reps = reps - 2;
  sb_session_add_set (session, thrust);
  /* a skipped set is no figure to start from */
  thrust->skipped = TRUE;
  thrust->reps = -1;
  sb_session_add_set (session, thrust);
  return session;
}

/* Never done before: every planned set, with the plan's figures. */
static void
test_plan_first_time (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  SbRoutine *routine = sb_catalog_lookup_routine (catalog, "gym-corrective");
  g_autoptr(GDateTime) start = day (20);
  g_autoptr(SbSession) session = sb_session_plan_new (routine, NULL, start);
  GListModel *steps = sb_routine_get_steps (routine);
  guint index = 0;

  g_assert_cmpstr (sb_session_get_routine_id (session), ==, "gym-corrective");
  g_assert_cmpstr (sb_session_get_place (session), ==, "gym");
  g_assert_true (sb_session_get_logged_afterwards (session));
  g_assert_true (g_date_time_equal (sb_session_get_start_time (session), start));
  g_assert_cmpint (g_date_time_difference (sb_session_get_end_time (session), start) / G_TIME_SPAN_MINUTE, ==,
                   sb_routine_get_estimated_minutes (routine));
  g_assert_cmpint (sb_session_get_pain_before (session), ==, -1);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (steps, i);
      const SbDose *dose = sb_routine_step_get_dose (step);

      for (int k = 0; k < dose->sets; k++)
        {
          const SbSetRecord *set = sb_session_get_set (session, index++);

          g_assert_cmpstr (set->exercise_id, ==, sb_exercise_get_id (sb_routine_step_get_exercise (step)));
          g_assert_false (set->skipped);
          g_assert_cmpint (set->effort, ==, 0);
          if (dose->kind == SB_DOSE_KIND_REPS)
            g_assert_cmpint (set->reps, ==, dose->reps);
          else if (dose->kind == SB_DOSE_KIND_TIME)
            g_assert_cmpint (set->seconds, ==, dose->seconds);
        }
    }
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, index);
  g_assert_cmpuint (index, >=, 5);
}

/* Done before: the newest session's figures, set for set, the last one
 * carried on for sets it did not have; the effort is asked again. */
static void
test_plan_last_time (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  SbRoutine *routine = sb_catalog_lookup_routine (catalog, "gym-corrective");
  g_autoptr(GListStore) history = g_list_store_new (SB_TYPE_SESSION);
  g_autoptr(SbSession) newer = done_with_thrust (18, 12, 45);
  g_autoptr(SbSession) older = done_with_thrust (11, 15, 30);
  g_autoptr(GDateTime) start = day (20);
  g_autoptr(SbSession) session = NULL;
  g_autoptr(SbSetRecord) added = NULL;
  const SbDose *dose = NULL;
  guint thrusts = 0;

  /* newest first, as the history store lists them */
  g_list_store_append (history, newer);
  g_list_store_append (history, older);
  session = sb_session_plan_new (routine, G_LIST_MODEL (history), start);

  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    {
      const SbSetRecord *set = sb_session_get_set (session, i);

      if (!g_str_equal (set->exercise_id, "hip-thrust"))
        continue;

      thrusts++;
      g_assert_cmpfloat (set->load_kg, ==, 45);
      g_assert_cmpint (set->reps, ==, thrusts == 1 ? 12 : 10);
      g_assert_cmpint (set->effort, ==, 0);
      g_assert_false (set->skipped);
    }

  for (guint i = 0; i < g_list_model_get_n_items (sb_routine_get_steps (routine)); i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), i);

      if (g_str_equal (sb_exercise_get_id (sb_routine_step_get_exercise (step)), "hip-thrust"))
        dose = sb_routine_step_get_dose (step);
    }
  g_assert_nonnull (dose);
  g_assert_cmpuint (thrusts, ==, dose->sets);
  g_assert_cmpuint (thrusts, >, 2);

  /* Add Set on an exercise with none left: last time's first set */
  added = sb_session_plan_set (dose, "hip-thrust", G_LIST_MODEL (history));
  g_assert_cmpint (added->reps, ==, 12);
  g_assert_cmpfloat (added->load_kg, ==, 45);
  g_clear_pointer (&added, sb_set_record_free);
  added = sb_session_plan_set (dose, "hip-thrust", NULL);
  g_assert_cmpint (added->reps, ==, dose->reps);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/session-plan/first-time", test_plan_first_time);
  g_test_add_func ("/session-plan/last-time", test_plan_last_time);

  return g_test_run ();
}
