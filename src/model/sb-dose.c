/* sb-dose.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sb-dose.h"

G_DEFINE_BOXED_TYPE (SbDose, sb_dose, sb_dose_copy, sb_dose_free)

/* A repetition without a prescribed tempo takes about this long. */
#define DEFAULT_REP_SECONDS 3
/* A brisk walk covers about this many metres a minute. */
#define WALK_METERS_PER_MINUTE 90

/* The limits of each member, shared by the file reader and the editor so
 * that the editor never accepts what the reader would refuse. */
typedef struct
{
  const char *member;
  double      min;
  double      max;
  gboolean    whole;
} FieldRange;

static const FieldRange ranges[SB_N_DOSE_FIELDS] = {
  [SB_DOSE_FIELD_SETS]         = { "sets", 1, 20, TRUE },
  [SB_DOSE_FIELD_REPS]         = { "reps", 1, 500, TRUE },
  [SB_DOSE_FIELD_SECONDS]      = { "seconds", 1, 4 * 3600, TRUE },
  [SB_DOSE_FIELD_METERS]       = { "meters", 1, 100000, TRUE },
  [SB_DOSE_FIELD_REST_SECONDS] = { "rest-seconds", 0, 3600, TRUE },
  [SB_DOSE_FIELD_LOAD_KG]      = { "load-kg", 0, 2000, FALSE },
  [SB_DOSE_FIELD_INCLINE_MIN]  = { "incline-percent", 0, 40, FALSE },
  [SB_DOSE_FIELD_INCLINE_MAX]  = { "incline-percent", 0, 40, FALSE },
};

#define INT_RANGE(f) (int) ranges[f].min, (int) ranges[f].max

SbDose *
sb_dose_copy (const SbDose *self)
{
  return g_memdup2 (self, sizeof *self);
}

void
sb_dose_free (SbDose *self)
{
  g_free (self);
}

void
sb_dose_init_default (SbDose *self)
{
  *self = (SbDose) {
    .kind = SB_DOSE_KIND_REPS,
    .sets = 1,
    .reps = 10,
    .load_kg = -1,
    .incline_min = -1,
    .incline_max = -1,
  };
}

/**
 * sb_dose_read:
 * @self: (inout): the dose to change; members absent from the JSON keep
 *   their value, so a routine step can override only what differs from the
 *   exercise's default
 *
 * Reads a "dose" object (data/FORMATS.md).
 */
gboolean
sb_dose_read (SbJsonReader  *reader,
              SbDose        *self,
              GError       **error)
{
  const char *kind = NULL;
  JsonArray *pair = NULL;

  if (!sb_json_get_string (reader, "kind", FALSE, &kind, error))
    return FALSE;

  if (kind == NULL)
    ;
  else if (g_str_equal (kind, "reps"))
    self->kind = SB_DOSE_KIND_REPS;
  else if (g_str_equal (kind, "time"))
    self->kind = SB_DOSE_KIND_TIME;
  else if (g_str_equal (kind, "distance"))
    self->kind = SB_DOSE_KIND_DISTANCE;
  else
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Could not read “%s”: member “%s.kind” must be %s"),
                   reader->file, reader->where, _("“reps”, “time” or “distance”"));
      return FALSE;
    }

  if (!sb_json_get_int (reader, "sets", FALSE, INT_RANGE (SB_DOSE_FIELD_SETS), &self->sets, error) ||
      !sb_json_get_int (reader, "reps", FALSE, INT_RANGE (SB_DOSE_FIELD_REPS), &self->reps, error) ||
      !sb_json_get_int (reader, "seconds", FALSE, INT_RANGE (SB_DOSE_FIELD_SECONDS), &self->seconds, error) ||
      !sb_json_get_int (reader, "meters", FALSE, INT_RANGE (SB_DOSE_FIELD_METERS), &self->meters, error) ||
      !sb_json_get_int (reader, "rest-seconds", FALSE, INT_RANGE (SB_DOSE_FIELD_REST_SECONDS),
                        &self->rest_seconds, error) ||
      !sb_json_get_double (reader, "load-kg", FALSE, ranges[SB_DOSE_FIELD_LOAD_KG].min,
                           ranges[SB_DOSE_FIELD_LOAD_KG].max, &self->load_kg, error) ||
      !sb_json_get_boolean (reader, "per-side", &self->per_side, error))
    return FALSE;

  /* [low, high] */
  if (!sb_json_get_array (reader, "incline-percent", FALSE, &pair, error))
    return FALSE;
  if (pair != NULL)
    {
      JsonObject *range = json_object_new ();
      SbJsonReader range_reader = { reader->file, NULL, range };
      g_autofree char *where = g_strdup_printf ("%s.incline-percent", reader->where);
      gboolean ok;

      range_reader.where = where;
      if (json_array_get_length (pair) == 2)
        {
          json_object_set_member (range, "low", json_node_copy (json_array_get_element (pair, 0)));
          json_object_set_member (range, "high", json_node_copy (json_array_get_element (pair, 1)));
        }
      ok = sb_json_get_double (&range_reader, "low", TRUE, 0, 40, &self->incline_min, error) &&
           sb_json_get_double (&range_reader, "high", TRUE, self->incline_min, 40, &self->incline_max, error);
      json_object_unref (range);
      if (!ok)
        return FALSE;
    }

  /* [lift, hold, lower] in seconds */
  pair = NULL;
  if (!sb_json_get_array (reader, "tempo", FALSE, &pair, error))
    return FALSE;
  if (pair != NULL)
    {
      int *phases[] = { &self->tempo_lift, &self->tempo_hold, &self->tempo_lower };

      for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
        {
          JsonNode *node = i < json_array_get_length (pair) ? json_array_get_element (pair, i) : NULL;

          if (json_array_get_length (pair) != 3 ||
              json_node_get_value_type (node) != G_TYPE_INT64 ||
              json_node_get_int (node) < 0 || json_node_get_int (node) > 30)
            {
              g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                           _("Could not read “%s”: member “%s.tempo” must be %s"),
                           reader->file, reader->where,
                           _("three whole numbers of seconds: lift, hold and lower"));
              return FALSE;
            }
          *phases[i] = (int) json_node_get_int (node);
        }
    }

  return TRUE;
}

/**
 * sb_dose_estimate_seconds:
 *
 * Returns: about how long the whole dose takes, rests between sets included
 */
guint
sb_dose_estimate_seconds (const SbDose *self)
{
  guint work;

  switch (self->kind)
    {
    case SB_DOSE_KIND_TIME:
      work = self->seconds;
      break;

    case SB_DOSE_KIND_DISTANCE:
      work = self->meters * 60 / WALK_METERS_PER_MINUTE;
      break;

    case SB_DOSE_KIND_REPS:
    default:
      {
        guint per_rep = self->tempo_lift + self->tempo_hold + self->tempo_lower;

        work = self->reps * (per_rep > 0 ? per_rep : DEFAULT_REP_SECONDS);
        if (self->per_side)
          work *= 2;
      }
      break;
    }

  return self->sets * work + (self->sets - 1) * self->rest_seconds;
}

gboolean
sb_dose_equal (const SbDose *a,
               const SbDose *b)
{
  return a->kind == b->kind &&
         a->sets == b->sets &&
         a->reps == b->reps &&
         a->seconds == b->seconds &&
         a->meters == b->meters &&
         a->rest_seconds == b->rest_seconds &&
         a->load_kg == b->load_kg &&
         a->incline_min == b->incline_min &&
         a->incline_max == b->incline_max &&
         a->tempo_lift == b->tempo_lift &&
         a->tempo_hold == b->tempo_hold &&
         a->tempo_lower == b->tempo_lower &&
         !a->per_side == !b->per_side;
}

static const char *
kind_name (SbDoseKind kind)
{
  switch (kind)
    {
    case SB_DOSE_KIND_TIME:
      return "time";
    case SB_DOSE_KIND_DISTANCE:
      return "distance";
    case SB_DOSE_KIND_REPS:
    default:
      return "reps";
    }
}

/**
 * sb_dose_write:
 * @base: (nullable): the dose that the reader starts from (the exercise's
 *   usual dose); only members that differ from it are written
 *
 * Writes the dose as the members of a "dose" object (data/FORMATS.md).
 */
void
sb_dose_write (const SbDose *self,
               const SbDose *base,
               JsonObject   *object)
{
#define DIFFERS(member) (base == NULL || self->member != base->member)

  if (DIFFERS (kind))
    json_object_set_string_member (object, "kind", kind_name (self->kind));
  if (DIFFERS (sets))
    json_object_set_int_member (object, "sets", self->sets);
  if (DIFFERS (reps) && self->reps > 0)
    json_object_set_int_member (object, "reps", self->reps);
  if (DIFFERS (seconds) && self->seconds > 0)
    json_object_set_int_member (object, "seconds", self->seconds);
  if (DIFFERS (meters) && self->meters > 0)
    json_object_set_int_member (object, "meters", self->meters);
  if (DIFFERS (rest_seconds))
    json_object_set_int_member (object, "rest-seconds", self->rest_seconds);
  /* An absent member means "as the exercise says", so a load or incline
   * taken away from one the exercise prescribes is written as 0. */
  if (DIFFERS (load_kg) && (self->load_kg >= 0 || base != NULL))
    json_object_set_double_member (object, "load-kg", MAX (self->load_kg, 0));
  if ((DIFFERS (incline_min) || DIFFERS (incline_max)) &&
      (self->incline_min >= 0 || base != NULL))
    {
      JsonArray *pair = json_array_new ();

      json_array_add_double_element (pair, MAX (self->incline_min, 0));
      json_array_add_double_element (pair, MAX (self->incline_max, 0));
      json_object_set_array_member (object, "incline-percent", pair);
    }
  if ((DIFFERS (tempo_lift) || DIFFERS (tempo_hold) || DIFFERS (tempo_lower)) &&
      self->tempo_lift >= 0 && self->tempo_hold >= 0 && self->tempo_lower >= 0)
    {
      JsonArray *tempo = json_array_new ();

      json_array_add_int_element (tempo, self->tempo_lift);
      json_array_add_int_element (tempo, self->tempo_hold);
      json_array_add_int_element (tempo, self->tempo_lower);
      json_object_set_array_member (object, "tempo", tempo);
    }
  if (base == NULL || !self->per_side != !base->per_side)
    json_object_set_boolean_member (object, "per-side", self->per_side);

#undef DIFFERS
}

/**
 * sb_dose_get_field:
 *
 * Returns: the member's value; -1 for a load or incline not prescribed
 */
double
sb_dose_get_field (const SbDose *self,
                   SbDoseField   field)
{
  switch (field)
    {
    case SB_DOSE_FIELD_SETS:
      return self->sets;
    case SB_DOSE_FIELD_REPS:
      return self->reps;
    case SB_DOSE_FIELD_SECONDS:
      return self->seconds;
    case SB_DOSE_FIELD_METERS:
      return self->meters;
    case SB_DOSE_FIELD_REST_SECONDS:
      return self->rest_seconds;
    case SB_DOSE_FIELD_LOAD_KG:
      return self->load_kg;
    case SB_DOSE_FIELD_INCLINE_MIN:
      return self->incline_min;
    case SB_DOSE_FIELD_INCLINE_MAX:
      return self->incline_max;
    case SB_N_DOSE_FIELDS:
    default:
      g_return_val_if_reached (-1);
    }
}

static char *
range_message (SbDoseField field)
{
  const FieldRange *range = &ranges[field];
  const char *what;

  switch (field)
    {
    case SB_DOSE_FIELD_SETS:
      what = _("Sets");
      break;
    case SB_DOSE_FIELD_REPS:
      what = _("Repetitions");
      break;
    case SB_DOSE_FIELD_SECONDS:
      what = _("Seconds of work");
      break;
    case SB_DOSE_FIELD_METERS:
      what = _("Meters");
      break;
    case SB_DOSE_FIELD_REST_SECONDS:
      what = _("Seconds of rest");
      break;
    case SB_DOSE_FIELD_LOAD_KG:
      what = _("The load");
      break;
    case SB_DOSE_FIELD_INCLINE_MIN:
    case SB_DOSE_FIELD_INCLINE_MAX:
      what = _("The incline");
      break;
    case SB_N_DOSE_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }

  if (range->whole)
    /* Translators: e.g. "Sets must be a whole number from 1 to 20" */
    return g_strdup_printf (_("%s must be a whole number from %d to %d"),
                            what, (int) range->min, (int) range->max);

  /* Translators: e.g. "The load must be a number from 0 to 2000, or empty for none" */
  return g_strdup_printf (_("%s must be a number from %g to %g, or empty for none"),
                          what, range->min, range->max);
}

/**
 * sb_dose_set_field:
 * @text: what the user typed
 * @message: (out) (optional): why @text was refused, in words for the user
 *
 * Sets one member from text typed in the editor, with the same limits as a
 * routine file. Load and incline accept a decimal point or comma, and
 * empty text for "none".
 *
 * Returns: whether @text was accepted; if not, @self is unchanged
 */
gboolean
sb_dose_set_field (SbDose      *self,
                   SbDoseField  field,
                   const char  *text,
                   char       **message)
{
  const FieldRange *range;
  g_autofree char *clean = NULL;
  char *end = NULL;
  double value;

  g_return_val_if_fail (field < SB_N_DOSE_FIELDS, FALSE);

  range = &ranges[field];
  clean = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (clean[0] == '\0' && !range->whole)
    value = -1;
  else if (range->whole)
    {
      gint64 whole;

      if (!g_ascii_string_to_signed (clean, 10, (gint64) range->min, (gint64) range->max,
                                     &whole, NULL))
        goto refuse;
      value = whole;
    }
  else
    {
      g_strdelimit (clean, ",", '.');
      value = g_ascii_strtod (clean, &end);
      if (end == clean || *end != '\0' || !isfinite (value) ||
          value < range->min || value > range->max)
        goto refuse;
    }

  switch (field)
    {
    case SB_DOSE_FIELD_SETS:
      self->sets = (int) value;
      break;
    case SB_DOSE_FIELD_REPS:
      self->reps = (int) value;
      break;
    case SB_DOSE_FIELD_SECONDS:
      self->seconds = (int) value;
      break;
    case SB_DOSE_FIELD_METERS:
      self->meters = (int) value;
      break;
    case SB_DOSE_FIELD_REST_SECONDS:
      self->rest_seconds = (int) value;
      break;
    case SB_DOSE_FIELD_LOAD_KG:
      self->load_kg = value;
      break;
    case SB_DOSE_FIELD_INCLINE_MIN:
      /* A range needs both ends: a lone end is the whole range. */
      if (value >= 0 && (self->incline_max < 0 || self->incline_max < value))
        self->incline_max = value;
      if (value < 0)
        self->incline_max = -1;
      self->incline_min = value;
      break;
    case SB_DOSE_FIELD_INCLINE_MAX:
      if (value >= 0 && (self->incline_min < 0 || self->incline_min > value))
        self->incline_min = value;
      if (value < 0)
        self->incline_min = -1;
      self->incline_max = value;
      break;
    case SB_N_DOSE_FIELDS:
    default:
      g_assert_not_reached ();
    }

  return TRUE;

refuse:
  if (message != NULL)
    *message = range_message (field);
  return FALSE;
}
