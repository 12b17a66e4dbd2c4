/* sb-progress-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Progress over 4 weeks, 3 months or a year (#SbProgressPage:range): the
 * streak of weeks that met the weekly goal (GSettings "weekly-goal"),
 * sessions per week, pain before and after; or, for one exercise
 * (#SbProgressPage:exercise), its best set of each session and its trend.
 * The figures come from SbStats; this page only shows them, follows the
 * history and the goal as they change, and lists the exercises done in
 * the range (#SbProgressPage:exercises) for the sidebar to offer. Each
 * chart's summary is written under it and read to screen readers as the
 * chart's label.
 */

#define G_LOG_DOMAIN "sb-progress-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-chart.h"
#include "sb-progress-page.h"

struct _SbProgressPage
{
  AdwBin          parent_instance;

  SbContext      *context;
  GListModel     *history;
  GDateTime      *now;          /* for tests; NULL for the clock */
  SbStatsRange    range;
  SbStats        *stats;
  char           *exercise;       /* shown alone, or NULL for the overview */
  GListStore     *exercises;      /* SbExercise, done in the range */
  guint           update_id;

  GtkStack       *stack;
  GtkLabel       *streak_label;
  GtkLabel       *goal_label;
  SbChart        *week_chart;
  GtkLabel       *week_caption;
  SbChart        *pain_chart;
  GtkLabel       *pain_caption;
  AdwPreferencesGroup *pain_group;
  GtkWidget      *snack_group;
  SbChart        *snack_chart;
  GtkLabel       *snack_caption;
  GtkLabel       *exercise_title;
  GtkLabel       *exercise_measure;
  SbChart        *exercise_chart;
  GtkLabel       *exercise_caption;
};

G_DEFINE_FINAL_TYPE (SbProgressPage, sb_progress_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_RANGE,
  PROP_EXERCISE,
  PROP_EXERCISES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_day (const GDate *date)
{
  g_autoptr(GDateTime) datetime = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                         g_date_get_day (date), 12, 0, 0);

  /* Translators: a short date under a chart; see strftime(3) */
  return g_date_time_format (datetime, _("%e %b %Y"));
}

/* The exercises done in the range, for the sidebar: changed only when
 * they change, so that its selection stays. */
static void
list_exercises (SbProgressPage *self)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->exercises));
  gboolean same = n == self->stats->exercises->len;

  for (guint i = 0; i < self->stats->exercises->len; i++)
    {
      const SbExerciseStats *stats = g_ptr_array_index (self->stats->exercises, i);
      SbExercise *exercise = sb_catalog_lookup_exercise (sb_context_get_catalog (self->context), stats->exercise_id);

      if (exercise == NULL)
        continue;
      g_ptr_array_add (found, exercise);
      if (same)
        {
          g_autoptr(SbExercise) listed = g_list_model_get_item (G_LIST_MODEL (self->exercises), found->len - 1);
          same = listed == exercise;
        }
    }

  if (!same || found->len != n)
    g_list_store_splice (self->exercises, 0, n, found->pdata, found->len);
}

static const SbExerciseStats *
find_exercise_stats (SbProgressPage *self)
{
  for (guint i = 0; self->exercise != NULL && i < self->stats->exercises->len; i++)
    {
      const SbExerciseStats *stats = g_ptr_array_index (self->stats->exercises, i);

      if (g_str_equal (stats->exercise_id, self->exercise))
        return stats;
    }

  return NULL;
}

static const char *
describe_measure (SbStatsMeasure measure)
{
  switch (measure)
    {
    case SB_STATS_MEASURE_LOAD:
      return _("The heaviest load of each session");
    case SB_STATS_MEASURE_SECONDS:
      return _("The longest set of each session");
    case SB_STATS_MEASURE_REPS:
    default:
      return _("The most repetitions of each session");
    }
}

/* One exercise: its best set of each session, on a scale of its own best. */
static void
show_exercise (SbProgressPage *self)
{
  const SbExerciseStats *stats = find_exercise_stats (self);
  SbExercise *exercise = sb_catalog_lookup_exercise (sb_context_get_catalog (self->context), self->exercise);
  const char *name = exercise ? sb_exercise_get_name (exercise) : self->exercise;
  g_autoptr(GArray) none = NULL;
  g_autoptr(GArray) best = NULL;
  g_autofree char *text = NULL;

  if (stats == NULL)
    {
      adw_status_page_set_title (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->stack, "no-exercise")), name);
      gtk_stack_set_visible_child_name (self->stack, "no-exercise");
      return;
    }

  none = g_array_new (FALSE, FALSE, sizeof (SbChartPoint));
  best = g_array_new (FALSE, FALSE, sizeof (SbChartPoint));
  for (guint i = 0; i < stats->points->len; i++)
    {
      const SbStatsPoint *point = &g_array_index (stats->points, SbStatsPoint, i);
      SbChartPoint skipped = { point->day, -1 };
      SbChartPoint value = { point->day, stats->best > 0 ? point->value / stats->best * 10 : 0 };

      g_array_append_val (none, skipped);
      g_array_append_val (best, value);
    }
  sb_chart_set_lines (self->exercise_chart, (SbChartPoint *) none->data, (SbChartPoint *) best->data, NULL,
                      best->len, self->stats->n_weeks * 7.0);

  text = sb_stats_describe_exercise (stats, name);
  gtk_label_set_label (self->exercise_title, name);
  gtk_label_set_label (self->exercise_measure, describe_measure (stats->measure));
  gtk_label_set_label (self->exercise_caption, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->exercise_chart), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_stack_set_visible_child_name (self->stack, "exercise");
}

static void
update (SbProgressPage *self)
{
  g_autoptr(GDateTime) clock = g_date_time_new_now_local ();
  GDateTime *now = self->now ? self->now : clock;
  guint goal = g_settings_get_uint (sb_context_get_settings (self->context), "weekly-goal");
  g_autoptr(GArray) bars = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) morning = NULL;
  g_autoptr(GArray) snacks = NULL;
  g_autofree char *snacks_text = NULL;
  gboolean any_morning = FALSE;
  g_autofree char *streak = NULL;
  g_autofree char *goal_text = NULL;
  g_autofree char *weeks = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  GDate last_day;

  g_clear_pointer (&self->stats, sb_stats_free);
  self->stats = sb_stats_new (self->history, now, self->range, goal);


  streak = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week in a row on goal", "%u weeks in a row on goal",
                                         self->stats->streak), self->stats->streak);
  goal_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Goal: %u session a week, set in Preferences",
                                            "Goal: %u sessions a week, set in Preferences", goal), goal);
  gtk_label_set_label (self->streak_label, streak);
  gtk_label_set_label (self->goal_label, goal_text);

  bars = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint w = 0; w < self->stats->weeks->len; w++)
    {
      double count = g_array_index (self->stats->weeks, SbWeekCount, w).sessions;
      g_array_append_val (bars, count);
    }
  sb_chart_set_bars (self->week_chart, (double *) bars->data, bars->len, goal);

  before = g_array_new (FALSE, FALSE, sizeof (SbChartPoint));
  after = g_array_new (FALSE, FALSE, sizeof (SbChartPoint));
  morning = g_array_new (FALSE, FALSE, sizeof (SbChartPoint));
  for (guint i = 0; i < self->stats->pain->len; i++)
    {
      const SbPainPoint *point = &g_array_index (self->stats->pain, SbPainPoint, i);
      SbChartPoint b = { point->day, point->pain_before }, a = { point->day, point->pain_after };
      /* the next morning is a day later */
      SbChartPoint m = { point->day + 1, point->pain_next_morning };

      g_array_append_val (before, b);
      g_array_append_val (after, a);
      g_array_append_val (morning, m);
      any_morning |= point->pain_next_morning >= 0;
    }
  sb_chart_set_lines (self->pain_chart, (SbChartPoint *) before->data, (SbChartPoint *) after->data,
                      any_morning ? (SbChartPoint *) morning->data : NULL, before->len, self->stats->n_weeks * 7.0);
  adw_preferences_group_set_description (self->pain_group,
                                         any_morning ? _("0 is no pain, 10 the worst. The dashed line is before a "
                                                         "session, the full line after it, the dotted line the "
                                                         "morning after.")
                                                     : _("0 is no pain, 10 the worst. The dashed line is before a "
                                                         "session, the full line after it."));

  snacks = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint d = 0; d < self->stats->snacks->len; d++)
    {
      double count = g_array_index (self->stats->snacks, guint, d);
      g_array_append_val (snacks, count);
    }
  sb_chart_set_bars (self->snack_chart, (double *) snacks->data, snacks->len, 0);
  snacks_text = sb_stats_describe_snacks (self->stats);
  gtk_label_set_label (self->snack_caption, snacks_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->snack_chart), GTK_ACCESSIBLE_PROPERTY_LABEL, snacks_text, -1);
  gtk_widget_set_visible (self->snack_group, self->stats->n_snacks > 0);

  last_day = self->stats->first_day;
  g_date_add_days (&last_day, self->stats->n_weeks * 7 - 1);
  start = format_day (&self->stats->first_day);
  end = format_day (&last_day);
  sb_chart_set_axis (self->week_chart, start, end);
  sb_chart_set_axis (self->pain_chart, start, end);
  sb_chart_set_axis (self->snack_chart, start, end);
  sb_chart_set_axis (self->exercise_chart, start, end);

  weeks = sb_stats_describe_weeks (self->stats, goal);
  pain = sb_stats_describe_pain (self->stats);
  gtk_label_set_label (self->week_caption, weeks);
  gtk_label_set_label (self->pain_caption, pain);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->week_chart), GTK_ACCESSIBLE_PROPERTY_LABEL, weeks, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pain_chart), GTK_ACCESSIBLE_PROPERTY_LABEL, pain, -1);

  list_exercises (self);
  if (g_list_model_get_n_items (self->history) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else if (self->exercise != NULL)
    show_exercise (self);
  else
    gtk_stack_set_visible_child_name (self->stack, "charts");
}

static gboolean
update_idle (gpointer data)
{
  SbProgressPage *self = data;

  self->update_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* A history being loaded changes in batches: count once they settle. */
static void
queue_update (SbProgressPage *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_LOW, update_idle, self, NULL);
}

GtkWidget *
sb_progress_page_new (SbContext *context)
{
  SbProgressPage *self;

  g_return_val_if_fail (SB_IS_CONTEXT (context), NULL);

  self = g_object_new (SB_TYPE_PROGRESS_PAGE, NULL);
  self->context = g_object_ref (context);
  self->history = g_object_ref (G_LIST_MODEL (sb_context_get_history (context)));
  g_signal_connect_object (self->history, "items-changed", G_CALLBACK (queue_update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (sb_context_get_settings (context), "changed::weekly-goal", G_CALLBACK (queue_update), self,
                           G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

SbStatsRange
sb_progress_page_get_range (SbProgressPage *self)
{
  g_return_val_if_fail (SB_IS_PROGRESS_PAGE (self), SB_STATS_RANGE_4_WEEKS);
  return self->range;
}

void
sb_progress_page_set_range (SbProgressPage *self,
                            SbStatsRange    range)
{
  g_return_if_fail (SB_IS_PROGRESS_PAGE (self));
  g_return_if_fail (range <= SB_STATS_RANGE_YEAR);

  if (self->range == range)
    return;

  self->range = range;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

const char *
sb_progress_page_get_exercise (SbProgressPage *self)
{
  g_return_val_if_fail (SB_IS_PROGRESS_PAGE (self), NULL);
  return self->exercise;
}

/**
 * sb_progress_page_set_exercise:
 * @exercise_id: (nullable): the exercise to show alone, or %NULL for the
 *   overview
 */
void
sb_progress_page_set_exercise (SbProgressPage *self,
                               const char     *exercise_id)
{
  g_return_if_fail (SB_IS_PROGRESS_PAGE (self));

  if (g_strcmp0 (self->exercise, exercise_id) == 0)
    return;

  g_free (self->exercise);
  self->exercise = g_strdup (exercise_id);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

/**
 * sb_progress_page_get_exercises:
 *
 * Returns: (transfer none): the exercises done in the range, as #SbExercise
 */
GListModel *
sb_progress_page_get_exercises (SbProgressPage *self)
{
  g_return_val_if_fail (SB_IS_PROGRESS_PAGE (self), NULL);
  return G_LIST_MODEL (self->exercises);
}

/**
 * sb_progress_page_set_now:
 * @now: (nullable): the time to count up to, or %NULL for the clock
 */
void
sb_progress_page_set_now (SbProgressPage *self,
                          GDateTime      *now)
{
  g_return_if_fail (SB_IS_PROGRESS_PAGE (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now ? g_date_time_ref (now) : NULL;
  update (self);
}

/**
 * sb_progress_page_get_stats:
 *
 * Returns: (transfer none): the figures shown
 */
SbStats *
sb_progress_page_get_stats (SbProgressPage *self)
{
  g_return_val_if_fail (SB_IS_PROGRESS_PAGE (self), NULL);
  return self->stats;
}

static void
sb_progress_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SbProgressPage *self = SB_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      g_value_set_int (value, self->range);
      break;
    case PROP_EXERCISE:
      g_value_set_string (value, self->exercise);
      break;
    case PROP_EXERCISES:
      g_value_set_object (value, self->exercises);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_progress_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SbProgressPage *self = SB_PROGRESS_PAGE (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      sb_progress_page_set_range (self, g_value_get_int (value));
      break;
    case PROP_EXERCISE:
      sb_progress_page_set_exercise (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_progress_page_dispose (GObject *object)
{
  SbProgressPage *self = SB_PROGRESS_PAGE (object);

  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_object (&self->context);
  g_clear_object (&self->history);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_pointer (&self->stats, sb_stats_free);
  g_clear_pointer (&self->exercise, g_free);
  g_clear_object (&self->exercises);

  G_OBJECT_CLASS (sb_progress_page_parent_class)->dispose (object);
}

static void
sb_progress_page_class_init (SbProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_progress_page_dispose;
  object_class->get_property = sb_progress_page_get_property;
  object_class->set_property = sb_progress_page_set_property;

  /* an SbStatsRange */
  properties[PROP_RANGE] =
    g_param_spec_int ("range", NULL, NULL, SB_STATS_RANGE_4_WEEKS, SB_STATS_RANGE_YEAR, SB_STATS_RANGE_4_WEEKS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXERCISE] =
    g_param_spec_string ("exercise", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXERCISES] =
    g_param_spec_object ("exercises", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SB_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strongback/Strongback/ui/sb-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, streak_label);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, goal_label);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, week_chart);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, week_caption);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, pain_chart);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, pain_caption);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, pain_group);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, snack_group);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, snack_chart);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, snack_caption);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, exercise_title);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, exercise_measure);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, exercise_chart);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, exercise_caption);
}

static void
sb_progress_page_init (SbProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->exercises = g_list_store_new (SB_TYPE_EXERCISE);
}
