/* sb-dose.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SB_DOSE_KIND_REPS,
  SB_DOSE_KIND_TIME,
  SB_DOSE_KIND_DISTANCE,
} SbDoseKind;

#define SB_TYPE_DOSE (sb_dose_get_type ())

/**
 * SbDose:
 * @kind: what a set is counted in
 * @sets: how many sets
 * @reps: repetitions per set (reps), per side when @per_side
 * @seconds: length of a set (time)
 * @meters: length of a set (distance)
 * @rest_seconds: rest after each set
 * @load_kg: load, or -1 when none is prescribed
 * @incline_min: lowest treadmill incline in percent, or -1
 * @incline_max: highest treadmill incline in percent, or -1
 * @tempo_lift: seconds to lift, 0 when no tempo is prescribed
 * @tempo_hold: seconds to hold and squeeze at the top
 * @tempo_lower: seconds to lower
 * @per_side: the reps are done on each side
 *
 * How much of an exercise to do: a plain value.
 */
typedef struct
{
  SbDoseKind kind;
  int        sets;
  int        reps;
  int        seconds;
  int        meters;
  int        rest_seconds;
  double     load_kg;
  double     incline_min;
  double     incline_max;
  int        tempo_lift;
  int        tempo_hold;
  int        tempo_lower;
  gboolean   per_side;
} SbDose;

/* The members of a dose that the routine editor lets the user type. */
typedef enum
{
  SB_DOSE_FIELD_SETS,
  SB_DOSE_FIELD_REPS,
  SB_DOSE_FIELD_SECONDS,
  SB_DOSE_FIELD_METERS,
  SB_DOSE_FIELD_REST_SECONDS,
  SB_DOSE_FIELD_LOAD_KG,
  SB_DOSE_FIELD_INCLINE_MIN,
  SB_DOSE_FIELD_INCLINE_MAX,
  SB_N_DOSE_FIELDS
} SbDoseField;

GType    sb_dose_get_type         (void) G_GNUC_CONST;
SbDose  *sb_dose_copy             (const SbDose  *self);
void     sb_dose_free             (SbDose        *self);
void     sb_dose_init_default     (SbDose        *self);
guint    sb_dose_estimate_seconds (const SbDose  *self);
gboolean sb_dose_equal            (const SbDose  *a,
                                   const SbDose  *b);
double   sb_dose_get_field        (const SbDose  *self,
                                   SbDoseField    field);
gboolean sb_dose_set_field        (SbDose        *self,
                                   SbDoseField    field,
                                   const char    *text,
                                   char         **message);
gboolean sb_dose_get_limits       (SbDoseField    field,
                                   double        *min,
                                   double        *max);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbDose, sb_dose_free)

G_END_DECLS
