/* sb-set-record.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One set as it was performed: a plain value. */

#define G_LOG_DOMAIN "sb-set-record"

#include "config.h"

#include "sb-set-record.h"

G_DEFINE_BOXED_TYPE (SbSetRecord, sb_set_record, sb_set_record_copy, sb_set_record_free)

SbSetRecord *
sb_set_record_new (const char *exercise_id)
{
  SbSetRecord *self = g_new0 (SbSetRecord, 1);

  self->exercise_id = g_strdup (exercise_id);
  self->reps = -1;
  self->seconds = -1;
  self->load_kg = -1;
  self->incline_percent = -1;

  return self;
}

SbSetRecord *
sb_set_record_copy (const SbSetRecord *self)
{
  SbSetRecord *copy = g_memdup2 (self, sizeof *self);

  copy->exercise_id = g_strdup (self->exercise_id);
  copy->extra = g_strdup (self->extra);

  return copy;
}

void
sb_set_record_free (SbSetRecord *self)
{
  if (self == NULL)
    return;

  g_free (self->exercise_id);
  g_free (self->extra);
  g_free (self);
}

gboolean
sb_set_record_equal (const SbSetRecord *a,
                     const SbSetRecord *b)
{
  return g_strcmp0 (a->exercise_id, b->exercise_id) == 0 &&
         a->reps == b->reps &&
         a->seconds == b->seconds &&
         a->load_kg == b->load_kg &&
         a->incline_percent == b->incline_percent &&
         a->effort == b->effort &&
         !a->skipped == !b->skipped &&
         g_strcmp0 (a->extra, b->extra) == 0;
}
