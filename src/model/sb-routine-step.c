/* sb-routine-step.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One step of a routine: an exercise and the dose this routine asks for. */

#define G_LOG_DOMAIN "sb-routine-step"

#include "config.h"

#include "sb-routine-step.h"

struct _SbRoutineStep
{
  GObject     parent_instance;

  SbExercise *exercise;
  SbDose      dose;
};

G_DEFINE_FINAL_TYPE (SbRoutineStep, sb_routine_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_EXERCISE,
  PROP_DOSE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

SbRoutineStep *
sb_routine_step_new (SbExercise   *exercise,
                     const SbDose *dose)
{
  g_return_val_if_fail (SB_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (dose != NULL, NULL);

  return g_object_new (SB_TYPE_ROUTINE_STEP,
                       "exercise", exercise,
                       "dose", dose,
                       NULL);
}

SbExercise *
sb_routine_step_get_exercise (SbRoutineStep *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_STEP (self), NULL);
  return self->exercise;
}

const SbDose *
sb_routine_step_get_dose (SbRoutineStep *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE_STEP (self), NULL);
  return &self->dose;
}

static void
sb_routine_step_finalize (GObject *object)
{
  SbRoutineStep *self = SB_ROUTINE_STEP (object);

  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (sb_routine_step_parent_class)->finalize (object);
}

static void
sb_routine_step_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SbRoutineStep *self = SB_ROUTINE_STEP (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      g_value_set_object (value, self->exercise);
      break;
    case PROP_DOSE:
      g_value_set_boxed (value, &self->dose);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_routine_step_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SbRoutineStep *self = SB_ROUTINE_STEP (object);

  switch (prop_id)
    {
    case PROP_EXERCISE:
      self->exercise = g_value_dup_object (value);
      break;
    case PROP_DOSE:
      self->dose = *(const SbDose *) g_value_get_boxed (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_routine_step_class_init (SbRoutineStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sb_routine_step_finalize;
  object_class->get_property = sb_routine_step_get_property;
  object_class->set_property = sb_routine_step_set_property;

  properties[PROP_EXERCISE] =
    g_param_spec_object ("exercise", NULL, NULL, SB_TYPE_EXERCISE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOSE] =
    g_param_spec_boxed ("dose", NULL, NULL, SB_TYPE_DOSE,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_routine_step_init (SbRoutineStep *self)
{
  sb_dose_init_default (&self->dose);
}
