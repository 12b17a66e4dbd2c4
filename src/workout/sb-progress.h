/* sb-progress.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/sb-exercise.h"
#include "model/sb-session.h"

G_BEGIN_DECLS

typedef enum
{
  SB_PROGRESS_HINT_NONE,
  SB_PROGRESS_HINT_MORE,    /* the last two times went well: try a little more */
  SB_PROGRESS_HINT_EASIER,  /* the last time raised the pain: ease off */
} SbProgressHint;

/* What a set amounts to, added up over the sets of one exercise. */
typedef struct
{
  guint  sets_done;
  int    reps;       /* -1 when none was counted */
  int    seconds;    /* -1 when none was timed */
  double max_load;   /* -1 when none was recorded */
} SbProgressTotals;

/**
 * SbExerciseProgress:
 * @last_session: (nullable): the most recent session that did the exercise
 * @last_sets: (element-type SbSetRecord): that session's sets of it
 * @hint: what to suggest for next time
 * @suggestion: with %SB_PROGRESS_HINT_MORE, the plan with a little more
 * @easier_id: (nullable): with %SB_PROGRESS_HINT_EASIER, an easier variation
 * @worse_next_morning: with %SB_PROGRESS_HINT_EASIER, the pain rose by the
 *   next morning, not during the session
 *
 * One exercise as the history knows it: what was done last time and what
 * to try next.
 */
typedef struct
{
  SbSession      *last_session;
  GPtrArray      *last_sets;
  SbProgressHint  hint;
  SbDose          suggestion;
  char           *easier_id;
  gboolean        worse_next_morning;
} SbExerciseProgress;

SbExerciseProgress *sb_exercise_progress_new  (GListModel               *history,
                                               SbExercise               *exercise,
                                               const SbDose             *plan,
                                               const char               *exclude_session_id);
void                sb_exercise_progress_free (SbExerciseProgress       *self);
void                sb_progress_totals        (SbSession                *session,
                                               const char               *exercise_id,
                                               SbProgressTotals         *totals);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbExerciseProgress, sb_exercise_progress_free)

G_END_DECLS
