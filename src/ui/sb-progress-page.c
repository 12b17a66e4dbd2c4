/* sb-progress-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Progress over 4 weeks, 3 months or a year: the streak of weeks that met
 * the weekly goal (GSettings "weekly-goal"), sessions per week, pain before
 * and after, and each exercise's best and trend. The figures come from
 * SbStats; this page only shows them, and follows the history and the goal
 * as they change. Each chart's summary is written under it and read to
 * screen readers as the chart's label.
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
  GPtrArray      *rows;
  guint           update_id;

  GtkStack       *stack;
  GtkWidget      *range_4_weeks;
  GtkWidget      *range_3_months;
  GtkWidget      *range_year;
  GtkLabel       *streak_label;
  GtkLabel       *goal_label;
  SbChart        *week_chart;
  GtkLabel       *week_caption;
  SbChart        *pain_chart;
  GtkLabel       *pain_caption;
  GtkWidget      *exercises_group;
};

G_DEFINE_FINAL_TYPE (SbProgressPage, sb_progress_page, ADW_TYPE_BIN)

static char *
format_day (const GDate *date)
{
  g_autoptr(GDateTime) datetime = g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                                         g_date_get_day (date), 12, 0, 0);

  /* Translators: a short date under a chart; see strftime(3) */
  return g_date_time_format (datetime, _("%e %b %Y"));
}

static void
show_exercises (SbProgressPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->exercises_group), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < self->stats->exercises->len; i++)
    {
      const SbExerciseStats *stats = g_ptr_array_index (self->stats->exercises, i);
      SbExercise *exercise = sb_catalog_lookup_exercise (sb_context_get_catalog (self->context), stats->exercise_id);
      const char *name = exercise ? sb_exercise_get_name (exercise) : stats->exercise_id;
      g_autofree char *text = sb_stats_describe_exercise (stats, name);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *trend = gtk_label_new (stats->trend > 0 ? "↗" : stats->trend < 0 ? "↘" : "→");
      /* the text after the name, as the row's subtitle */
      const char *rest = g_str_has_prefix (text, name) ? text + strlen (name) + 2 : text;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rest);
      gtk_widget_add_css_class (trend, stats->trend > 0 ? "success" : stats->trend < 0 ? "warning" : "dim-label");
      gtk_widget_add_css_class (trend, "title-3");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), trend);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->exercises_group), row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (self->exercises_group, self->rows->len > 0);
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
  g_autofree char *streak = NULL;
  g_autofree char *goal_text = NULL;
  g_autofree char *weeks = NULL;
  g_autofree char *pain = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  GDate last_day;

  g_clear_pointer (&self->stats, sb_stats_free);
  self->stats = sb_stats_new (self->history, now, self->range, goal);

  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (self->history) > 0 ? "charts" : "empty");

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
  for (guint i = 0; i < self->stats->pain->len; i++)
    {
      const SbPainPoint *point = &g_array_index (self->stats->pain, SbPainPoint, i);
      SbChartPoint b = { point->day, point->pain_before }, a = { point->day, point->pain_after };

      g_array_append_val (before, b);
      g_array_append_val (after, a);
    }
  sb_chart_set_lines (self->pain_chart, (SbChartPoint *) before->data, (SbChartPoint *) after->data,
                      before->len, self->stats->n_weeks * 7.0);

  last_day = self->stats->first_day;
  g_date_add_days (&last_day, self->stats->n_weeks * 7 - 1);
  start = format_day (&self->stats->first_day);
  end = format_day (&last_day);
  sb_chart_set_axis (self->week_chart, start, end);
  sb_chart_set_axis (self->pain_chart, start, end);

  weeks = sb_stats_describe_weeks (self->stats, goal);
  pain = sb_stats_describe_pain (self->stats);
  gtk_label_set_label (self->week_caption, weeks);
  gtk_label_set_label (self->pain_caption, pain);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->week_chart), GTK_ACCESSIBLE_PROPERTY_LABEL, weeks, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pain_chart), GTK_ACCESSIBLE_PROPERTY_LABEL, pain, -1);

  show_exercises (self);
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
  GtkWidget *buttons[] = { self->range_4_weeks, self->range_3_months, self->range_year };

  g_return_if_fail (SB_IS_PROGRESS_PAGE (self));
  g_return_if_fail (range <= SB_STATS_RANGE_YEAR);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (buttons[range]), TRUE);
  if (self->range == range)
    return;

  self->range = range;
  update (self);
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
on_range_toggled (GtkToggleButton *button,
                  SbProgressPage  *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (GTK_WIDGET (button) == self->range_3_months)
    sb_progress_page_set_range (self, SB_STATS_RANGE_3_MONTHS);
  else if (GTK_WIDGET (button) == self->range_year)
    sb_progress_page_set_range (self, SB_STATS_RANGE_YEAR);
  else
    sb_progress_page_set_range (self, SB_STATS_RANGE_4_WEEKS);
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
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sb_progress_page_parent_class)->dispose (object);
}

static void
sb_progress_page_class_init (SbProgressPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_progress_page_dispose;

  g_type_ensure (SB_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/strongback/Strongback/ui/sb-progress-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, range_4_weeks);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, range_3_months);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, range_year);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, streak_label);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, goal_label);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, week_chart);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, week_caption);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, pain_chart);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, pain_caption);
  gtk_widget_class_bind_template_child (widget_class, SbProgressPage, exercises_group);
}

static void
sb_progress_page_init (SbProgressPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  g_signal_connect (self->range_4_weeks, "toggled", G_CALLBACK (on_range_toggled), self);
  g_signal_connect (self->range_3_months, "toggled", G_CALLBACK (on_range_toggled), self);
  g_signal_connect (self->range_year, "toggled", G_CALLBACK (on_range_toggled), self);
}
