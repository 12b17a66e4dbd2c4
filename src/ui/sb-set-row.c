/* sb-set-row.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One set in the form that logs or edits a session: collapsed, it reads
 * as History shows the set ("12 reps · 40 kg · effort 7"); expanded, each
 * figure the exercise has can be typed, the set marked skipped or removed.
 * Figures an exercise does not have (reps of a timed walk) are not shown
 * and stay as they were.
 */

#define G_LOG_DOMAIN "sb-set-row"

#include "config.h"

#include <glib/gi18n.h>

#include "workout/sb-format.h"
#include "sb-set-row.h"

struct _SbSetRow
{
  AdwExpanderRow  parent_instance;

  SbSetRecord    *record;

  GtkWidget      *reps_row;
  GtkSpinButton  *reps;
  GtkWidget      *load_row;
  GtkSpinButton  *load;
  GtkWidget      *seconds_row;
  GtkSpinButton  *seconds;
  GtkWidget      *incline_row;
  GtkSpinButton  *incline;
  AdwComboRow    *effort_row;
  GtkStringList  *efforts;
  GtkWidget      *skipped_row;
  GtkSwitch      *skipped;
};

G_DEFINE_FINAL_TYPE (SbSetRow, sb_set_row, ADW_TYPE_EXPANDER_ROW)

enum {
  REMOVE,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * sb_set_row_dup_record:
 *
 * Returns: (transfer full): the set as the form has it now
 */
SbSetRecord *
sb_set_row_dup_record (SbSetRow *self)
{
  SbSetRecord *record;

  g_return_val_if_fail (SB_IS_SET_ROW (self), NULL);

  record = sb_set_record_copy (self->record);
  if (gtk_widget_get_visible (self->reps_row))
    record->reps = gtk_spin_button_get_value_as_int (self->reps);
  if (gtk_widget_get_visible (self->load_row))
    record->load_kg = gtk_spin_button_get_value (self->load);
  if (gtk_widget_get_visible (self->seconds_row))
    record->seconds = gtk_spin_button_get_value_as_int (self->seconds);
  if (gtk_widget_get_visible (self->incline_row))
    record->incline_percent = gtk_spin_button_get_value (self->incline);
  record->effort = adw_combo_row_get_selected (self->effort_row);
  record->skipped = gtk_switch_get_active (self->skipped);
  return record;
}

static void
on_changed (SbSetRow *self)
{
  g_autoptr(SbSetRecord) record = sb_set_row_dup_record (self);
  g_autofree char *summary = sb_format_set (record);

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), summary);
  /* a skipped set has no figures to type */
  gtk_widget_set_sensitive (self->reps_row, !record->skipped);
  gtk_widget_set_sensitive (self->load_row, !record->skipped);
  gtk_widget_set_sensitive (self->seconds_row, !record->skipped);
  gtk_widget_set_sensitive (self->incline_row, !record->skipped);
  gtk_widget_set_sensitive (GTK_WIDGET (self->effort_row), !record->skipped);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_remove_clicked (SbSetRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* Shows @row when the set has the figure, or the exercise counts it. */
static void
show_figure (GtkWidget     *row,
             GtkSpinButton *spin,
             gboolean       shown,
             double         value)
{
  gtk_widget_set_visible (row, shown);
  gtk_spin_button_set_value (spin, MAX (value, 0));
  /* the row's title names the spin button for screen readers */
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
}

/**
 * sb_set_row_new:
 * @record: the set
 * @dose: the exercise's planned dose, which says which figures it has
 */
GtkWidget *
sb_set_row_new (const SbSetRecord *record,
                const SbDose      *dose)
{
  SbSetRow *self;

  g_return_val_if_fail (record != NULL, NULL);
  g_return_val_if_fail (dose != NULL, NULL);

  self = g_object_new (SB_TYPE_SET_ROW, NULL);
  self->record = sb_set_record_copy (record);

  show_figure (self->reps_row, self->reps, record->reps >= 0 || dose->kind == SB_DOSE_KIND_REPS, record->reps);
  show_figure (self->load_row, self->load, record->load_kg >= 0 || dose->kind == SB_DOSE_KIND_REPS,
               record->load_kg);
  show_figure (self->seconds_row, self->seconds, record->seconds >= 0 || dose->kind == SB_DOSE_KIND_TIME,
               record->seconds);
  show_figure (self->incline_row, self->incline, record->incline_percent >= 0 || dose->incline_min >= 0,
               record->incline_percent);
  adw_combo_row_set_selected (self->effort_row, CLAMP (record->effort, 0, 10));
  gtk_switch_set_active (self->skipped, record->skipped);

  g_signal_connect_object (self->reps, "value-changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->load, "value-changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->seconds, "value-changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->incline, "value-changed", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->effort_row, "notify::selected", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skipped, "notify::active", G_CALLBACK (on_changed), self, G_CONNECT_SWAPPED);
  on_changed (self);

  return GTK_WIDGET (self);
}

void
sb_set_row_set_number (SbSetRow *self,
                       guint     number)
{
  g_autofree char *title = NULL;

  g_return_if_fail (SB_IS_SET_ROW (self));

  /* Translators: the number of a set within an exercise */
  title = g_strdup_printf (_("Set %u"), number);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
}

static void
sb_set_row_finalize (GObject *object)
{
  SbSetRow *self = SB_SET_ROW (object);

  g_clear_pointer (&self->record, sb_set_record_free);

  G_OBJECT_CLASS (sb_set_row_parent_class)->finalize (object);
}

static void
sb_set_row_class_init (SbSetRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sb_set_row_finalize;

  /* the person asked to remove the set: its group takes it out */
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* a figure changed */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-set-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, reps_row);
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, reps);
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, load_row);
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, load);
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, seconds_row);
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, seconds);
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, incline_row);
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, incline);
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, effort_row);
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, efforts);
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, skipped_row);
  gtk_widget_class_bind_template_child (widget_class, SbSetRow, skipped);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked);
}

static void
sb_set_row_init (SbSetRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: an effort not given a figure from 1 to 10 */
  gtk_string_list_append (self->efforts, C_("effort", "Not rated"));
  for (int i = 1; i <= 10; i++)
    {
      g_autofree char *number = g_strdup_printf ("%d", i);
      gtk_string_list_append (self->efforts, number);
    }
}
