/* sb-history-panel.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The History sidebar: every session, newest first, under the heading of
 * its week; "No Sessions Yet" when there is none; and, above either, how
 * many files could not be read, with a button to their folder. Opening a
 * session emits ::session-activated. */

#define G_LOG_DOMAIN "sb-history-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "model/sb-history-weeks.h"
#include "sb-history-panel.h"
#include "sb-history-row.h"

struct _SbHistoryPanel
{
  AdwBin          parent_instance;

  SbContext      *context;
  SbHistoryWeeks *weeks;

  GtkRevealer    *problems_revealer;
  GtkLabel       *problems_label;
  GtkStack       *stack;
  GtkListView    *list;
};

G_DEFINE_FINAL_TYPE (SbHistoryPanel, sb_history_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  SESSION_ACTIVATED,   /* (SbSession *session): to be shown */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GListModel *
problems (SbHistoryPanel *self)
{
  return sb_history_store_get_problems (sb_context_get_history (self->context));
}

static void
update (SbHistoryPanel *self)
{
  guint n_problems = g_list_model_get_n_items (problems (self));

  gtk_stack_set_visible_child_name (self->stack,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->weeks)) > 0 ? "list" : "empty");

  if (n_problems > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u history file could not be read. It was set aside, unchanged.",
                                                            "%u history files could not be read. They were set aside, unchanged.",
                                                            n_problems),
                                               n_problems);
      gtk_label_set_label (self->problems_label, text);
    }
  gtk_revealer_set_reveal_child (self->problems_revealer, n_problems > 0);
}

SbContext *
sb_history_panel_get_context (SbHistoryPanel *self)
{
  g_return_val_if_fail (SB_IS_HISTORY_PANEL (self), NULL);
  return self->context;
}

void
sb_history_panel_set_context (SbHistoryPanel *self,
                              SbContext      *context)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (SB_IS_HISTORY_PANEL (self));
  g_return_if_fail (SB_IS_CONTEXT (context));

  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (problems (self), self);
      g_signal_handlers_disconnect_by_data (self->weeks, self);
    }
  if (!g_set_object (&self->context, context))
    return;

  g_clear_object (&self->weeks);
  self->weeks = sb_history_weeks_new (G_LIST_MODEL (sb_context_get_history (context)));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->weeks)));
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));

  g_signal_connect_object (self->weeks, "items-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (problems (self), "items-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
on_activate (SbHistoryPanel *self,
             guint           position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->weeks), position);

  if (SB_IS_SESSION (item))
    g_signal_emit (self, signals[SESSION_ACTIVATED], 0, item);
}

static void
open_quarantine_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  SbHistoryPanel *self = SB_HISTORY_PANEL (widget);
  g_autoptr(GFile) folder = sb_history_store_get_quarantine (sb_context_get_history (self->context));
  g_autofree char *uri = g_file_get_uri (folder);
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

static void
sb_history_panel_dispose (GObject *object)
{
  SbHistoryPanel *self = SB_HISTORY_PANEL (object);

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (problems (self), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_HISTORY_PANEL);
  g_clear_object (&self->weeks);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sb_history_panel_parent_class)->dispose (object);
}

static void
sb_history_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SbHistoryPanel *self = SB_HISTORY_PANEL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_history_panel_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SbHistoryPanel *self = SB_HISTORY_PANEL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      sb_history_panel_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_history_panel_class_init (SbHistoryPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_history_panel_dispose;
  object_class->get_property = sb_history_panel_get_property;
  object_class->set_property = sb_history_panel_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SESSION_ACTIVATED] =
    g_signal_new ("session-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_SESSION);

  g_type_ensure (SB_TYPE_HISTORY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-history-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, SbHistoryPanel, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, SbHistoryPanel, problems_label);
  gtk_widget_class_bind_template_child (widget_class, SbHistoryPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, SbHistoryPanel, list);

  gtk_widget_class_install_action (widget_class, "history.open-quarantine", NULL, open_quarantine_action);
}

static void
sb_history_panel_init (SbHistoryPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->list, "activate", G_CALLBACK (on_activate), self, G_CONNECT_SWAPPED);
}
