/* sb-progress-sidebar.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Progress tab of the sidebar: the range (#SbProgressSidebar:range)
 * and what to look at in it, the overview or one of the exercises done
 * in the range (#SbProgressSidebar:exercise, %NULL for the overview).
 * The window binds both to the Progress page, and gives the list of
 * exercises from it; ::activated asks it to show the page. */

#define G_LOG_DOMAIN "sb-progress-sidebar"

#include "config.h"

#include "model/sb-exercise.h"
#include "workout/sb-stats.h"
#include "sb-progress-sidebar.h"

struct _SbProgressSidebar
{
  AdwBin              parent_instance;

  int                 range;
  char               *exercise;
  GtkSingleSelection *selection;
  gboolean            updating;

  GtkWidget          *range_4_weeks;
  GtkWidget          *range_3_months;
  GtkWidget          *range_year;
  GtkListBox         *overview_list;
  GtkListBoxRow      *overview_row;
  GtkWidget          *exercises_heading;
  GtkListView        *exercise_list;
};

G_DEFINE_FINAL_TYPE (SbProgressSidebar, sb_progress_sidebar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_RANGE,
  PROP_EXERCISE,
  N_PROPS
};

enum {
  ACTIVATED,   /* (): a choice was made: show it */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

int
sb_progress_sidebar_get_range (SbProgressSidebar *self)
{
  g_return_val_if_fail (SB_IS_PROGRESS_SIDEBAR (self), SB_STATS_RANGE_4_WEEKS);
  return self->range;
}

/**
 * sb_progress_sidebar_set_range:
 * @range: an #SbStatsRange
 */
void
sb_progress_sidebar_set_range (SbProgressSidebar *self,
                               int                range)
{
  GtkWidget *buttons[] = { self->range_4_weeks, self->range_3_months, self->range_year };

  g_return_if_fail (SB_IS_PROGRESS_SIDEBAR (self));
  g_return_if_fail (range >= SB_STATS_RANGE_4_WEEKS && range <= SB_STATS_RANGE_YEAR);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (buttons[range]), TRUE);
  if (self->range == range)
    return;

  self->range = range;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANGE]);
}

const char *
sb_progress_sidebar_get_exercise (SbProgressSidebar *self)
{
  g_return_val_if_fail (SB_IS_PROGRESS_SIDEBAR (self), NULL);
  return self->exercise;
}

/* The row that says what is shown is the one selected. */
static void
update_selection (SbProgressSidebar *self)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; self->exercise != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SbExercise) exercise = g_list_model_get_item (model, i);

      if (g_str_equal (sb_exercise_get_id (exercise), self->exercise))
        position = i;
    }

  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  if (self->exercise == NULL)
    gtk_list_box_select_row (self->overview_list, self->overview_row);
  else
    gtk_list_box_unselect_all (self->overview_list);
  self->updating = FALSE;

  gtk_widget_set_visible (self->exercises_heading, g_list_model_get_n_items (model) > 0);
}

/**
 * sb_progress_sidebar_set_exercise:
 * @exercise_id: (nullable): the exercise to look at, or %NULL for the
 *   overview
 */
void
sb_progress_sidebar_set_exercise (SbProgressSidebar *self,
                                  const char        *exercise_id)
{
  g_return_if_fail (SB_IS_PROGRESS_SIDEBAR (self));

  if (g_strcmp0 (self->exercise, exercise_id) == 0)
    return;

  g_free (self->exercise);
  self->exercise = g_strdup (exercise_id);
  update_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

/**
 * sb_progress_sidebar_set_exercises:
 * @exercises: (nullable): the exercises done in the range, as #SbExercise
 */
void
sb_progress_sidebar_set_exercises (SbProgressSidebar *self,
                                   GListModel        *exercises)
{
  g_return_if_fail (SB_IS_PROGRESS_SIDEBAR (self));

  gtk_single_selection_set_model (self->selection, exercises);
  update_selection (self);
}

static void
on_range_toggled (GtkToggleButton   *button,
                  SbProgressSidebar *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (GTK_WIDGET (button) == self->range_3_months)
    sb_progress_sidebar_set_range (self, SB_STATS_RANGE_3_MONTHS);
  else if (GTK_WIDGET (button) == self->range_year)
    sb_progress_sidebar_set_range (self, SB_STATS_RANGE_YEAR);
  else
    sb_progress_sidebar_set_range (self, SB_STATS_RANGE_4_WEEKS);
}

static void
on_overview_activated (SbProgressSidebar *self)
{
  sb_progress_sidebar_set_exercise (self, NULL);
  g_signal_emit (self, signals[ACTIVATED], 0);
}

static void
on_exercise_activated (SbProgressSidebar *self,
                       guint              position)
{
  g_autoptr(SbExercise) exercise = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (exercise == NULL)
    return;

  sb_progress_sidebar_set_exercise (self, sb_exercise_get_id (exercise));
  g_signal_emit (self, signals[ACTIVATED], 0);
}

/* The list changed under its selection (another range): say again what
 * is shown. */
static void
on_items_changed (SbProgressSidebar *self)
{
  update_selection (self);
}

static void
sb_progress_sidebar_dispose (GObject *object)
{
  SbProgressSidebar *self = SB_PROGRESS_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_PROGRESS_SIDEBAR);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->exercise, g_free);

  G_OBJECT_CLASS (sb_progress_sidebar_parent_class)->dispose (object);
}

static void
sb_progress_sidebar_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SbProgressSidebar *self = SB_PROGRESS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      g_value_set_int (value, self->range);
      break;
    case PROP_EXERCISE:
      g_value_set_string (value, self->exercise);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_progress_sidebar_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SbProgressSidebar *self = SB_PROGRESS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_RANGE:
      sb_progress_sidebar_set_range (self, g_value_get_int (value));
      break;
    case PROP_EXERCISE:
      sb_progress_sidebar_set_exercise (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_progress_sidebar_class_init (SbProgressSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_progress_sidebar_dispose;
  object_class->get_property = sb_progress_sidebar_get_property;
  object_class->set_property = sb_progress_sidebar_set_property;

  /* an SbStatsRange */
  properties[PROP_RANGE] =
    g_param_spec_int ("range", NULL, NULL, SB_STATS_RANGE_4_WEEKS, SB_STATS_RANGE_YEAR, SB_STATS_RANGE_4_WEEKS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXERCISE] =
    g_param_spec_string ("exercise", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SB_TYPE_EXERCISE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-progress-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, SbProgressSidebar, range_4_weeks);
  gtk_widget_class_bind_template_child (widget_class, SbProgressSidebar, range_3_months);
  gtk_widget_class_bind_template_child (widget_class, SbProgressSidebar, range_year);
  gtk_widget_class_bind_template_child (widget_class, SbProgressSidebar, overview_list);
  gtk_widget_class_bind_template_child (widget_class, SbProgressSidebar, overview_row);
  gtk_widget_class_bind_template_child (widget_class, SbProgressSidebar, exercises_heading);
  gtk_widget_class_bind_template_child (widget_class, SbProgressSidebar, exercise_list);
}

static void
sb_progress_sidebar_init (SbProgressSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->exercise_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (on_items_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  g_signal_connect (self->range_4_weeks, "toggled", G_CALLBACK (on_range_toggled), self);
  g_signal_connect (self->range_3_months, "toggled", G_CALLBACK (on_range_toggled), self);
  g_signal_connect (self->range_year, "toggled", G_CALLBACK (on_range_toggled), self);
  g_signal_connect_object (self->overview_list, "row-activated", G_CALLBACK (on_overview_activated), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->exercise_list, "activate", G_CALLBACK (on_exercise_activated), self,
                           G_CONNECT_SWAPPED);
  update_selection (self);
}
