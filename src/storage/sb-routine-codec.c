/* sb-routine-codec.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Routines as files (data/FORMATS.md): the method's own, a
 * "strongback-routines" list compiled into the app, and each of the user's,
 * a "strongback-routine" file. A step's dose gives only what differs from
 * its exercise's usual dose. Members a newer version added are kept.
 */

#define G_LOG_DOMAIN "sb-routine-codec"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-dose-codec.h"
#include "sb-routine-codec.h"

static const char * const routine_members[] = {
  "format", "version", "id", "name", "description", "place", "steps", NULL
};

static gboolean
read_step (SbJsonReader      *reader,
           SbExerciseLookup   lookup,
           gpointer           lookup_data,
           SbRoutineStep    **step,
           GError           **error)
{
  const char *exercise_id = NULL;
  SbExercise *exercise;
  SbDose dose;
  JsonNode *dose_node;

  if (!sb_json_get_string (reader, "exercise", TRUE, &exercise_id, error))
    return FALSE;

  exercise = lookup (exercise_id, lookup_data);
  if (exercise == NULL)
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_UNKNOWN_EXERCISE,
                   /* Translators: the last %s is an exercise id */
                   _("Could not read “%s”: member “%s.exercise” names an exercise "
                     "Strongback does not know, “%s”"),
                   reader->file, reader->where, exercise_id);
      return FALSE;
    }

  /* A step gives only what differs from the exercise's usual dose. */
  dose = *sb_exercise_get_dose (exercise);
  dose_node = json_object_get_member (reader->object, "dose");
  if (dose_node != NULL)
    {
      g_autofree char *where = g_strdup_printf ("%s.dose", reader->where);
      SbJsonReader dose_reader = { reader->file, where, NULL };

      if (!JSON_NODE_HOLDS_OBJECT (dose_node))
        {
          g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                       _("Could not read “%s”: member “%s” must be %s"),
                       reader->file, where, _("an object"));
          return FALSE;
        }

      dose_reader.object = json_node_get_object (dose_node);
      if (!sb_dose_codec_read (&dose_reader, &dose, error))
        return FALSE;
    }

  *step = sb_routine_step_new (exercise, &dose);
  return TRUE;
}

/**
 * sb_routine_codec_read:
 * @reader: the routine's object
 * @lookup: resolves the steps' exercise ids
 * @builtin: whether this is one of the method's routines, whose texts are
 *   translated
 *
 * Returns: (transfer full): the routine, or %NULL with @error set
 */
SbRoutine *
sb_routine_codec_read (SbJsonReader      *reader,
                       SbExerciseLookup   lookup,
                       gpointer           lookup_data,
                       gboolean           builtin,
                       GError           **error)
{
  const char *id = NULL, *name = NULL, *description = "", *place = "gym";
  g_autoptr(GPtrArray) read_steps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *t_name = NULL;
  g_autofree char *t_description = NULL;
  g_autofree char *extra = NULL;
  JsonArray *steps = NULL;

  if (!sb_json_get_string (reader, "id", TRUE, &id, error) ||
      !sb_json_get_string (reader, "name", TRUE, &name, error) ||
      !sb_json_get_string (reader, "description", FALSE, &description, error) ||
      !sb_json_get_string (reader, "place", FALSE, &place, error) ||
      !sb_json_get_array (reader, "steps", TRUE, &steps, error))
    return NULL;

  if (!sb_routine_is_place (place))
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Could not read “%s”: member “%s” must be %s"),
                   reader->file, "place", _("“gym”, “home” or “desk”"));
      return NULL;
    }

  if (json_array_get_length (steps) == 0)
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Could not read “%s”: member “%s” must be %s"),
                   reader->file, "steps", _("a list of at least one step"));
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      SbRoutineStep *step = NULL;
      g_autofree char *where = NULL;
      SbJsonReader step_reader = { reader->file, NULL, NULL };

      if (!sb_json_element_object (reader, "steps", steps, i, &where, &step_reader.object, error))
        return NULL;

      step_reader.where = where;
      if (!read_step (&step_reader, lookup, lookup_data, &step, error))
        return NULL;

      g_ptr_array_add (read_steps, step);
    }

  t_name = sb_json_dup_text (name, builtin);
  t_description = sb_json_dup_text (description, builtin);
  if (!builtin)
    extra = sb_json_unknown_members_text (reader->object, routine_members);

  return sb_routine_new_full (id, t_name, t_description, place, builtin, extra, read_steps);
}

/**
 * sb_routine_codec_read_data:
 *
 * Reads one of the user's routines: a "strongback-routine" file.
 *
 * Returns: (transfer full): the routine, or %NULL with @error set
 */
SbRoutine *
sb_routine_codec_read_data (const char        *file,
                            const char        *data,
                            gsize              length,
                            SbExerciseLookup   lookup,
                            gpointer           lookup_data,
                            GError           **error)
{
  g_autoptr(JsonObject) root = NULL;
  SbJsonReader reader = { file, NULL, NULL };
  int version;

  root = sb_json_parse_object (file, data, length, "strongback-routine", &version, error);
  if (root == NULL)
    return NULL;

  reader.object = root;
  return sb_routine_codec_read (&reader, lookup, lookup_data, FALSE, error);
}

typedef struct
{
  SbExerciseLookup func;
  gpointer         data;
} Lookup;

static gpointer
read_builtin_routine (SbJsonReader  *item,
                      gpointer       user_data,
                      GError       **error)
{
  Lookup *lookup = user_data;

  return sb_routine_codec_read (item, lookup->func, lookup->data, TRUE, error);
}

/**
 * sb_routine_codec_read_list:
 *
 * Reads the built-in routines: a "strongback-routines" file.
 *
 * Returns: (transfer full) (element-type SbRoutine): the routines, in the
 *   file's order, or %NULL with @error set
 */
GPtrArray *
sb_routine_codec_read_list (const char        *file,
                            const char        *data,
                            gsize              length,
                            SbExerciseLookup   lookup,
                            gpointer           lookup_data,
                            GError           **error)
{
  Lookup closure = { lookup, lookup_data };

  return sb_json_read_list (file, data, length, "strongback-routines", "routines",
                            read_builtin_routine, &closure, error);
}

/**
 * sb_routine_codec_write:
 *
 * Returns: (transfer full): the routine as the text of a
 *   "strongback-routine" file; each step's dose gives only what differs from
 *   its exercise's usual dose
 */
char *
sb_routine_codec_write (SbRoutine *routine)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonArray *steps;
  guint n;

  g_return_val_if_fail (SB_IS_ROUTINE (routine), NULL);

  sb_json_add_members_text (object, sb_routine_get_extra (routine));
  json_object_set_string_member (object, "format", "strongback-routine");
  json_object_set_int_member (object, "version", 1);
  json_object_set_string_member (object, "id", sb_routine_get_id (routine));
  json_object_set_string_member (object, "name", sb_routine_get_name (routine));
  if (sb_routine_get_description (routine)[0] != '\0')
    json_object_set_string_member (object, "description", sb_routine_get_description (routine));
  json_object_set_string_member (object, "place", sb_routine_get_place (routine));

  n = g_list_model_get_n_items (sb_routine_get_steps (routine));
  steps = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (sb_routine_get_steps (routine), i);
      SbExercise *exercise = sb_routine_step_get_exercise (step);
      JsonObject *element = json_object_new ();
      JsonObject *dose = json_object_new ();

      json_object_set_string_member (element, "exercise", sb_exercise_get_id (exercise));
      sb_dose_codec_write (sb_routine_step_get_dose (step), sb_exercise_get_dose (exercise), dose);
      if (json_object_get_size (dose) > 0)
        json_object_set_object_member (element, "dose", dose);
      else
        json_object_unref (dose);
      json_array_add_object_element (steps, element);
    }
  json_object_set_array_member (object, "steps", steps);

  return sb_json_to_string (object);
}

