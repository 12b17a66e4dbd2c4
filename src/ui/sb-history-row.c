/* sb-history-row.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A row of the History list (an SbHistoryWeeks model): a week's heading,
 * or one session, kept up to date when the session changes. Only sessions
 * can be opened (#SbHistoryRow:is-session). */

#define G_LOG_DOMAIN "sb-history-row"

#include "config.h"

#include "model/sb-week-header.h"
#include "workout/sb-format.h"
#include "sb-history-row.h"

struct _SbHistoryRow
{
  GtkWidget  parent_instance;

  GObject   *item;

  GtkLabel  *heading_label;
  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
  GtkLabel  *conflict_label;
};

G_DEFINE_FINAL_TYPE (SbHistoryRow, sb_history_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_IS_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (SbHistoryRow *self)
{
  gboolean is_session = SB_IS_SESSION (self->item);

  gtk_widget_set_visible (GTK_WIDGET (self->heading_label), SB_IS_WEEK_HEADER (self->item));
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), is_session);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), is_session);
  gtk_widget_set_visible (GTK_WIDGET (self->conflict_label),
                          is_session && sb_session_get_conflict (SB_SESSION (self->item)) != NULL);

  if (SB_IS_WEEK_HEADER (self->item))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *text = sb_week_header_dup_title (SB_WEEK_HEADER (self->item), now);

      gtk_label_set_label (self->heading_label, text);
    }
  else if (is_session)
    {
      g_autofree char *text = sb_format_session (SB_SESSION (self->item));

      gtk_label_set_label (self->title_label, sb_session_get_routine_name (SB_SESSION (self->item)));
      gtk_label_set_label (self->subtitle_label, text);
    }
}

GObject *
sb_history_row_get_item (SbHistoryRow *self)
{
  g_return_val_if_fail (SB_IS_HISTORY_ROW (self), NULL);
  return self->item;
}

/**
 * sb_history_row_set_item:
 * @item: (nullable): an #SbWeekHeader or an #SbSession
 */
void
sb_history_row_set_item (SbHistoryRow *self,
                         GObject      *item)
{
  gboolean was_session;

  g_return_if_fail (SB_IS_HISTORY_ROW (self));

  if (self->item == item)
    return;

  was_session = SB_IS_SESSION (self->item);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);
  /* pain and notes are given after the session is first listed */
  if (SB_IS_SESSION (item))
    g_signal_connect_object (item, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
  if (was_session != SB_IS_SESSION (item))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_SESSION]);
}

gboolean
sb_history_row_get_is_session (SbHistoryRow *self)
{
  g_return_val_if_fail (SB_IS_HISTORY_ROW (self), FALSE);
  return SB_IS_SESSION (self->item);
}

static void
sb_history_row_dispose (GObject *object)
{
  SbHistoryRow *self = SB_HISTORY_ROW (object);

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_clear_object (&self->item);
  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_HISTORY_ROW);

  G_OBJECT_CLASS (sb_history_row_parent_class)->dispose (object);
}

static void
sb_history_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SbHistoryRow *self = SB_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_IS_SESSION:
      g_value_set_boolean (value, sb_history_row_get_is_session (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_history_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SbHistoryRow *self = SB_HISTORY_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      sb_history_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_history_row_class_init (SbHistoryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_history_row_dispose;
  object_class->get_property = sb_history_row_get_property;
  object_class->set_property = sb_history_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IS_SESSION] =
    g_param_spec_boolean ("is-session", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-history-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SbHistoryRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SbHistoryRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SbHistoryRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SbHistoryRow, conflict_label);
}

static void
sb_history_row_init (SbHistoryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
