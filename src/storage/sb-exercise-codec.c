/* sb-exercise-codec.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The built-in exercises: a "strongback-exercises" file (data/FORMATS.md)
 * read into SbExercise objects, their texts translated as they are read.
 */

#define G_LOG_DOMAIN "sb-exercise-codec"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-dose-codec.h"
#include "sb-exercise-codec.h"

/* Built-in texts are shown translated. */
static void
translate_list (GStrv    strv,
                gboolean translate)
{
  for (guint i = 0; translate && strv != NULL && strv[i] != NULL; i++)
    {
      char *original = strv[i];

      strv[i] = sb_json_dup_text (original, TRUE);
      g_free (original);
    }
}

/**
 * sb_exercise_codec_read:
 * @reader: the exercise's object in a catalog file
 * @translate: whether the texts are built-in ones, to translate
 *
 * Returns: (transfer full): the exercise, or %NULL with @error set
 */
SbExercise *
sb_exercise_codec_read (SbJsonReader  *reader,
                        gboolean       translate,
                        GError       **error)
{
  const char *id = NULL, *name = NULL, *summary = NULL, *why = NULL, *setup = NULL;
  const char *equipment = NULL, *progression = NULL, *alternative = NULL, *demo = NULL;
  g_auto(GStrv) primary = NULL, secondary = NULL, cues = NULL, mistakes = NULL;
  g_auto(GStrv) easier = NULL, harder = NULL, safety = NULL;
  g_autofree char *dose_where = NULL;
  g_autofree char *t_name = NULL, *t_summary = NULL, *t_why = NULL, *t_setup = NULL;
  g_autofree char *t_equipment = NULL, *t_progression = NULL;
  SbDose dose;
  JsonNode *dose_node;

  if (!sb_json_get_string (reader, "id", TRUE, &id, error) ||
      !sb_json_get_string (reader, "name", TRUE, &name, error) ||
      !sb_json_get_string (reader, "summary", TRUE, &summary, error) ||
      !sb_json_get_strv (reader, "primary-muscles", TRUE, &primary, error) ||
      !sb_json_get_strv (reader, "secondary-muscles", FALSE, &secondary, error) ||
      !sb_json_get_string (reader, "why", TRUE, &why, error) ||
      !sb_json_get_string (reader, "setup", TRUE, &setup, error) ||
      !sb_json_get_strv (reader, "cues", TRUE, &cues, error) ||
      !sb_json_get_strv (reader, "mistakes", TRUE, &mistakes, error) ||
      !sb_json_get_string (reader, "equipment", TRUE, &equipment, error) ||
      !sb_json_get_string (reader, "progression", TRUE, &progression, error) ||
      !sb_json_get_strv (reader, "easier", FALSE, &easier, error) ||
      !sb_json_get_strv (reader, "harder", FALSE, &harder, error) ||
      !sb_json_get_string (reader, "alternative", FALSE, &alternative, error) ||
      !sb_json_get_string (reader, "demo", FALSE, &demo, error) ||
      !sb_json_get_strv (reader, "safety", FALSE, &safety, error))
    return NULL;

  dose_where = reader->where ? g_strdup_printf ("%s.dose", reader->where) : g_strdup ("dose");
  dose_node = json_object_get_member (reader->object, "dose");
  if (dose_node == NULL || !JSON_NODE_HOLDS_OBJECT (dose_node))
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Could not read “%s”: member “%s” must be %s"),
                   reader->file, dose_where, _("an object"));
      return NULL;
    }

  sb_dose_init_default (&dose);
  {
    SbJsonReader dose_reader = { reader->file, dose_where, json_node_get_object (dose_node) };

    if (!sb_dose_codec_read (&dose_reader, &dose, error))
      return NULL;
  }

  translate_list (primary, translate);
  translate_list (secondary, translate);
  translate_list (cues, translate);
  translate_list (mistakes, translate);
  translate_list (safety, translate);
  t_name = sb_json_dup_text (name, translate);
  t_summary = sb_json_dup_text (summary, translate);
  t_why = sb_json_dup_text (why, translate);
  t_setup = sb_json_dup_text (setup, translate);
  t_equipment = sb_json_dup_text (equipment, translate);
  t_progression = sb_json_dup_text (progression, translate);

  return sb_exercise_new ("id", id,
                          "name", t_name,
                          "summary", t_summary,
                          "primary-muscles", primary,
                          "secondary-muscles", secondary,
                          "why", t_why,
                          "setup", t_setup,
                          "cues", cues,
                          "mistakes", mistakes,
                          "equipment", t_equipment,
                          "progression", t_progression,
                          "dose", &dose,
                          "easier", easier,
                          "harder", harder,
                          "alternative", alternative,
                          "demo", demo,
                          "safety", safety,
                          NULL);
}

static gpointer
read_builtin_exercise (SbJsonReader  *item,
                       gpointer       user_data,
                       GError       **error)
{
  return sb_exercise_codec_read (item, TRUE, error);
}

/**
 * sb_exercise_codec_read_list:
 *
 * Reads the built-in exercises: a "strongback-exercises" file. Their texts
 * are translated as they are read.
 *
 * Returns: (transfer full) (element-type SbExercise): the exercises, in the
 *   file's order, or %NULL with @error set
 */
GPtrArray *
sb_exercise_codec_read_list (const char  *file,
                             const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) exercises = NULL;

  exercises = sb_json_read_list (file, data, length, "strongback-exercises", "exercises",
                                 read_builtin_exercise, NULL, error);
  if (exercises == NULL)
    return NULL;

  for (guint i = 0; i < exercises->len; i++)
    {
      SbExercise *exercise = g_ptr_array_index (exercises, i);

      if (!g_hash_table_add (ids, (gpointer) sb_exercise_get_id (exercise)))
        {
          g_autofree char *where = g_strdup_printf ("exercises[%u].id", i);

          g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                       _("Could not read “%s”: member “%s” must be %s"),
                       file, where, _("an id no other exercise has"));
          return NULL;
        }
    }

  return g_steal_pointer (&exercises);
}
