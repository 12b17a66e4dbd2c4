/* sb-dose-codec.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A dose as the "dose" object of exercise and routine files
 * (data/FORMATS.md). The limits are the model's (sb_dose_get_limits()), so
 * a file never holds what the editor would refuse, nor the other way round.
 */

#define G_LOG_DOMAIN "sb-dose-codec"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-dose-codec.h"

static double
limit (SbDoseField field,
       gboolean    high)
{
  double min, max;

  sb_dose_get_limits (field, &min, &max);
  return high ? max : min;
}

#define RANGE(f) limit (f, FALSE), limit (f, TRUE)
#define INT_RANGE(f) (int) limit (f, FALSE), (int) limit (f, TRUE)

/**
 * sb_dose_codec_read:
 * @self: (inout): the dose to change; members absent from the JSON keep
 *   their value, so a routine step can override only what differs from the
 *   exercise's default
 *
 * Reads a "dose" object (data/FORMATS.md).
 */
gboolean
sb_dose_codec_read (SbJsonReader  *reader,
                    SbDose        *self,
                    GError       **error)
{
  const char *kind = NULL;
  JsonArray *pair = NULL;
  double incline_min, incline_max;

  sb_dose_get_limits (SB_DOSE_FIELD_INCLINE_MIN, &incline_min, &incline_max);

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
      !sb_json_get_double (reader, "load-kg", FALSE, RANGE (SB_DOSE_FIELD_LOAD_KG), &self->load_kg, error) ||
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
      ok = sb_json_get_double (&range_reader, "low", TRUE, incline_min, incline_max, &self->incline_min, error) &&
           sb_json_get_double (&range_reader, "high", TRUE, self->incline_min, incline_max, &self->incline_max, error);
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
 * sb_dose_codec_write:
 * @base: (nullable): the dose that the reader starts from (the exercise's
 *   usual dose); only members that differ from it are written
 *
 * Writes the dose as the members of a "dose" object (data/FORMATS.md).
 */
void
sb_dose_codec_write (const SbDose *self,
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

