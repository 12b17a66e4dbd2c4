/* sb-routine-sidebar.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The routines, the method's own first, then the user's by name, with a
 * search by name. Choosing one (a click, Enter, or Enter in the search for
 * the first match) emits ::routine-activated; the selection follows what
 * the window shows (#SbRoutineSidebar:selected). */

#define G_LOG_DOMAIN "sb-routine-sidebar"

#include "config.h"

#include "sb-routine-row.h"
#include "sb-routine-sidebar.h"

struct _SbRoutineSidebar
{
  AdwBin              parent_instance;

  SbContext          *context;
  GtkStringFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;

  GtkSearchBar       *search_bar;
  GtkEditable        *search_entry;
  GtkListView        *list;
};

G_DEFINE_FINAL_TYPE (SbRoutineSidebar, sb_routine_sidebar, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SELECTED,
  PROP_SEARCH_MODE,
  N_PROPS
};

enum {
  ROUTINE_ACTIVATED,   /* (SbRoutine *routine): chosen, to be shown */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

SbContext *
sb_routine_sidebar_get_context (SbRoutineSidebar *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_SIDEBAR (self), NULL);
  return self->context;
}

void
sb_routine_sidebar_set_context (SbRoutineSidebar *self,
                                SbContext        *context)
{
  g_return_if_fail (SB_IS_ROUTINE_SIDEBAR (self));
  g_return_if_fail (SB_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (sb_context_get_catalog (context)));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * sb_routine_sidebar_get_selected:
 *
 * Returns: (transfer none) (nullable): the routine selected
 */
SbRoutine *
sb_routine_sidebar_get_selected (SbRoutineSidebar *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_SIDEBAR (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

/**
 * sb_routine_sidebar_select:
 *
 * Selects @routine, showing every routine first: one hidden by the search
 * could not be.
 */
void
sb_routine_sidebar_select (SbRoutineSidebar *self,
                           SbRoutine        *routine)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  g_return_if_fail (SB_IS_ROUTINE_SIDEBAR (self));

  gtk_editable_set_text (self->search_entry, "");
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SbRoutine) item = g_list_model_get_item (model, i);

      if (item == routine)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

gboolean
sb_routine_sidebar_get_search_mode (SbRoutineSidebar *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_SIDEBAR (self), FALSE);
  return gtk_search_bar_get_search_mode (self->search_bar);
}

void
sb_routine_sidebar_set_search_mode (SbRoutineSidebar *self,
                                    gboolean          search_mode)
{
  g_return_if_fail (SB_IS_ROUTINE_SIDEBAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
  if (search_mode)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * sb_routine_sidebar_set_key_capture_widget:
 * @widget: (nullable): where typing starts a search
 */
void
sb_routine_sidebar_set_key_capture_widget (SbRoutineSidebar *self,
                                           GtkWidget        *widget)
{
  g_return_if_fail (SB_IS_ROUTINE_SIDEBAR (self));
  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

static void
activate_position (SbRoutineSidebar *self,
                   guint             position)
{
  g_autoptr(SbRoutine) routine = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (routine == NULL)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  g_signal_emit (self, signals[ROUTINE_ACTIVATED], 0, routine);
}

/* Enter in the search opens the first match. */
static void
on_search_activate (SbRoutineSidebar *self)
{
  activate_position (self, 0);
}

static void
on_selected_changed (SbRoutineSidebar *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
on_search_mode_changed (SbRoutineSidebar *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
sb_routine_sidebar_dispose (GObject *object)
{
  SbRoutineSidebar *self = SB_ROUTINE_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SB_TYPE_ROUTINE_SIDEBAR);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (sb_routine_sidebar_parent_class)->dispose (object);
}

static void
sb_routine_sidebar_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SbRoutineSidebar *self = SB_ROUTINE_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SELECTED:
      g_value_set_object (value, sb_routine_sidebar_get_selected (self));
      break;
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, sb_routine_sidebar_get_search_mode (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_routine_sidebar_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SbRoutineSidebar *self = SB_ROUTINE_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      sb_routine_sidebar_set_context (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_MODE:
      sb_routine_sidebar_set_search_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_routine_sidebar_class_init (SbRoutineSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sb_routine_sidebar_dispose;
  object_class->get_property = sb_routine_sidebar_get_property;
  object_class->set_property = sb_routine_sidebar_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, SB_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, SB_TYPE_ROUTINE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ROUTINE_ACTIVATED] =
    g_signal_new ("routine-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SB_TYPE_ROUTINE);

  g_type_ensure (SB_TYPE_ROUTINE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/strongback/Strongback/ui/sb-routine-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, SbRoutineSidebar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SbRoutineSidebar, list);
}

static void
sb_routine_sidebar_init (SbRoutineSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* the search filters the routines by name */
  self->filter = gtk_string_filter_new (gtk_property_expression_new (SB_TYPE_ROUTINE, NULL, "name"));
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  g_object_bind_property (self->search_entry, "text", self->filter, "search", G_BINDING_SYNC_CREATE);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));

  gtk_search_bar_connect_entry (self->search_bar, self->search_entry);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate",
                           G_CALLBACK (on_search_activate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "activate",
                           G_CALLBACK (activate_position), self, G_CONNECT_SWAPPED);
}
