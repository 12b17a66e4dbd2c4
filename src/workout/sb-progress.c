/* sb-progress.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the history says about one exercise, for the guided workout: the
 * sets of the last session that did it ("last time"), and a hint for the
 * next one. Two sessions in a row with every set done as planned at an
 * effort of 7 or less suggest a little more; a session after which the
 * lower back hurt 2 or more points more than before, right after it or
 * the next morning, suggests the easier variation. Pain wins: it is never
 * a day to add load.
 */

#define G_LOG_DOMAIN "sb-progress"

#include "config.h"

#include <math.h>

#include "sb-progress.h"

#define EASY_EFFORT        7
#define PAIN_RISE_TO_EASE  2
#define LOAD_STEP_KG       2.5

static gboolean
has_exercise (SbSession  *session,
              const char *exercise_id)
{
  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    if (g_strcmp0 (sb_session_get_set (session, i)->exercise_id, exercise_id) == 0)
      return TRUE;

  return FALSE;
}

/* Every set of the exercise done, at least as planned, and rated easy enough. */
static gboolean
went_well (SbSession    *session,
           const char   *exercise_id,
           const SbDose *plan)
{
  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    {
      const SbSetRecord *set = sb_session_get_set (session, i);

      if (g_strcmp0 (set->exercise_id, exercise_id) != 0)
        continue;
      if (set->skipped || set->effort < 1 || set->effort > EASY_EFFORT)
        return FALSE;
      if (plan->kind == SB_DOSE_KIND_REPS && set->reps >= 0 && set->reps < plan->reps)
        return FALSE;
      if (plan->kind == SB_DOSE_KIND_TIME && set->seconds >= 0 && set->seconds < plan->seconds)
        return FALSE;
    }

  return TRUE;
}

static gboolean
raised (int before,
        int after)
{
  return before >= 0 && after >= 0 && after - before >= PAIN_RISE_TO_EASE;
}

/**
 * sb_progress_totals:
 *
 * Adds up the sets of @exercise_id in @session that were done.
 */
void
sb_progress_totals (SbSession        *session,
                    const char       *exercise_id,
                    SbProgressTotals *totals)
{
  *totals = (SbProgressTotals) { 0, -1, -1, -1 };

  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    {
      const SbSetRecord *set = sb_session_get_set (session, i);

      if (set->skipped || g_strcmp0 (set->exercise_id, exercise_id) != 0)
        continue;

      totals->sets_done++;
      if (set->reps >= 0)
        totals->reps = MAX (totals->reps, 0) + set->reps;
      if (set->seconds >= 0)
        totals->seconds = MAX (totals->seconds, 0) + set->seconds;
      if (set->load_kg >= 0)
        totals->max_load = MAX (totals->max_load, set->load_kg);
    }
}

/* A little more than the best of the plan and the last session: load when
 * the exercise is loaded, else reps, else time. */
static void
suggest_more (SbExerciseProgress *self,
              const SbDose       *plan)
{
  double load = plan->load_kg;
  int reps = plan->reps;
  int seconds = plan->seconds;

  for (guint i = 0; i < self->last_sets->len; i++)
    {
      const SbSetRecord *set = g_ptr_array_index (self->last_sets, i);

      load = MAX (load, set->load_kg);
      reps = MAX (reps, set->reps);
      seconds = MAX (seconds, set->seconds);
    }

  self->suggestion = *plan;
  if (load > 0)
    {
      self->suggestion.load_kg = load + LOAD_STEP_KG;
      self->suggestion.reps = reps;
    }
  else if (plan->kind == SB_DOSE_KIND_REPS)
    self->suggestion.reps = reps + (reps >= 10 ? 2 : 1);
  else if (plan->kind == SB_DOSE_KIND_TIME)
    /* about a tenth more, in whole 5 s */
    self->suggestion.seconds = seconds + MAX (5, (int) round (seconds / 10.0 / 5.0) * 5);
}

/**
 * sb_exercise_progress_new:
 * @history: (element-type SbSession): the performed sessions, in any order
 * @exercise: the exercise
 * @plan: its dose in the routine being done
 * @exclude_session_id: (nullable): the session under way, which is no history yet
 *
 * Returns: (transfer full): the exercise's last time and hint
 */
SbExerciseProgress *
sb_exercise_progress_new (GListModel   *history,
                          SbExercise   *exercise,
                          const SbDose *plan,
                          const char   *exclude_session_id)
{
  SbExerciseProgress *self = g_new0 (SbExerciseProgress, 1);
  const char *id = sb_exercise_get_id (exercise);
  SbSession *latest[2] = { NULL, NULL };
  guint n = g_list_model_get_n_items (history);

  g_return_val_if_fail (G_IS_LIST_MODEL (history), NULL);
  g_return_val_if_fail (SB_IS_EXERCISE (exercise), NULL);

  self->last_sets = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_set_record_free);

  /* the two newest sessions that did the exercise */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (history, i);
      GDateTime *start = sb_session_get_start_time (session);

      if (g_strcmp0 (sb_session_get_id (session), exclude_session_id) == 0 || !has_exercise (session, id))
        continue;

      if (latest[0] == NULL || g_date_time_compare (start, sb_session_get_start_time (latest[0])) > 0)
        {
          latest[1] = latest[0];
          latest[0] = session;
        }
      else if (latest[1] == NULL || g_date_time_compare (start, sb_session_get_start_time (latest[1])) > 0)
        latest[1] = session;
    }

  if (latest[0] == NULL)
    return self;

  self->last_session = g_object_ref (latest[0]);
  for (guint i = 0; i < sb_session_get_n_sets (latest[0]); i++)
    {
      const SbSetRecord *set = sb_session_get_set (latest[0], i);

      if (g_strcmp0 (set->exercise_id, id) == 0)
        g_ptr_array_add (self->last_sets, sb_set_record_copy (set));
    }

  if (raised (sb_session_get_pain_before (latest[0]), sb_session_get_pain_after (latest[0])) ||
      raised (sb_session_get_pain_before (latest[0]), sb_session_get_pain_next_morning (latest[0])))
    {
      const char * const *easier = sb_exercise_get_easier (exercise);

      self->hint = SB_PROGRESS_HINT_EASIER;
      self->worse_next_morning = !raised (sb_session_get_pain_before (latest[0]),
                                          sb_session_get_pain_after (latest[0]));
      if (easier != NULL && easier[0] != NULL)
        self->easier_id = g_strdup (easier[0]);
    }
  else if (latest[1] != NULL && went_well (latest[0], id, plan) && went_well (latest[1], id, plan))
    {
      self->hint = SB_PROGRESS_HINT_MORE;
      suggest_more (self, plan);
    }

  return self;
}

void
sb_exercise_progress_free (SbExerciseProgress *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->last_session);
  g_clear_pointer (&self->last_sets, g_ptr_array_unref);
  g_free (self->easier_id);
  g_free (self);
}
