/* sb-routine.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A routine: an ordered list of steps, each an exercise and a dose. The
 * built-in ones come from the method (data/content/routines.json); the
 * user's own are files in their routines folder.
 */

#define G_LOG_DOMAIN "sb-routine"

#include "config.h"

#include "sb-routine.h"

/* Moving from one exercise to the next takes about this long: from one
 * machine to the next, or from one move to the next by a desk. */
#define CHANGEOVER_SECONDS      30
#define DESK_CHANGEOVER_SECONDS 10

struct _SbRoutine
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  char       *description;
  char       *place;
  GListStore *steps;
  gboolean    builtin;
  char       *extra;    /* members of a newer version, as JSON text, written back as read */
};

G_DEFINE_FINAL_TYPE (SbRoutine, sb_routine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_PLACE,
  PROP_BUILTIN,
  PROP_STEPS,
  PROP_ESTIMATED_MINUTES,
  N_PROPS
};

enum {
  CHANGED,   /* (): the user edited the routine; time to save it */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const places[] = { "gym", "home", "desk", NULL };


/**
 * sb_routine_new_full:
 * @place: (nullable): where the routine is done ("gym", "home" or "desk")
 * @builtin: whether it is one of the method's routines, which cannot be
 *   edited
 * @extra: (nullable): members of a newer file format, as the text of a
 *   JSON object, written back as they were read
 * @steps: (element-type SbRoutineStep): its steps, in order
 *
 * Makes a routine whole, as read from a file.
 *
 * Returns: (transfer full): the routine
 */
SbRoutine *
sb_routine_new_full (const char *id,
                     const char *name,
                     const char *description,
                     const char *place,
                     gboolean    builtin,
                     const char *extra,
                     GPtrArray  *steps)
{
  SbRoutine *self;

  g_return_val_if_fail (id != NULL && name != NULL, NULL);
  g_return_val_if_fail (place == NULL || sb_routine_is_place (place), NULL);

  self = g_object_new (SB_TYPE_ROUTINE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->description = g_strdup (description != NULL ? description : "");
  self->place = g_strdup (place != NULL ? place : "gym");
  self->builtin = builtin;
  self->extra = g_strdup (extra);
  if (steps != NULL)
    g_list_store_splice (self->steps, 0, 0, steps->pdata, steps->len);

  return self;
}

/**
 * sb_routine_is_place:
 *
 * Returns: whether @place names a place a routine is done: "gym", "home"
 *   or "desk"
 */
gboolean
sb_routine_is_place (const char *place)
{
  return place != NULL && g_strv_contains (places, place);
}

/* Editing ------------------------------------------------------------- */

/**
 * sb_routine_new:
 *
 * Makes an empty routine of the user's own.
 *
 * Returns: (transfer full): the routine
 */
SbRoutine *
sb_routine_new (const char *id,
                const char *name,
                const char *place)
{
  SbRoutine *self;

  g_return_val_if_fail (id != NULL && name != NULL, NULL);
  g_return_val_if_fail (place == NULL || sb_routine_is_place (place), NULL);

  self = g_object_new (SB_TYPE_ROUTINE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->description = g_strdup ("");
  self->place = g_strdup (place != NULL ? place : "gym");

  return self;
}

/**
 * sb_routine_duplicate:
 *
 * Copies any routine, built-in or not, into a new one of the user's own
 * with the same steps, doses and texts (in the language shown now).
 *
 * Returns: (transfer full): the copy
 */
SbRoutine *
sb_routine_duplicate (SbRoutine  *self,
                      const char *id,
                      const char *name)
{
  SbRoutine *copy;
  guint n;

  g_return_val_if_fail (SB_IS_ROUTINE (self), NULL);

  copy = sb_routine_new (id, name, self->place);
  g_free (copy->description);
  copy->description = g_strdup (self->description);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (G_LIST_MODEL (self->steps), i);

      g_list_store_append (copy->steps, step);
    }

  return copy;
}

/**
 * sb_routine_equal:
 *
 * Returns: whether both routines would be written as the same file
 */
gboolean
sb_routine_equal (SbRoutine *a,
                  SbRoutine *b)
{
  guint n;

  g_return_val_if_fail (SB_IS_ROUTINE (a) && SB_IS_ROUTINE (b), FALSE);

  if (a == b)
    return TRUE;

  n = g_list_model_get_n_items (G_LIST_MODEL (a->steps));
  if (!g_str_equal (a->id, b->id) ||
      !g_str_equal (a->name, b->name) ||
      !g_str_equal (a->description, b->description) ||
      !g_str_equal (a->place, b->place) ||
      g_strcmp0 (a->extra, b->extra) != 0 ||
      n != g_list_model_get_n_items (G_LIST_MODEL (b->steps)))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbRoutineStep) step_a = g_list_model_get_item (G_LIST_MODEL (a->steps), i);
      g_autoptr(SbRoutineStep) step_b = g_list_model_get_item (G_LIST_MODEL (b->steps), i);

      if (!g_str_equal (sb_exercise_get_id (sb_routine_step_get_exercise (step_a)),
                        sb_exercise_get_id (sb_routine_step_get_exercise (step_b))) ||
          !sb_dose_equal (sb_routine_step_get_dose (step_a), sb_routine_step_get_dose (step_b)))
        return FALSE;
    }

  return TRUE;
}

/**
 * sb_routine_get_extra:
 *
 * Returns: (nullable): members of the file this version does not know, as
 *   the text of a JSON object
 */
const char *
sb_routine_get_extra (SbRoutine *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE (self), NULL);
  return self->extra;
}

static void
emit_changed (SbRoutine  *self,
              GParamSpec *pspec)
{
  if (pspec != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
steps_changed (SbRoutine *self)
{
  emit_changed (self, properties[PROP_ESTIMATED_MINUTES]);
}

static void
set_text (SbRoutine   *self,
          char       **member,
          const char  *value,
          GParamSpec  *pspec)
{
  g_return_if_fail (!self->builtin);
  g_return_if_fail (value != NULL);

  if (g_strcmp0 (*member, value) == 0)
    return;

  g_free (*member);
  *member = g_strdup (value);
  emit_changed (self, pspec);
}

void
sb_routine_set_name (SbRoutine  *self,
                     const char *name)
{
  g_return_if_fail (SB_IS_ROUTINE (self));
  set_text (self, &self->name, name, properties[PROP_NAME]);
}

void
sb_routine_set_description (SbRoutine  *self,
                            const char *description)
{
  g_return_if_fail (SB_IS_ROUTINE (self));
  set_text (self, &self->description, description, properties[PROP_DESCRIPTION]);
}

void
sb_routine_set_place (SbRoutine  *self,
                      const char *place)
{
  g_return_if_fail (SB_IS_ROUTINE (self));
  g_return_if_fail (place != NULL && g_strv_contains (places, place));
  set_text (self, &self->place, place, properties[PROP_PLACE]);
}

void
sb_routine_insert_step (SbRoutine    *self,
                        guint         position,
                        SbExercise   *exercise,
                        const SbDose *dose)
{
  g_autoptr(SbRoutineStep) step = NULL;

  g_return_if_fail (SB_IS_ROUTINE (self));
  g_return_if_fail (!self->builtin);
  g_return_if_fail (SB_IS_EXERCISE (exercise));

  step = sb_routine_step_new (exercise, dose != NULL ? dose : sb_exercise_get_dose (exercise));
  g_list_store_insert (self->steps, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->steps))), step);
  steps_changed (self);
}

void
sb_routine_remove_step (SbRoutine *self,
                        guint      position)
{
  g_return_if_fail (SB_IS_ROUTINE (self));
  g_return_if_fail (!self->builtin);
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->steps)));

  g_list_store_remove (self->steps, position);
  steps_changed (self);
}

/**
 * sb_routine_move_step:
 * @to: the position the step has once moved
 */
void
sb_routine_move_step (SbRoutine *self,
                      guint      from,
                      guint      to)
{
  g_autoptr(SbRoutineStep) step = NULL;
  guint n;

  g_return_if_fail (SB_IS_ROUTINE (self));
  g_return_if_fail (!self->builtin);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  g_return_if_fail (from < n && to < n);

  if (from == to)
    return;

  step = g_list_model_get_item (G_LIST_MODEL (self->steps), from);
  g_list_store_remove (self->steps, from);
  g_list_store_insert (self->steps, to, step);
  steps_changed (self);
}

void
sb_routine_set_step_dose (SbRoutine    *self,
                          guint         position,
                          const SbDose *dose)
{
  g_autoptr(SbRoutineStep) old = NULL;
  g_autoptr(SbRoutineStep) step = NULL;

  g_return_if_fail (SB_IS_ROUTINE (self));
  g_return_if_fail (!self->builtin);
  g_return_if_fail (dose != NULL);
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->steps)));

  old = g_list_model_get_item (G_LIST_MODEL (self->steps), position);
  if (sb_dose_equal (sb_routine_step_get_dose (old), dose))
    return;

  /* Steps are values: a new dose is a new step in the same place. */
  step = sb_routine_step_new (sb_routine_step_get_exercise (old), dose);
  g_list_store_splice (self->steps, position, 1, (gpointer *) &step, 1);
  steps_changed (self);
}

const char *
sb_routine_get_id (SbRoutine *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE (self), NULL);
  return self->id;
}

const char *
sb_routine_get_name (SbRoutine *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE (self), NULL);
  return self->name;
}

const char *
sb_routine_get_description (SbRoutine *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE (self), NULL);
  return self->description;
}

/**
 * sb_routine_get_place:
 *
 * Returns: where the routine is done: "gym", "home" or "desk"
 */
const char *
sb_routine_get_place (SbRoutine *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE (self), NULL);
  return self->place;
}

gboolean
sb_routine_get_builtin (SbRoutine *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE (self), FALSE);
  return self->builtin;
}

/**
 * sb_routine_get_steps:
 *
 * Returns: (transfer none): the steps, as #SbRoutineStep, in order
 */
GListModel *
sb_routine_get_steps (SbRoutine *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE (self), NULL);
  return G_LIST_MODEL (self->steps);
}

/**
 * sb_routine_get_estimated_minutes:
 *
 * Returns: about how long the routine takes, in whole minutes, rounded up
 */
guint
sb_routine_get_estimated_minutes (SbRoutine *self)
{
  guint n, seconds = 0;

  g_return_val_if_fail (SB_IS_ROUTINE (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (G_LIST_MODEL (self->steps), i);

      seconds += sb_dose_estimate_seconds (sb_routine_step_get_dose (step));
    }
  seconds += (n > 0 ? n - 1 : 0) * (g_strcmp0 (self->place, "desk") == 0 ? DESK_CHANGEOVER_SECONDS
                                                                        : CHANGEOVER_SECONDS);

  return (seconds + 59) / 60;
}

static void
sb_routine_finalize (GObject *object)
{
  SbRoutine *self = SB_ROUTINE (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);
  g_free (self->place);
  g_clear_object (&self->steps);
  g_free (self->extra);

  G_OBJECT_CLASS (sb_routine_parent_class)->finalize (object);
}

static void
sb_routine_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SbRoutine *self = SB_ROUTINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_BUILTIN:
      g_value_set_boolean (value, self->builtin);
      break;
    case PROP_STEPS:
      g_value_set_object (value, self->steps);
      break;
    case PROP_ESTIMATED_MINUTES:
      g_value_set_uint (value, sb_routine_get_estimated_minutes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_routine_class_init (SbRoutineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sb_routine_finalize;
  object_class->get_property = sb_routine_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUILTIN] =
    g_param_spec_boolean ("builtin", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEPS] =
    g_param_spec_object ("steps", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ESTIMATED_MINUTES] =
    g_param_spec_uint ("estimated-minutes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sb_routine_init (SbRoutine *self)
{
  self->steps = g_list_store_new (SB_TYPE_ROUTINE_STEP);
}
