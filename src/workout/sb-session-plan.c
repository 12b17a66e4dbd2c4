/* sb-session-plan.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What *Log a Workout…* starts from: a session with the routine's plan,
 * each set holding the figures of the last time that exercise was done
 * (the load and reps a person most likely did again), or the plan's where
 * there was no last time. The person then only changes what differs.
 */

#define G_LOG_DOMAIN "sb-session-plan"

#include "config.h"

#include "sb-session-plan.h"

/* The sets of @exercise_id in the newest session of @history that did it
 * (skipped sets left out), oldest first; empty when it was never done. */
static GPtrArray *
last_sets (GListModel *history,
           const char *exercise_id)
{
  GPtrArray *sets = g_ptr_array_new ();
  guint n = history ? g_list_model_get_n_items (history) : 0;

  for (guint i = 0; i < n && sets->len == 0; i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (history, i);

      for (guint j = 0; j < sb_session_get_n_sets (session); j++)
        {
          const SbSetRecord *set = sb_session_get_set (session, j);

          if (!set->skipped && g_str_equal (set->exercise_id, exercise_id))
            g_ptr_array_add (sets, (gpointer) set);
        }
    }

  return sets;
}

/* One planned set: the figures of the same set last time, else the dose. */
static SbSetRecord *
plan_set (const SbDose *dose,
          const char   *exercise_id,
          GPtrArray    *last,
          guint         index)
{
  SbSetRecord *set;

  if (last->len > 0)
    {
      set = sb_set_record_copy (g_ptr_array_index (last, MIN (index, last->len - 1)));
      set->effort = 0;
      return set;
    }

  set = sb_set_record_new (exercise_id);
  if (dose->kind == SB_DOSE_KIND_TIME)
    set->seconds = dose->seconds;
  else if (dose->kind == SB_DOSE_KIND_REPS)
    set->reps = dose->reps;
  if (dose->load_kg > 0)
    set->load_kg = dose->load_kg;
  if (dose->incline_min >= 0)
    set->incline_percent = dose->incline_min;
  return set;
}

/**
 * sb_session_plan_new:
 * @routine: the routine done
 * @history: (nullable): the sessions so far, newest first
 * @start_time: when it was done
 *
 * Returns: (transfer full): a session of @routine, logged afterwards, with
 *   every planned set filled in, lasting as long as the routine is
 *   expected to
 */
SbSession *
sb_session_plan_new (SbRoutine  *routine,
                     GListModel *history,
                     GDateTime  *start_time)
{
  GListModel *steps;
  g_autoptr(SbSession) session = NULL;
  g_autoptr(GDateTime) end = NULL;

  g_return_val_if_fail (SB_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (start_time != NULL, NULL);

  session = sb_session_new (sb_routine_get_id (routine), sb_routine_get_name (routine), start_time);
  sb_session_set_place (session, sb_routine_get_place (routine));
  sb_session_set_logged_afterwards (session, TRUE);
  end = g_date_time_add_minutes (start_time, sb_routine_get_estimated_minutes (routine));
  sb_session_set_end_time (session, end);

  steps = sb_routine_get_steps (routine);
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (steps, i);
      const SbDose *dose = sb_routine_step_get_dose (step);
      const char *exercise_id = sb_exercise_get_id (sb_routine_step_get_exercise (step));
      g_autoptr(GPtrArray) last = last_sets (history, exercise_id);

      for (int k = 0; k < MAX (dose->sets, 1); k++)
        {
          g_autoptr(SbSetRecord) set = plan_set (dose, exercise_id, last, k);
          sb_session_add_set (session, set);
        }
    }

  return g_steal_pointer (&session);
}

/**
 * sb_session_plan_set:
 * @dose: the exercise's planned dose
 * @history: (nullable): the sessions so far, newest first
 *
 * The set that *Add Set* adds to an exercise that has none: last time's
 * first set, else what the plan says.
 *
 * Returns: (transfer full): the set
 */
SbSetRecord *
sb_session_plan_set (const SbDose *dose,
                     const char   *exercise_id,
                     GListModel   *history)
{
  g_autoptr(GPtrArray) last = NULL;

  g_return_val_if_fail (dose != NULL && exercise_id != NULL, NULL);

  last = last_sets (history, exercise_id);
  return plan_set (dose, exercise_id, last, 0);
}
