/* sb-history-weeks.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The history as a list with a heading per week: a GListModel of
 * SbWeekHeader and SbSession, newest first, over a model of sessions sorted
 * newest first (the history store). GTK 4.8's list views have no sections,
 * so the headings are items. Changes to the sessions are gathered and applied
 * once the main loop is idle (a history loads thousands at a time), then
 * reported as the smallest range that differs, so that a list keeps its
 * scroll position and selection.
 */

#define G_LOG_DOMAIN "sb-history-weeks"

#include "config.h"

#include "sb-history-weeks.h"

struct _SbHistoryWeeks
{
  GObject     parent_instance;

  GListModel *sessions;
  GPtrArray  *items;     /* SbWeekHeader and SbSession */
  GHashTable *headers;   /* week start (gint64 unix) -> SbWeekHeader, reused */
  guint       rebuild_source;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SbHistoryWeeks, sb_history_weeks, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GQuark
header_quark (void)
{
  return g_quark_from_static_string ("sb-history-weeks-header");
}

static SbWeekHeader *
header_for (SbHistoryWeeks *self,
            SbSession      *session)
{
  g_autoptr(GDateTime) monday = NULL;
  SbWeekHeader *header;
  gint64 key;

  /* a session's start never changes: find its week once */
  header = g_object_get_qdata (G_OBJECT (session), header_quark ());
  if (header != NULL)
    return header;

  monday = sb_week_start (sb_session_get_start_time (session));
  key = g_date_time_to_unix (monday);
  header = g_hash_table_lookup (self->headers, &key);
  if (header == NULL)
    {
      header = sb_week_header_new (monday);
      g_hash_table_insert (self->headers, g_memdup2 (&key, sizeof key), header);
    }

  g_object_set_qdata_full (G_OBJECT (session), header_quark (), g_object_ref (header), g_object_unref);
  return header;
}

static gboolean
rebuild (gpointer data)
{
  SbHistoryWeeks *self = data;
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->items);
  guint n = g_list_model_get_n_items (self->sessions);
  SbWeekHeader *current = NULL;
  guint prefix = 0, suffix = 0;

  self->items = g_ptr_array_new_full (n + n / 3 + 1, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (self->sessions, i);
      SbWeekHeader *header = header_for (self, session);

      if (header != current)
        g_ptr_array_add (self->items, g_object_ref (header));
      current = header;
      g_ptr_array_add (self->items, g_steal_pointer (&session));
    }

  /* report only the range that differs */
  while (prefix < old->len && prefix < self->items->len &&
         g_ptr_array_index (old, prefix) == g_ptr_array_index (self->items, prefix))
    prefix++;
  while (suffix < old->len - prefix && suffix < self->items->len - prefix &&
         g_ptr_array_index (old, old->len - 1 - suffix) ==
         g_ptr_array_index (self->items, self->items->len - 1 - suffix))
    suffix++;

  self->rebuild_source = 0;
  if (old->len != self->items->len || prefix < old->len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old->len - prefix - suffix,
                                self->items->len - prefix - suffix);

  return G_SOURCE_REMOVE;
}

static void
on_sessions_changed (SbHistoryWeeks *self)
{
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild, self, NULL);
}

SbHistoryWeeks *
sb_history_weeks_new (GListModel *sessions)
{
  SbHistoryWeeks *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (sessions), NULL);

  self = g_object_new (SB_TYPE_HISTORY_WEEKS, NULL);
  self->sessions = g_object_ref (sessions);
  g_signal_connect_object (sessions, "items-changed", G_CALLBACK (on_sessions_changed), self, G_CONNECT_SWAPPED);
  rebuild (self);

  return self;
}

static GType
sb_history_weeks_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
sb_history_weeks_get_n_items (GListModel *model)
{
  return SB_HISTORY_WEEKS (model)->items->len;
}

static gpointer
sb_history_weeks_get_item (GListModel *model,
                           guint       position)
{
  SbHistoryWeeks *self = SB_HISTORY_WEEKS (model);

  return position < self->items->len ? g_object_ref (g_ptr_array_index (self->items, position)) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sb_history_weeks_get_item_type;
  iface->get_n_items = sb_history_weeks_get_n_items;
  iface->get_item = sb_history_weeks_get_item;
}

static void
sb_history_weeks_finalize (GObject *object)
{
  SbHistoryWeeks *self = SB_HISTORY_WEEKS (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_object (&self->sessions);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->headers, g_hash_table_unref);

  G_OBJECT_CLASS (sb_history_weeks_parent_class)->finalize (object);
}

static void
sb_history_weeks_class_init (SbHistoryWeeksClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sb_history_weeks_finalize;
}

static void
sb_history_weeks_init (SbHistoryWeeks *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->headers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}
