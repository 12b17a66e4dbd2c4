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

#include <glib/gi18n.h>

#include "sb-routine.h"

/* Moving from one exercise to the next takes about this long. */
#define CHANGEOVER_SECONDS 30

struct _SbRoutine
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  char       *description;
  char       *place;
  GListStore *steps;
  gboolean    builtin;
  GFile      *file;     /* where a user routine was read from or goes */
  JsonObject *extra;    /* members of a newer version, written back as read */
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
      if (!sb_dose_read (&dose_reader, &dose, error))
        return FALSE;
    }

  *step = sb_routine_step_new (exercise, &dose);
  return TRUE;
}

/**
 * sb_routine_new_from_json:
 * @reader: the routine's object
 * @lookup: resolves the steps' exercise ids
 * @builtin: whether this is one of the method's routines, whose texts are
 *   translated
 *
 * Returns: (transfer full): the routine, or %NULL with @error set
 */
SbRoutine *
sb_routine_new_from_json (SbJsonReader      *reader,
                          SbExerciseLookup   lookup,
                          gpointer           lookup_data,
                          gboolean           builtin,
                          GError           **error)
{
  g_autoptr(SbRoutine) self = g_object_new (SB_TYPE_ROUTINE, NULL);
  const char *id = NULL, *name = NULL, *description = "", *place = "gym";
  JsonArray *steps = NULL;

  if (!sb_json_get_string (reader, "id", TRUE, &id, error) ||
      !sb_json_get_string (reader, "name", TRUE, &name, error) ||
      !sb_json_get_string (reader, "description", FALSE, &description, error) ||
      !sb_json_get_string (reader, "place", FALSE, &place, error) ||
      !sb_json_get_array (reader, "steps", TRUE, &steps, error))
    return NULL;

  if (!g_strv_contains (places, place))
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

  self->id = g_strdup (id);
  self->name = sb_json_dup_text (name, builtin);
  self->description = sb_json_dup_text (description, builtin);
  self->place = g_strdup (place);
  self->builtin = builtin;
  if (!builtin)
    self->extra = sb_json_unknown_members (reader->object, routine_members);

  for (guint i = 0; i < json_array_get_length (steps); i++)
    {
      g_autoptr(SbRoutineStep) step = NULL;
      g_autofree char *where = NULL;
      SbJsonReader step_reader = { reader->file, NULL, NULL };

      if (!sb_json_element_object (reader, "steps", steps, i, &where, &step_reader.object, error))
        return NULL;

      step_reader.where = where;
      if (!read_step (&step_reader, lookup, lookup_data, &step, error))
        return NULL;

      g_list_store_append (self->steps, step);
    }

  return g_steal_pointer (&self);
}

/**
 * sb_routine_new_from_data:
 *
 * Reads one of the user's routines: a "strongback-routine" file.
 *
 * Returns: (transfer full): the routine, or %NULL with @error set
 */
SbRoutine *
sb_routine_new_from_data (const char        *file,
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
  return sb_routine_new_from_json (&reader, lookup, lookup_data, FALSE, error);
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

  return sb_routine_new_from_json (item, lookup->func, lookup->data, TRUE, error);
}

/**
 * sb_routine_list_new_from_data:
 *
 * Reads the built-in routines: a "strongback-routines" file.
 *
 * Returns: (transfer full) (element-type SbRoutine): the routines, in the
 *   file's order, or %NULL with @error set
 */
GPtrArray *
sb_routine_list_new_from_data (const char        *file,
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
  g_return_val_if_fail (place == NULL || g_strv_contains (places, place), NULL);

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
 * sb_routine_to_data:
 *
 * Returns: (transfer full): the routine as the text of a
 *   "strongback-routine" file; each step's dose gives only what differs from
 *   its exercise's usual dose
 */
char *
sb_routine_to_data (SbRoutine *self)
{
  g_autoptr(JsonObject) object = json_object_new ();
  JsonArray *steps;
  guint n;

  g_return_val_if_fail (SB_IS_ROUTINE (self), NULL);

  sb_json_add_members (object, self->extra);
  json_object_set_string_member (object, "format", "strongback-routine");
  json_object_set_int_member (object, "version", 1);
  json_object_set_string_member (object, "id", self->id);
  json_object_set_string_member (object, "name", self->name);
  if (self->description[0] != '\0')
    json_object_set_string_member (object, "description", self->description);
  json_object_set_string_member (object, "place", self->place);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  steps = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbRoutineStep) step = g_list_model_get_item (G_LIST_MODEL (self->steps), i);
      SbExercise *exercise = sb_routine_step_get_exercise (step);
      JsonObject *element = json_object_new ();
      JsonObject *dose = json_object_new ();

      json_object_set_string_member (element, "exercise", sb_exercise_get_id (exercise));
      sb_dose_write (sb_routine_step_get_dose (step), sb_exercise_get_dose (exercise), dose);
      if (json_object_get_size (dose) > 0)
        json_object_set_object_member (element, "dose", dose);
      else
        json_object_unref (dose);
      json_array_add_object_element (steps, element);
    }
  json_object_set_array_member (object, "steps", steps);

  return sb_json_to_string (object);
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
  g_autofree char *data_a = NULL;
  g_autofree char *data_b = NULL;

  g_return_val_if_fail (SB_IS_ROUTINE (a) && SB_IS_ROUTINE (b), FALSE);

  if (a == b)
    return TRUE;

  data_a = sb_routine_to_data (a);
  data_b = sb_routine_to_data (b);
  return g_str_equal (data_a, data_b);
}

/**
 * sb_routine_get_file:
 *
 * Returns: (transfer none) (nullable): the file of a user routine
 */
GFile *
sb_routine_get_file (SbRoutine *self)
{
  g_return_val_if_fail (SB_IS_ROUTINE (self), NULL);
  return self->file;
}

void
sb_routine_set_file (SbRoutine *self,
                     GFile     *file)
{
  g_return_if_fail (SB_IS_ROUTINE (self));
  g_set_object (&self->file, file);
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
  seconds += (n > 0 ? n - 1 : 0) * CHANGEOVER_SECONDS;

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
  g_clear_object (&self->file);
  g_clear_pointer (&self->extra, json_object_unref);

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
