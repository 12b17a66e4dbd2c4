/* sb-routine-row.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A routine in the sidebar's list: its name and facts, kept up to date
 * while the routine is edited. The list item it sits in is named after
 * the routine, for screen readers. */

#define G_LOG_DOMAIN "sb-routine-row"

#include "config.h"

#include "workout/sb-format.h"
#include "sb-routine-row.h"

struct _SbRoutineRow
{
  GtkWidget  parent_instance;

  SbRoutine *routine;

  GtkLabel  *name_label;
  GtkLabel  *facts_label;
};

G_DEFINE_FINAL_TYPE (SbRoutineRow, sb_routine_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ROUTINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (SbRoutineRow *self)
{
  g_autofree char *facts = NULL;
  GtkWidget *item;

  if (self->routine == NULL)
    return;

  facts = sb_format_routine_facts (self->routine, TRUE);
  gtk_label_set_label (self->name_label, sb_routine_get_name (self->routine));
  gtk_label_set_label (self->facts_label, facts);

  /* the list item is what a screen reader visits */
  item = gtk_widget_get_parent (GTK_WIDGET (self));
  if (item != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, sb_routine_get_name (self->routine),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, facts,
                                    -1);
}

SbRoutine *
sb_routine_row_get_routine (SbRoutineRow *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_ROW (self), NULL);
  return self->routine;
}

void
sb_routine_row_set_routine (SbRoutineRow *self,
                            SbRoutine    *routine)
{
  g_return_if_fail (SB_IS_ROUTINE_ROW (self));
  g_return_if_fail (routine == NULL || SB_IS_ROUTINE (routine));

  if (self->routine == routine)
    return;

  if (self->routine != NULL)
    g_signal_handlers_disconnect_by_data (self->routine, self);
  g_set_object (&self->routine, routine);
  /* edited in place: a new name, or steps that change its length */
  if (routine != NULL)
    g_signal_connect_object (routine, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTINE]);
}

static void
sb_routine_row_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sb_routine_row_parent_class)->root (widget);
  update (SB_ROUTINE_ROW (widget));
}

static void
sb_routine_row_dispose (GObject *object)
{
  SbRoutineRow *self = SB_ROUTINE_ROW (object);

  if (self->routine != NULL)
    g_signal_handlers_disconnect_by_data (self->routine, self);
  g_clear_object (&self->routine);
  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_ROUTINE_ROW);

  G_OBJECT_CLASS (sb_routine_row_parent_class)->dispose (object);
}

static void
sb_routine_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SbRoutineRow *self = SB_ROUTINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      g_value_set_object (value, self->routine);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_routine_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SbRoutineRow *self = SB_ROUTINE_ROW (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      sb_routine_row_set_routine (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_routine_row_class_init (SbRoutineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_routine_row_dispose;
  object_class->get_property = sb_routine_row_get_property;
  object_class->set_property = sb_routine_row_set_property;
  widget_class->root = sb_routine_row_root;

  properties[PROP_ROUTINE] =
    g_param_spec_object ("routine", NULL, NULL, SB_TYPE_ROUTINE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-routine-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SbRoutineRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineRow, facts_label);
}

static void
sb_routine_row_init (SbRoutineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
