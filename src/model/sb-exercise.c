/* sb-exercise.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One exercise of the catalog: what it is, what it activates and why that
 * helps, how to do it, its default dose and its variations. Immutable once
 * made, but for the user's own video of it.
 */

#define G_LOG_DOMAIN "sb-exercise"

#include "config.h"

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
/**
 * sb_exercise_new:
 * @first_property_name: the first construct property, as for g_object_new()
 *
 * Makes an exercise from its properties (see the storage layer's exercise
 * codec for the files they come from). Lists left unset are empty.
 *
 * Returns: (transfer full): the exercise
 */
SbExercise *
sb_exercise_new (const char *first_property_name,
                 ...)
{
  SbExercise *self;
  va_list args;

  va_start (args, first_property_name);
  self = SB_EXERCISE (g_object_new_valist (SB_TYPE_EXERCISE, first_property_name, args));
  va_end (args);

  return self;
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

/* Lists are never NULL: absent means empty. */
static GStrv
dup_list (const GValue *value)
{
  const char * const *strv = g_value_get_boxed (value);

  return strv != NULL ? g_strdupv ((char **) strv) : g_new0 (char *, 1);
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
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_SUMMARY:
      self->summary = g_value_dup_string (value);
      break;
    case PROP_PRIMARY_MUSCLES:
      self->primary_muscles = dup_list (value);
      break;
    case PROP_SECONDARY_MUSCLES:
      self->secondary_muscles = dup_list (value);
      break;
    case PROP_WHY:
      self->why = g_value_dup_string (value);
      break;
    case PROP_SETUP:
      self->setup = g_value_dup_string (value);
      break;
    case PROP_CUES:
      self->cues = dup_list (value);
      break;
    case PROP_MISTAKES:
      self->mistakes = dup_list (value);
      break;
    case PROP_EQUIPMENT:
      self->equipment = g_value_dup_string (value);
      break;
    case PROP_PROGRESSION:
      self->progression = g_value_dup_string (value);
      break;
    case PROP_DOSE:
      if (g_value_get_boxed (value) != NULL)
        self->dose = *(const SbDose *) g_value_get_boxed (value);
      break;
    case PROP_EASIER:
      self->easier = dup_list (value);
      break;
    case PROP_HARDER:
      self->harder = dup_list (value);
      break;
    case PROP_ALTERNATIVE:
      self->alternative = g_value_dup_string (value);
      break;
    case PROP_DEMO:
      self->demo = g_value_dup_string (value);
      break;
    case PROP_SAFETY:
      self->safety = dup_list (value);
      break;
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
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PRIMARY_MUSCLES] =
    g_param_spec_boxed ("primary-muscles", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECONDARY_MUSCLES] =
    g_param_spec_boxed ("secondary-muscles", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WHY] =
    g_param_spec_string ("why", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETUP] =
    g_param_spec_string ("setup", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUES] =
    g_param_spec_boxed ("cues", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MISTAKES] =
    g_param_spec_boxed ("mistakes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EQUIPMENT] =
    g_param_spec_string ("equipment", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESSION] =
    g_param_spec_string ("progression", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOSE] =
    g_param_spec_boxed ("dose", NULL, NULL, SB_TYPE_DOSE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EASIER] =
    g_param_spec_boxed ("easier", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HARDER] =
    g_param_spec_boxed ("harder", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALTERNATIVE] =
    g_param_spec_string ("alternative", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEMO] =
    g_param_spec_string ("demo", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAFETY] =
    g_param_spec_boxed ("safety", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
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
