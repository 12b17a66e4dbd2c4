/* sb-content.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The built-in exercises and routines (data/content/), compiled into the
 * app as a GResource, read into a catalog. Their texts are translated as
 * they are read.
 */

#define G_LOG_DOMAIN "sb-content"

#include "config.h"

#include "sb-content.h"
#include "sb-exercise-codec.h"
#include "sb-routine-codec.h"

#define CONTENT_PATH "/io/github/strongback/Strongback/content/"

static GBytes *
load_content (const char  *name,
              GError     **error)
{
  g_autofree char *path = g_strconcat (CONTENT_PATH, name, NULL);

  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static SbExercise *
lookup_in_table (const char *id,
                 gpointer    table)
{
  return g_hash_table_lookup (table, id);
}

/**
 * sb_content_load_catalog:
 *
 * Returns: (transfer full): a catalog of the built-in exercises and
 *   routines, or %NULL with @error set, which means a broken build
 */
SbCatalog *
sb_content_load_catalog (GError **error)
{
  g_autoptr(GBytes) exercise_bytes = load_content ("exercises.json", error);
  g_autoptr(GBytes) routine_bytes = NULL;
  g_autoptr(GPtrArray) exercises = NULL;
  g_autoptr(GPtrArray) routines = NULL;
  g_autoptr(GHashTable) table = NULL;
  const char *data;
  gsize length;

  if (exercise_bytes == NULL)
    return NULL;

  data = g_bytes_get_data (exercise_bytes, &length);
  exercises = sb_exercise_codec_read_list ("exercises.json", data, length, error);
  if (exercises == NULL)
    return NULL;

  table = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < exercises->len; i++)
    g_hash_table_insert (table, (gpointer) sb_exercise_get_id (g_ptr_array_index (exercises, i)),
                         g_ptr_array_index (exercises, i));

  routine_bytes = load_content ("routines.json", error);
  if (routine_bytes == NULL)
    return NULL;

  data = g_bytes_get_data (routine_bytes, &length);
  routines = sb_routine_codec_read_list ("routines.json", data, length, lookup_in_table, table, error);
  if (routines == NULL)
    return NULL;

  return sb_catalog_new (exercises, routines);
}
