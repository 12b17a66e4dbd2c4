/* sb-stats.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/sb-session.h"

G_BEGIN_DECLS

typedef enum
{
  SB_STATS_RANGE_4_WEEKS,
  SB_STATS_RANGE_3_MONTHS,
  SB_STATS_RANGE_YEAR,
} SbStatsRange;

typedef enum
{
  SB_STATS_MEASURE_REPS,
  SB_STATS_MEASURE_SECONDS,
  SB_STATS_MEASURE_LOAD,
} SbStatsMeasure;

/**
 * SbWeekCount:
 * @monday: the first day of the week
 * @sessions: sessions started in that week
 */
typedef struct
{
  GDate monday;
  guint sessions;
} SbWeekCount;

/**
 * SbPainPoint:
 * @day: days from the first day of the range to the session's start
 * @pain_before: 0–10, or -1 when not given
 * @pain_after: 0–10, or -1 when not given
 * @pain_next_morning: 0–10, or -1 when not given
 */
typedef struct
{
  double day;
  int    pain_before;
  int    pain_after;
  int    pain_next_morning;
} SbPainPoint;

/**
 * SbStatsPoint:
 * @day: days from the first day of the range to the session's start
 * @value: the session's best set, in the exercise's measure
 */
typedef struct
{
  double day;
  double value;
} SbStatsPoint;

/**
 * SbExerciseStats:
 * @exercise_id: the exercise
 * @measure: what is compared: the load when any set had one, else the time
 *   of timed sets, else the repetitions
 * @best: the best set in the range
 * @first: the best set of the first session in the range
 * @last: the best set of the last session in the range
 * @trend: -1 falling, 0 flat, 1 rising, over all sessions in the range
 * @n_sessions: sessions in the range that did the exercise
 * @points: (element-type SbStatsPoint): each of those sessions' best set,
 *   oldest first
 */
typedef struct
{
  char           *exercise_id;
  SbStatsMeasure  measure;
  double          best;
  double          first;
  double          last;
  int             trend;
  guint           n_sessions;
  GArray         *points;
} SbExerciseStats;

/**
 * SbStats:
 * @n_weeks: weeks in the range, the current one last
 * @first_day: the Monday the range starts
 * @weeks: (element-type SbWeekCount): workouts, one per week, oldest first
 * @pain: (element-type SbPainPoint): workouts with a pain rating, oldest first
 * @exercises: (element-type SbExerciseStats): by exercise id
 * @snacks: (element-type guint): desk breaks, one per day of the range
 * @sessions: workouts in the range
 * @n_snacks: desk breaks in the range
 * @streak: weeks in a row, up to now, that met the weekly goal
 *
 * Desk breaks are counted apart: the weekly goal and the pain before and
 * after are about workouts.
 *
 * What the Progress view shows, computed from the history for one range.
 * Every date is the day the person lived it: a session counts on the
 * calendar day of its own start time, with the offset it was recorded in,
 * so travelling or a change of daylight saving time moves nothing.
 */
typedef struct
{
  guint      n_weeks;
  GDate      first_day;
  GArray    *weeks;
  GArray    *pain;
  GPtrArray *exercises;
  GArray    *snacks;
  guint      sessions;
  guint      n_snacks;
  guint      streak;
} SbStats;

guint    sb_stats_range_weeks          (SbStatsRange  range);
SbStats *sb_stats_new                  (GListModel   *history,
                                        GDateTime    *now,
                                        SbStatsRange  range,
                                        guint         weekly_goal);
void     sb_stats_free                 (SbStats      *self);
guint    sb_stats_streak               (GListModel   *history,
                                        GDateTime    *now,
                                        guint         weekly_goal);
char    *sb_stats_describe_weeks       (SbStats      *self,
                                        guint         weekly_goal);
char    *sb_stats_describe_pain        (SbStats      *self);
char    *sb_stats_describe_snacks      (SbStats      *self);
char    *sb_stats_describe_exercise    (const SbExerciseStats *stats,
                                        const char            *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbStats, sb_stats_free)

G_END_DECLS
