/* sb-stats.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The numbers behind the Progress view, as plain functions of the history
 * and "now", so that every chart can be checked on crafted histories. Weeks
 * start on Monday (ISO 8601) and are counted in calendar days, never in
 * multiples of 86,400 seconds, which a change of daylight saving time would
 * break.
 */

#define G_LOG_DOMAIN "sb-stats"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sb-stats.h"

/* A trend smaller than this share of the average is no trend. */
#define TREND_THRESHOLD 0.05

guint
sb_stats_range_weeks (SbStatsRange range)
{
  switch (range)
    {
    case SB_STATS_RANGE_3_MONTHS:
      return 13;
    case SB_STATS_RANGE_YEAR:
      return 52;
    case SB_STATS_RANGE_4_WEEKS:
    default:
      return 4;
    }
}

/* The calendar day of a time as it was lived, in its own offset. */
static guint32
local_julian (GDateTime *datetime)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (datetime),
                  g_date_time_get_month (datetime), g_date_time_get_year (datetime));
  return g_date_get_julian (&date);
}

/* The Monday of the week of a Julian day: day 1 (1 January of year 1) was
 * a Monday. */
static guint32
monday_of (guint32 julian)
{
  return julian - (julian - 1) % 7;
}

static double
seconds_into_day (GDateTime *datetime)
{
  return g_date_time_get_hour (datetime) * 3600.0 + g_date_time_get_minute (datetime) * 60.0 +
         g_date_time_get_seconds (datetime);
}

typedef struct
{
  GHashTable *by_id;     /* exercise id -> ExerciseData */
  GPtrArray  *order;     /* ExerciseData, first seen first */
} ExerciseTable;

typedef struct
{
  char   *id;
  GArray *values[3];     /* double: per session best, by SbStatsMeasure */
  GArray *days;          /* double: each of those sessions' day in the range */
  gboolean any[3];
} ExerciseData;

static void
exercise_data_free (ExerciseData *data)
{
  g_free (data->id);
  for (guint i = 0; i < G_N_ELEMENTS (data->values); i++)
    g_array_unref (data->values[i]);
  g_array_unref (data->days);
  g_free (data);
}

static void
exercise_stats_free (SbExerciseStats *stats)
{
  g_free (stats->exercise_id);
  g_clear_pointer (&stats->points, g_array_unref);
  g_free (stats);
}

/* Adds one session's sets: the best of each measure per exercise. */
static void
add_session_sets (ExerciseTable *table,
                  SbSession     *session,
                  double         day)
{
  g_autoptr(GHashTable) best = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < sb_session_get_n_sets (session); i++)
    {
      const SbSetRecord *set = sb_session_get_set (session, i);
      double *values;

      if (set->skipped)
        continue;

      values = g_hash_table_lookup (best, set->exercise_id);
      if (values == NULL)
        {
          values = g_new (double, 3);
          values[0] = values[1] = values[2] = -1;
          g_hash_table_insert (best, set->exercise_id, values);
        }
      values[SB_STATS_MEASURE_REPS] = MAX (values[SB_STATS_MEASURE_REPS], set->reps);
      values[SB_STATS_MEASURE_SECONDS] = MAX (values[SB_STATS_MEASURE_SECONDS], set->seconds);
      values[SB_STATS_MEASURE_LOAD] = MAX (values[SB_STATS_MEASURE_LOAD], set->load_kg);
    }

  g_hash_table_iter_init (&iter, best);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ExerciseData *data = g_hash_table_lookup (table->by_id, key);
      double *values = value;

      if (data == NULL)
        {
          data = g_new0 (ExerciseData, 1);
          data->id = g_strdup (key);
          for (guint m = 0; m < 3; m++)
            data->values[m] = g_array_new (FALSE, FALSE, sizeof (double));
          data->days = g_array_new (FALSE, FALSE, sizeof (double));
          g_hash_table_insert (table->by_id, data->id, data);
          g_ptr_array_add (table->order, data);
        }

      for (guint m = 0; m < 3; m++)
        {
          double v = MAX (values[m], 0);

          g_array_append_val (data->values[m], v);
          data->any[m] |= values[m] > 0;
        }
      g_array_append_val (data->days, day);
    }
}

static int
trend_of (GArray *values)
{
  double mean_x, mean_y = 0, num = 0, den = 0, change;
  guint n = values->len;

  if (n < 2)
    return 0;

  mean_x = (n - 1) / 2.0;
  for (guint i = 0; i < n; i++)
    mean_y += g_array_index (values, double, i);
  mean_y /= n;

  for (guint i = 0; i < n; i++)
    {
      num += (i - mean_x) * (g_array_index (values, double, i) - mean_y);
      den += (i - mean_x) * (i - mean_x);
    }

  if (mean_y <= 0)
    return 0;

  /* the fitted line's rise over the range, as a share of the average */
  change = num / den * (n - 1) / mean_y;
  if (change > TREND_THRESHOLD)
    return 1;
  if (change < -TREND_THRESHOLD)
    return -1;
  return 0;
}

static SbExerciseStats *
exercise_stats_new (ExerciseData *data)
{
  SbExerciseStats *stats = g_new0 (SbExerciseStats, 1);
  GArray *values;

  stats->exercise_id = g_strdup (data->id);
  if (data->any[SB_STATS_MEASURE_LOAD])
    stats->measure = SB_STATS_MEASURE_LOAD;
  else if (data->any[SB_STATS_MEASURE_REPS] || !data->any[SB_STATS_MEASURE_SECONDS])
    stats->measure = SB_STATS_MEASURE_REPS;
  else
    stats->measure = SB_STATS_MEASURE_SECONDS;

  values = data->values[stats->measure];
  stats->n_sessions = values->len;
  stats->first = g_array_index (values, double, 0);
  stats->last = g_array_index (values, double, values->len - 1);
  for (guint i = 0; i < values->len; i++)
    stats->best = MAX (stats->best, g_array_index (values, double, i));
  stats->trend = trend_of (values);

  stats->points = g_array_sized_new (FALSE, FALSE, sizeof (SbStatsPoint), values->len);
  for (guint i = 0; i < values->len; i++)
    {
      SbStatsPoint point = { g_array_index (data->days, double, i), g_array_index (values, double, i) };

      g_array_append_val (stats->points, point);
    }

  return stats;
}

static int
compare_exercise_stats (gconstpointer a,
                        gconstpointer b)
{
  const SbExerciseStats *sa = *(SbExerciseStats **) a;
  const SbExerciseStats *sb = *(SbExerciseStats **) b;

  return strcmp (sa->exercise_id, sb->exercise_id);
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  SbSession *sa = *(SbSession **) a;
  SbSession *sb = *(SbSession **) b;
  int order = g_date_time_compare (sb_session_get_start_time (sa), sb_session_get_start_time (sb));

  return order != 0 ? order : strcmp (sb_session_get_id (sa), sb_session_get_id (sb));
}

/* Sessions per week over the whole history, keyed by the Monday's Julian
 * day. */
static GHashTable *
count_all_weeks (GListModel *history)
{
  GHashTable *counts = g_hash_table_new (NULL, NULL);
  guint n = g_list_model_get_n_items (history);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (history, i);
      gpointer monday = GUINT_TO_POINTER (monday_of (local_julian (sb_session_get_start_time (session))));

      /* the goal is of workouts */
      if (sb_session_is_desk_break (session))
        continue;
      g_hash_table_insert (counts, monday,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, monday)) + 1));
    }

  return counts;
}

static guint
streak_from_counts (GHashTable *counts,
                    guint32     this_monday,
                    guint       weekly_goal)
{
  guint streak = 0;
  guint32 monday = this_monday;

#define MET(m) (GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (m))) >= MAX (weekly_goal, 1))
  /* The week under way adds to the streak once met, and does not yet
   * break it. */
  if (MET (monday))
    streak++;
  for (monday -= 7; monday >= 7 && MET (monday); monday -= 7)
    streak++;
#undef MET

  return streak;
}

/**
 * sb_stats_streak:
 * @history: (element-type SbSession): the sessions, in any order
 * @now: the current time, in the local time zone
 * @weekly_goal: sessions a week that count as a week met
 *
 * Returns: how many weeks in a row, up to this one, met the goal; this
 *   week counts once it is met and does not break the streak before
 */
guint
sb_stats_streak (GListModel *history,
                 GDateTime  *now,
                 guint       weekly_goal)
{
  g_autoptr(GHashTable) counts = count_all_weeks (history);

  return streak_from_counts (counts, monday_of (local_julian (now)), weekly_goal);
}

/**
 * sb_stats_new:
 * @history: (element-type SbSession): the sessions, in any order
 * @now: the current time, in the local time zone
 *
 * Returns: (transfer full): the figures of the @range weeks up to and with
 *   the week of @now
 */
SbStats *
sb_stats_new (GListModel   *history,
              GDateTime    *now,
              SbStatsRange  range,
              guint         weekly_goal)
{
  g_autoptr(SbStats) self = g_new0 (SbStats, 1);
  g_autoptr(GHashTable) counts = count_all_weeks (history);
  g_autoptr(GPtrArray) in_range = g_ptr_array_new_with_free_func (g_object_unref);
  ExerciseTable table;
  guint32 this_monday = monday_of (local_julian (now));
  guint32 first;
  guint n = g_list_model_get_n_items (history);

  self->n_weeks = sb_stats_range_weeks (range);
  first = this_monday - 7 * (self->n_weeks - 1);
  g_date_clear (&self->first_day, 1);
  g_date_set_julian (&self->first_day, first);

  self->weeks = g_array_sized_new (FALSE, TRUE, sizeof (SbWeekCount), self->n_weeks);
  for (guint w = 0; w < self->n_weeks; w++)
    {
      SbWeekCount week = { .sessions = 0 };

      g_date_clear (&week.monday, 1);
      g_date_set_julian (&week.monday, first + 7 * w);
      week.sessions = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (first + 7 * w)));
      self->sessions += week.sessions;
      g_array_append_val (self->weeks, week);
    }

  self->streak = streak_from_counts (counts, this_monday, weekly_goal);

  for (guint i = 0; i < n; i++)
    {
      SbSession *session = g_list_model_get_item (history, i);
      guint32 day = local_julian (sb_session_get_start_time (session));

      if (day >= first && day < this_monday + 7)
        g_ptr_array_add (in_range, session);
      else
        g_object_unref (session);
    }
  g_ptr_array_sort (in_range, compare_start);

  self->pain = g_array_new (FALSE, TRUE, sizeof (SbPainPoint));
  self->snacks = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (self->snacks, self->n_weeks * 7);
  table.by_id = g_hash_table_new (g_str_hash, g_str_equal);
  table.order = g_ptr_array_new_with_free_func ((GDestroyNotify) exercise_data_free);

  for (guint i = 0; i < in_range->len; i++)
    {
      SbSession *session = g_ptr_array_index (in_range, i);
      GDateTime *start = sb_session_get_start_time (session);
      SbPainPoint point = {
        .day = (double) (local_julian (start) - first) + seconds_into_day (start) / 86400.0,
        .pain_before = sb_session_get_pain_before (session),
        .pain_after = sb_session_get_pain_after (session),
        .pain_next_morning = sb_session_get_pain_next_morning (session),
      };

      if (sb_session_is_desk_break (session))
        {
          g_array_index (self->snacks, guint, local_julian (start) - first)++;
          self->n_snacks++;
        }
      else if (point.pain_before >= 0 || point.pain_after >= 0 || point.pain_next_morning >= 0)
        g_array_append_val (self->pain, point);

      add_session_sets (&table, session, point.day);
    }

  self->exercises = g_ptr_array_new_with_free_func ((GDestroyNotify) exercise_stats_free);
  for (guint i = 0; i < table.order->len; i++)
    g_ptr_array_add (self->exercises, exercise_stats_new (g_ptr_array_index (table.order, i)));
  g_ptr_array_sort (self->exercises, compare_exercise_stats);

  g_hash_table_unref (table.by_id);
  g_ptr_array_unref (table.order);

  return g_steal_pointer (&self);
}

void
sb_stats_free (SbStats *self)
{
  g_clear_pointer (&self->weeks, g_array_unref);
  g_clear_pointer (&self->pain, g_array_unref);
  g_clear_pointer (&self->exercises, g_ptr_array_unref);
  g_clear_pointer (&self->snacks, g_array_unref);
  g_free (self);
}

/**
 * sb_stats_describe_weeks:
 *
 * Returns: (transfer full): the bar chart in words, for screen readers
 */
char *
sb_stats_describe_weeks (SbStats *self,
                         guint    weekly_goal)
{
  g_autofree char *sessions = NULL;
  g_autofree char *weeks = NULL;
  g_autofree char *met = NULL;
  guint n_met = 0;

  for (guint w = 0; w < self->weeks->len; w++)
    if (g_array_index (self->weeks, SbWeekCount, w).sessions >= MAX (weekly_goal, 1))
      n_met++;

  sessions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions", self->sessions),
                              self->sessions);
  weeks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in the last week", "in the last %u weeks",
                                        self->n_weeks), self->n_weeks);
  met = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "the weekly goal was met in %u week",
                                      "the weekly goal was met in %u weeks", n_met), n_met);

  /* Translators: e.g. "12 sessions in the last 4 weeks; the weekly goal was met in 3 weeks" */
  return g_strdup_printf (_("%1$s %2$s; %3$s"), sessions, weeks, met);
}

/* The average pain after sessions in the week of the point at @index. */
static double
week_average (GArray *pain,
              guint   index)
{
  double week = floor (g_array_index (pain, SbPainPoint, index).day / 7);
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < pain->len; i++)
    {
      const SbPainPoint *point = &g_array_index (pain, SbPainPoint, i);

      if (point->pain_after >= 0 && floor (point->day / 7) == week)
        {
          sum += point->pain_after;
          n++;
        }
    }

  return n > 0 ? sum / n : -1;
}

/**
 * sb_stats_describe_pain:
 *
 * Returns: (transfer full): the pain chart in words, e.g. "Pain after
 *   sessions fell from 5 to 3 over 6 weeks", comparing the first and the
 *   last week with a rating
 */
static char *describe_pain_after (SbStats *self);

/**
 * sb_stats_describe_pain:
 *
 * Returns: (transfer full): the pain chart in words: after sessions, and
 *   the morning after when that was asked
 */
char *
sb_stats_describe_pain (SbStats *self)
{
  g_autofree char *after = describe_pain_after (self);
  double total = 0;
  guint n = 0;

  for (guint i = 0; i < self->pain->len; i++)
    {
      int morning = g_array_index (self->pain, SbPainPoint, i).pain_next_morning;

      if (morning >= 0)
        {
          total += morning;
          n++;
        }
    }

  if (n == 0)
    return g_steal_pointer (&after);

  /* Translators: after a sentence about the pain after sessions */
  return g_strdup_printf (_("%s; the morning after, %ld out of 10 on average"), after, lround (total / n));
}

static char *
describe_pain_after (SbStats *self)
{
  int first_index = -1, last_index = -1;
  long from, to;
  guint weeks;

  for (guint i = 0; i < self->pain->len; i++)
    if (g_array_index (self->pain, SbPainPoint, i).pain_after >= 0)
      {
        if (first_index < 0)
          first_index = i;
        last_index = i;
      }

  if (first_index < 0)
    return g_strdup (_("No pain was rated after a session in this period"));

  from = lround (week_average (self->pain, first_index));
  to = lround (week_average (self->pain, last_index));
  weeks = (guint) (floor (g_array_index (self->pain, SbPainPoint, last_index).day / 7) -
                   floor (g_array_index (self->pain, SbPainPoint, first_index).day / 7));

  if (weeks == 0)
    return g_strdup_printf (_("Pain after sessions this period: %ld out of 10"), to);

  if (to < from)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Pain after sessions fell from %ld to %ld over %u week",
                                         "Pain after sessions fell from %ld to %ld over %u weeks", weeks),
                            from, to, weeks);
  if (to > from)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Pain after sessions rose from %ld to %ld over %u week",
                                         "Pain after sessions rose from %ld to %ld over %u weeks", weeks),
                            from, to, weeks);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Pain after sessions stayed at %ld over %u week",
                                       "Pain after sessions stayed at %ld over %u weeks", weeks),
                          to, weeks);
}

static char *
format_measure (SbStatsMeasure measure,
                double         value)
{
  switch (measure)
    {
    case SB_STATS_MEASURE_LOAD:
      /* Translators: a load in kilograms */
      return g_strdup_printf (_("%g kg"), value);
    case SB_STATS_MEASURE_SECONDS:
      {
        int seconds = (int) lround (value);

        if (seconds >= 60)
          /* Translators: minutes and seconds, e.g. "10:00 min" */
          return g_strdup_printf (_("%d:%02d min"), seconds / 60, seconds % 60);
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d second", "%d seconds", seconds), seconds);
      }
    case SB_STATS_MEASURE_REPS:
    default:
      {
        int reps = (int) lround (value);

        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d rep", "%d reps", reps), reps);
      }
    }
}

/**
 * sb_stats_describe_exercise:
 * @name: the exercise's name
 *
 * Returns: (transfer full): e.g. "Hip thrust: best 40 kg, rising from 20 kg
 *   to 40 kg"
 */
char *
sb_stats_describe_exercise (const SbExerciseStats *stats,
                            const char            *name)
{
  g_autofree char *best = format_measure (stats->measure, stats->best);
  g_autofree char *first = format_measure (stats->measure, stats->first);
  g_autofree char *last = format_measure (stats->measure, stats->last);

  if (stats->trend > 0)
    /* Translators: an exercise's name, its best set, and where it went from and to */
    return g_strdup_printf (_("%s: best %s, rising from %s to %s"), name, best, first, last);
  if (stats->trend < 0)
    return g_strdup_printf (_("%s: best %s, falling from %s to %s"), name, best, first, last);
  return g_strdup_printf (_("%s: best %s, steady"), name, best);
}

/**
 * sb_stats_describe_snacks:
 *
 * Returns: (transfer full): the desk breaks' chart in words, for screen
 *   readers and under the chart
 */
char *
sb_stats_describe_snacks (SbStats *self)
{
  guint days = 0, most = 0;

  for (guint i = 0; i < self->snacks->len; i++)
    {
      guint n = g_array_index (self->snacks, guint, i);

      days += n > 0;
      most = MAX (most, n);
    }

  if (self->n_snacks == 0)
    return g_strdup (_("No desk breaks in this period"));

  /* Translators: the first sentence counts desk breaks, the second days */
  {
    g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u desk break in this period",
                                                           "%u desk breaks in this period", self->n_snacks),
                                              self->n_snacks);
    g_autofree char *spread = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "on %u day, at most %u a day",
                                                            "on %u days, at most %u a day", days), days, most);

    return g_strdup_printf ("%s, %s", count, spread);
  }
}
