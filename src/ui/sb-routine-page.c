/* sb-routine-page.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One routine: what it is for, how long it takes, a button to start it
 * (win.start-workout) and its steps in order with each step's dose.
 * Activating a step emits ::step-activated.
 */

#define G_LOG_DOMAIN "sb-routine-page"

#include "config.h"

#include <glib/gi18n.h>

#include "workout/sb-format.h"
#include "sb-routine-page.h"
#include "sb-text-row.h"

struct _SbRoutinePage
{
  AdwBin     parent_instance;

  SbRoutine *routine;
  GPtrArray *rows;

  GtkWidget *page;
  GtkWidget *name_label;
  GtkWidget *facts_label;
  GtkWidget *description_label;
  GtkWidget *steps_group;
  GtkWidget *start_button;
  GtkWidget *edit_button;
  GtkWidget *log_row;
  GtkWidget *print_row;
};

G_DEFINE_FINAL_TYPE (SbRoutinePage, sb_routine_page, ADW_TYPE_BIN)

enum {
  STEP_ACTIVATED,   /* (SbRoutineStep *step): the user opened a step */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
sb_routine_page_new (void)
{
  return g_object_new (SB_TYPE_ROUTINE_PAGE, NULL);
}

SbRoutine *
sb_routine_page_get_routine (SbRoutinePage *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_PAGE (self), NULL);
  return self->routine;
}


static void
on_row_activated (SbTextRow     *row,
                  SbRoutinePage *self)
{
  g_signal_emit (self, signals[STEP_ACTIVATED], 0, g_object_get_data (G_OBJECT (row), "step"));
}

void
sb_routine_page_set_routine (SbRoutinePage *self,
                             SbRoutine     *routine)
{
  GListModel *steps;
  g_autofree char *facts = NULL;
  guint n;

  g_return_if_fail (SB_IS_ROUTINE_PAGE (self));
  g_return_if_fail (SB_IS_ROUTINE (routine));

  g_set_object (&self->routine, routine);
  steps = sb_routine_get_steps (routine);
  n = g_list_model_get_n_items (steps);

  gtk_label_set_label (GTK_LABEL (self->name_label), sb_routine_get_name (routine));
  /* e.g. “About 34 minutes · 5 exercises · At the gym” */
  facts = sb_format_routine_facts (routine, FALSE);
  gtk_label_set_label (GTK_LABEL (self->facts_label), facts);
  gtk_label_set_label (GTK_LABEL (self->description_label), sb_routine_get_description (routine));
  gtk_widget_set_visible (self->description_label, *sb_routine_get_description (routine) != '\0');
  /* the target first: an action with a parameter and no target warns */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->start_button),
                                          g_variant_new_string (sb_routine_get_id (routine)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->start_button), "win.start-workout");

  /* the method's routines are changed in a copy of one's own */
  gtk_button_set_label (GTK_BUTTON (self->edit_button),
                        sb_routine_get_builtin (routine) ? _("_Copy and Edit") : _("_Edit"));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button),
                                          g_variant_new_string (sb_routine_get_id (routine)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button),
                                  sb_routine_get_builtin (routine) ? "win.duplicate-routine" : "win.edit-routine");

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->log_row),
                                          g_variant_new_string (sb_routine_get_id (routine)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->log_row), "win.log-workout");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->print_row),
                                          g_variant_new_string (sb_routine_get_id (routine)));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->print_row), "win.print-routine");

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->steps_group), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (steps, i);
      SbExercise *exercise = sb_routine_step_get_exercise (step);
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, sb_exercise_get_name (exercise));
      g_autofree char *dose = sb_format_dose (sb_routine_step_get_dose (step));
      GtkWidget *row = sb_text_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      sb_text_row_set_subtitle (SB_TEXT_ROW (row), dose);
      g_object_set_data_full (G_OBJECT (row), "step", g_object_ref (step), g_object_unref);
      g_signal_connect (row, "activated", G_CALLBACK (on_row_activated), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->steps_group), row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
sb_routine_page_dispose (GObject *object)
{
  SbRoutinePage *self = SB_ROUTINE_PAGE (object);

  /* AdwBin unparents its child itself; disposing the template as well
   * would unparent it twice. */
  g_clear_object (&self->routine);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (sb_routine_page_parent_class)->dispose (object);
}

static void
sb_routine_page_class_init (SbRoutinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_routine_page_dispose;

  signals[STEP_ACTIVATED] =
    g_signal_new ("step-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_ROUTINE_STEP);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-routine-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SbRoutinePage, page);
  gtk_widget_class_bind_template_child (widget_class, SbRoutinePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, SbRoutinePage, facts_label);
  gtk_widget_class_bind_template_child (widget_class, SbRoutinePage, description_label);
  gtk_widget_class_bind_template_child (widget_class, SbRoutinePage, steps_group);
  gtk_widget_class_bind_template_child (widget_class, SbRoutinePage, start_button);
  gtk_widget_class_bind_template_child (widget_class, SbRoutinePage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, SbRoutinePage, log_row);
  gtk_widget_class_bind_template_child (widget_class, SbRoutinePage, print_row);
}

static void
sb_routine_page_init (SbRoutinePage *self)
{
  g_type_ensure (SB_TYPE_TEXT_ROW);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}
