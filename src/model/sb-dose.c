/* sb-dose.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sb-dose"

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
  double      min;
  double      max;
  gboolean    whole;
} FieldRange;

static const FieldRange ranges[SB_N_DOSE_FIELDS] = {
  [SB_DOSE_FIELD_SETS]         = { 1, 20, TRUE },
  [SB_DOSE_FIELD_REPS]         = { 1, 500, TRUE },
  [SB_DOSE_FIELD_SECONDS]      = { 1, 4 * 3600, TRUE },
  [SB_DOSE_FIELD_METERS]       = { 1, 100000, TRUE },
  [SB_DOSE_FIELD_REST_SECONDS] = { 0, 3600, TRUE },
  [SB_DOSE_FIELD_LOAD_KG]      = { 0, 2000, FALSE },
  [SB_DOSE_FIELD_INCLINE_MIN]  = { 0, 40, FALSE },
  [SB_DOSE_FIELD_INCLINE_MAX]  = { 0, 40, FALSE },
};

/**
 * sb_dose_get_limits:
 * @min: (out): the lowest value a file or the editor accepts
 * @max: (out): the highest
 *
 * Returns: whether the member is a whole number
 */
gboolean
sb_dose_get_limits (SbDoseField  field,
                    double      *min,
                    double      *max)
{
  g_return_val_if_fail (field < SB_N_DOSE_FIELDS, FALSE);

  *min = ranges[field].min;
  *max = ranges[field].max;
  return ranges[field].whole;
}

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
