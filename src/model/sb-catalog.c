/* sb-catalog.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every exercise and routine the app knows, and a GListModel of the
 * routines: the method's own first, in its order, then the user's. The
 * built-in ones are given when the catalog is made (the storage layer reads
 * them from the app's resources); the user's come from a list model of
 * their own (the routine store), which the catalog follows.
 */

#define G_LOG_DOMAIN "sb-catalog"

#include "config.h"

#include "sb-catalog.h"

struct _SbCatalog
{
  GObject     parent_instance;

  GHashTable *exercises_by_id;   /* id -> SbExercise (ref); never changes once made */
  GListStore *exercises;
  GPtrArray  *builtin;           /* SbRoutine */
  GListModel *user;              /* SbRoutine, or NULL */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SbCatalog, sb_catalog, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/**
 * sb_catalog_new:
 * @exercises: (element-type SbExercise): every exercise, in the order to
 *   list them
 * @routines: (element-type SbRoutine): the method's routines, in its order
 *
 * Returns: (transfer full): the catalog, with no routines of the user's yet
 */
SbCatalog *
sb_catalog_new (GPtrArray *exercises,
                GPtrArray *routines)
{
  SbCatalog *self;

  g_return_val_if_fail (exercises != NULL && routines != NULL, NULL);

  self = g_object_new (SB_TYPE_CATALOG, NULL);
  for (guint i = 0; i < exercises->len; i++)
    {
      SbExercise *exercise = g_ptr_array_index (exercises, i);

      g_hash_table_insert (self->exercises_by_id, (gpointer) sb_exercise_get_id (exercise),
                           g_object_ref (exercise));
      g_list_store_append (self->exercises, exercise);
    }
  for (guint i = 0; i < routines->len; i++)
    g_ptr_array_add (self->builtin, g_object_ref (g_ptr_array_index (routines, i)));

  return self;
}

/**
 * sb_catalog_get_exercises:
 *
 * Returns: (transfer none): every exercise, as #SbExercise
 */
GListModel *
sb_catalog_get_exercises (SbCatalog *self)
{
  g_return_val_if_fail (SB_IS_CATALOG (self), NULL);
  return G_LIST_MODEL (self->exercises);
}

/**
 * sb_catalog_ref_exercise_table:
 *
 * Returns: (transfer full): the exercises by id, as #SbExercise; never
 *   changed, so that readers in other threads may use it
 */
GHashTable *
sb_catalog_ref_exercise_table (SbCatalog *self)
{
  g_return_val_if_fail (SB_IS_CATALOG (self), NULL);
  return g_hash_table_ref (self->exercises_by_id);
}

/**
 * sb_catalog_lookup_exercise:
 *
 * Returns: (transfer none) (nullable): the exercise with @id
 */
SbExercise *
sb_catalog_lookup_exercise (SbCatalog  *self,
                            const char *id)
{
  g_return_val_if_fail (SB_IS_CATALOG (self), NULL);
  return g_hash_table_lookup (self->exercises_by_id, id);
}

/**
 * sb_catalog_lookup_routine:
 *
 * Returns: (transfer none) (nullable): the routine with @id, built-in or
 *   the user's
 */
SbRoutine *
sb_catalog_lookup_routine (SbCatalog  *self,
                           const char *id)
{
  g_return_val_if_fail (SB_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->builtin->len; i++)
    if (g_str_equal (sb_routine_get_id (g_ptr_array_index (self->builtin, i)), id))
      return g_ptr_array_index (self->builtin, i);

  for (guint i = 0; self->user != NULL && i < g_list_model_get_n_items (self->user); i++)
    {
      g_autoptr(SbRoutine) routine = g_list_model_get_item (self->user, i);

      /* the user model holds its own reference */
      if (g_str_equal (sb_routine_get_id (routine), id))
        return routine;
    }

  return NULL;
}

/**
 * sb_catalog_id_taken:
 *
 * Returns: whether @id names an exercise or a routine already, so that a
 *   new routine must take another
 */
gboolean
sb_catalog_id_taken (SbCatalog  *self,
                     const char *id)
{
  g_return_val_if_fail (SB_IS_CATALOG (self), TRUE);

  return g_hash_table_contains (self->exercises_by_id, id) ||
         sb_catalog_lookup_routine (self, id) != NULL;
}

/**
 * sb_catalog_get_user_routines:
 *
 * Returns: (transfer none) (nullable): the user's routines
 */
GListModel *
sb_catalog_get_user_routines (SbCatalog *self)
{
  g_return_val_if_fail (SB_IS_CATALOG (self), NULL);
  return self->user;
}

static void
on_user_items_changed (SbCatalog  *self,
                       guint       position,
                       guint       removed,
                       guint       added,
                       GListModel *model)
{
  g_list_model_items_changed (G_LIST_MODEL (self), self->builtin->len + position, removed, added);
}

/**
 * sb_catalog_set_user_routines:
 * @routines: (nullable): the user's routines, in the order to list them
 *
 * Lists @routines after the built-in ones, following their changes.
 */
void
sb_catalog_set_user_routines (SbCatalog  *self,
                              GListModel *routines)
{
  guint removed, added;

  g_return_if_fail (SB_IS_CATALOG (self));
  g_return_if_fail (routines == NULL || G_IS_LIST_MODEL (routines));

  if (self->user == routines)
    return;

  removed = self->user ? g_list_model_get_n_items (self->user) : 0;
  if (self->user != NULL)
    g_signal_handlers_disconnect_by_data (self->user, self);
  g_set_object (&self->user, routines);
  if (routines != NULL)
    g_signal_connect_object (routines, "items-changed", G_CALLBACK (on_user_items_changed),
                             self, G_CONNECT_SWAPPED);
  added = routines ? g_list_model_get_n_items (routines) : 0;

  if (removed > 0 || added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), self->builtin->len, removed, added);
}

static GType
sb_catalog_get_item_type (GListModel *model)
{
  return SB_TYPE_ROUTINE;
}

static guint
sb_catalog_get_n_items (GListModel *model)
{
  SbCatalog *self = SB_CATALOG (model);

  return self->builtin->len + (self->user ? g_list_model_get_n_items (self->user) : 0);
}

static gpointer
sb_catalog_get_item (GListModel *model,
                     guint       position)
{
  SbCatalog *self = SB_CATALOG (model);

  if (position < self->builtin->len)
    return g_object_ref (g_ptr_array_index (self->builtin, position));
  if (self->user == NULL)
    return NULL;

  return g_list_model_get_item (self->user, position - self->builtin->len);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = sb_catalog_get_item_type;
  iface->get_n_items = sb_catalog_get_n_items;
  iface->get_item = sb_catalog_get_item;
}

static void
sb_catalog_dispose (GObject *object)
{
  SbCatalog *self = SB_CATALOG (object);

  if (self->user != NULL)
    g_signal_handlers_disconnect_by_data (self->user, self);
  g_clear_object (&self->user);

  G_OBJECT_CLASS (sb_catalog_parent_class)->dispose (object);
}

static void
sb_catalog_finalize (GObject *object)
{
  SbCatalog *self = SB_CATALOG (object);

  g_clear_pointer (&self->builtin, g_ptr_array_unref);
  g_clear_pointer (&self->exercises_by_id, g_hash_table_unref);
  g_clear_object (&self->exercises);

  G_OBJECT_CLASS (sb_catalog_parent_class)->finalize (object);
}

static void
sb_catalog_class_init (SbCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_catalog_dispose;
  object_class->finalize = sb_catalog_finalize;
}

static void
sb_catalog_init (SbCatalog *self)
{
  /* The table owns its exercises: readers in other threads may hold it
   * after the catalog is gone. */
  self->exercises_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->exercises = g_list_store_new (SB_TYPE_EXERCISE);
  self->builtin = g_ptr_array_new_with_free_func (g_object_unref);
}
