/* sb-exercise.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One exercise of the catalog: what it is, what it activates and why that
 * helps, how to do it, its default dose and its variations. Immutable once
 * read; the built-in texts are translated as they are read.
 */

#define G_LOG_DOMAIN "sb-exercise"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-exercise.h"

struct _SbExercise
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  char       *summary;
  GStrv       primary_muscles;
  GStrv       secondary_muscles;
  char       *why;
  char       *setup;
  GStrv       cues;
  GStrv       mistakes;
  char       *equipment;
  char       *progression;
  SbDose      dose;
  GStrv       easier;
  GStrv       harder;
  char       *alternative;
  char       *demo;
  GStrv       safety;
  GFile      *custom_demo;   /* the user's own video, if any */
};

G_DEFINE_FINAL_TYPE (SbExercise, sb_exercise, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_PRIMARY_MUSCLES,
  PROP_SECONDARY_MUSCLES,
  PROP_WHY,
  PROP_SETUP,
  PROP_CUES,
  PROP_MISTAKES,
  PROP_EQUIPMENT,
  PROP_PROGRESSION,
  PROP_DOSE,
  PROP_EASIER,
  PROP_HARDER,
  PROP_ALTERNATIVE,
  PROP_DEMO,
  PROP_SAFETY,
  PROP_CUSTOM_DEMO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
/* Lists are never NULL once read: absent means empty. */
static void
finish_list (GStrv    *strv,
             gboolean  translate)
{
  if (*strv == NULL)
    {
      *strv = g_new0 (char *, 1);
      return;
    }

  for (guint i = 0; translate && (*strv)[i] != NULL; i++)
    {
      char *original = (*strv)[i];

      (*strv)[i] = sb_json_dup_text (original, TRUE);
      g_free (original);
    }
}

/**
 * sb_exercise_new_from_json:
 * @reader: the exercise's object in a catalog file
 * @translate: whether the texts are built-in ones, to translate
 *
 * Returns: (transfer full): the exercise, or %NULL with @error set
 */
SbExercise *
sb_exercise_new_from_json (SbJsonReader  *reader,
                           gboolean       translate,
                           GError       **error)
{
  g_autoptr(SbExercise) self = g_object_new (SB_TYPE_EXERCISE, NULL);
  const char *id = NULL, *name = NULL, *summary = NULL, *why = NULL, *setup = NULL;
  const char *equipment = NULL, *progression = NULL, *alternative = NULL, *demo = NULL;
  g_autofree char *dose_where = NULL;
  JsonObject *dose = NULL;
  JsonNode *dose_node;

  if (!sb_json_get_string (reader, "id", TRUE, &id, error) ||
      !sb_json_get_string (reader, "name", TRUE, &name, error) ||
      !sb_json_get_string (reader, "summary", TRUE, &summary, error) ||
      !sb_json_get_strv (reader, "primary-muscles", TRUE, &self->primary_muscles, error) ||
      !sb_json_get_strv (reader, "secondary-muscles", FALSE, &self->secondary_muscles, error) ||
      !sb_json_get_string (reader, "why", TRUE, &why, error) ||
      !sb_json_get_string (reader, "setup", TRUE, &setup, error) ||
      !sb_json_get_strv (reader, "cues", TRUE, &self->cues, error) ||
      !sb_json_get_strv (reader, "mistakes", TRUE, &self->mistakes, error) ||
      !sb_json_get_string (reader, "equipment", TRUE, &equipment, error) ||
      !sb_json_get_string (reader, "progression", TRUE, &progression, error) ||
      !sb_json_get_strv (reader, "easier", FALSE, &self->easier, error) ||
      !sb_json_get_strv (reader, "harder", FALSE, &self->harder, error) ||
      !sb_json_get_string (reader, "alternative", FALSE, &alternative, error) ||
      !sb_json_get_string (reader, "demo", FALSE, &demo, error) ||
      !sb_json_get_strv (reader, "safety", FALSE, &self->safety, error))
    return NULL;

  self->id = g_strdup (id);
  self->name = sb_json_dup_text (name, translate);
  self->summary = sb_json_dup_text (summary, translate);
  self->why = sb_json_dup_text (why, translate);
  self->setup = sb_json_dup_text (setup, translate);
  self->equipment = sb_json_dup_text (equipment, translate);
  self->progression = sb_json_dup_text (progression, translate);
  self->alternative = g_strdup (alternative);
  self->demo = g_strdup (demo);

  finish_list (&self->primary_muscles, translate);
  finish_list (&self->secondary_muscles, translate);
  finish_list (&self->cues, translate);
  finish_list (&self->mistakes, translate);
  finish_list (&self->easier, FALSE);
  finish_list (&self->harder, FALSE);
  finish_list (&self->safety, translate);

  dose_node = json_object_get_member (reader->object, "dose");
  if (dose_node == NULL || !JSON_NODE_HOLDS_OBJECT (dose_node))
    {
      g_autofree char *path = reader->where ? g_strdup_printf ("%s.dose", reader->where)
                                            : g_strdup ("dose");

      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Could not read “%s”: member “%s” must be %s"),
                   reader->file, path, _("an object"));
      return NULL;
    }

  dose = json_node_get_object (dose_node);
  dose_where = reader->where ? g_strdup_printf ("%s.dose", reader->where) : g_strdup ("dose");
  {
    SbJsonReader dose_reader = { reader->file, dose_where, dose };

    if (!sb_dose_read (&dose_reader, &self->dose, error))
      return NULL;
  }

  return g_steal_pointer (&self);
}

static gpointer
read_builtin_exercise (SbJsonReader  *item,
                       gpointer       user_data,
                       GError       **error)
{
  return sb_exercise_new_from_json (item, TRUE, error);
}

/**
 * sb_exercise_list_new_from_data:
 *
 * Reads the built-in exercises: a "strongback-exercises" file. Their texts
 * are translated as they are read.
 *
 * Returns: (transfer full) (element-type SbExercise): the exercises, in the
 *   file's order, or %NULL with @error set
 */
GPtrArray *
sb_exercise_list_new_from_data (const char  *file,
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

      if (!g_hash_table_add (ids, exercise->id))
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

const char *
sb_exercise_get_id (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return self->id;
}

const char *
sb_exercise_get_name (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return self->name;
}

const char *
sb_exercise_get_summary (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return self->summary;
}

const char * const *
sb_exercise_get_primary_muscles (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return (const char * const *) self->primary_muscles;
}

const char * const *
sb_exercise_get_secondary_muscles (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return (const char * const *) self->secondary_muscles;
}

const char *
sb_exercise_get_why (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return self->why;
}

const char *
sb_exercise_get_setup (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return self->setup;
}

const char * const *
sb_exercise_get_cues (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return (const char * const *) self->cues;
}

const char * const *
sb_exercise_get_mistakes (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return (const char * const *) self->mistakes;
}

const char *
sb_exercise_get_equipment (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return self->equipment;
}

const char *
sb_exercise_get_progression (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return self->progression;
}

const SbDose *
sb_exercise_get_dose (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return &self->dose;
}

const char * const *
sb_exercise_get_easier (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return (const char * const *) self->easier;
}

const char * const *
sb_exercise_get_harder (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return (const char * const *) self->harder;
}

const char *
sb_exercise_get_alternative (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return self->alternative;
}

const char *
sb_exercise_get_demo (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return self->demo;
}

const char * const *
sb_exercise_get_safety (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return (const char * const *) self->safety;
}

/**
 * sb_exercise_get_custom_demo:
 *
 * Returns: (transfer none) (nullable): the user's own video of this
 *   exercise, shown instead of the demonstration (see #SbDemoLibrary)
 */
GFile *
sb_exercise_get_custom_demo (SbExercise *self)
{
  g_return_val_if_fail (SB_IS_EXERCISE (self), NULL);
  return self->custom_demo;
}

void
sb_exercise_set_custom_demo (SbExercise *self,
                             GFile      *file)
{
  g_return_if_fail (SB_IS_EXERCISE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (self->custom_demo == file ||
      (self->custom_demo != NULL && file != NULL && g_file_equal (self->custom_demo, file)))
    return;

  g_set_object (&self->custom_demo, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOM_DEMO]);
}

static void
sb_exercise_finalize (GObject *object)
{
  SbExercise *self = SB_EXERCISE (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->summary);
  g_strfreev (self->primary_muscles);
  g_strfreev (self->secondary_muscles);
  g_free (self->why);
  g_free (self->setup);
  g_strfreev (self->cues);
  g_strfreev (self->mistakes);
  g_free (self->equipment);
  g_free (self->progression);
  g_strfreev (self->easier);
  g_strfreev (self->harder);
  g_free (self->alternative);
  g_free (self->demo);
  g_strfreev (self->safety);
  g_clear_object (&self->custom_demo);

  G_OBJECT_CLASS (sb_exercise_parent_class)->finalize (object);
}

static void
sb_exercise_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SbExercise *self = SB_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_PRIMARY_MUSCLES:
      g_value_set_boxed (value, self->primary_muscles);
      break;
    case PROP_SECONDARY_MUSCLES:
      g_value_set_boxed (value, self->secondary_muscles);
      break;
    case PROP_WHY:
      g_value_set_string (value, self->why);
      break;
    case PROP_SETUP:
      g_value_set_string (value, self->setup);
      break;
    case PROP_CUES:
      g_value_set_boxed (value, self->cues);
      break;
    case PROP_MISTAKES:
      g_value_set_boxed (value, self->mistakes);
      break;
    case PROP_EQUIPMENT:
      g_value_set_string (value, self->equipment);
      break;
    case PROP_PROGRESSION:
      g_value_set_string (value, self->progression);
      break;
    case PROP_DOSE:
      g_value_set_boxed (value, &self->dose);
      break;
    case PROP_EASIER:
      g_value_set_boxed (value, self->easier);
      break;
    case PROP_HARDER:
      g_value_set_boxed (value, self->harder);
      break;
    case PROP_ALTERNATIVE:
      g_value_set_string (value, self->alternative);
      break;
    case PROP_DEMO:
      g_value_set_string (value, self->demo);
      break;
    case PROP_SAFETY:
      g_value_set_boxed (value, self->safety);
      break;
    case PROP_CUSTOM_DEMO:
      g_value_set_object (value, self->custom_demo);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_exercise_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SbExercise *self = SB_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_CUSTOM_DEMO:
      sb_exercise_set_custom_demo (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_exercise_class_init (SbExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sb_exercise_finalize;
  object_class->get_property = sb_exercise_get_property;
  object_class->set_property = sb_exercise_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRIMARY_MUSCLES] =
    g_param_spec_boxed ("primary-muscles", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECONDARY_MUSCLES] =
    g_param_spec_boxed ("secondary-muscles", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHY] =
    g_param_spec_string ("why", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETUP] =
    g_param_spec_string ("setup", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUES] =
    g_param_spec_boxed ("cues", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MISTAKES] =
    g_param_spec_boxed ("mistakes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EQUIPMENT] =
    g_param_spec_string ("equipment", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESSION] =
    g_param_spec_string ("progression", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOSE] =
    g_param_spec_boxed ("dose", NULL, NULL, SB_TYPE_DOSE,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EASIER] =
    g_param_spec_boxed ("easier", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HARDER] =
    g_param_spec_boxed ("harder", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALTERNATIVE] =
    g_param_spec_string ("alternative", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEMO] =
    g_param_spec_string ("demo", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAFETY] =
    g_param_spec_boxed ("safety", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOM_DEMO] =
    g_param_spec_object ("custom-demo", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_exercise_init (SbExercise *self)
{
  sb_dose_init_default (&self->dose);
}
