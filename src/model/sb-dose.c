/* sb-dose.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sb-dose.h"

G_DEFINE_BOXED_TYPE (SbDose, sb_dose, sb_dose_copy, sb_dose_free)

/* A repetition without a prescribed tempo takes about this long. */
#define DEFAULT_REP_SECONDS 3
/* A brisk walk covers about this many metres a minute. */
#define WALK_METERS_PER_MINUTE 90

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

  if (!sb_json_get_int (reader, "sets", FALSE, 1, 20, &self->sets, error) ||
      !sb_json_get_int (reader, "reps", FALSE, 1, 500, &self->reps, error) ||
      !sb_json_get_int (reader, "seconds", FALSE, 1, 4 * 3600, &self->seconds, error) ||
      !sb_json_get_int (reader, "meters", FALSE, 1, 100000, &self->meters, error) ||
      !sb_json_get_int (reader, "rest-seconds", FALSE, 0, 3600, &self->rest_seconds, error) ||
      !sb_json_get_double (reader, "load-kg", FALSE, 0, 2000, &self->load_kg, error) ||
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
