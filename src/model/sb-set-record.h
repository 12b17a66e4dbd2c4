/* sb-set-record.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SB_TYPE_SET_RECORD (sb_set_record_get_type ())

/**
 * SbSetRecord:
 * @exercise_id: the exercise this set was of
 * @reps: repetitions done, or -1 when the set was not counted in reps
 * @seconds: seconds worked, or -1 when the set was not timed
 * @load_kg: load in kilograms (0 for body weight), or -1 when not recorded
 * @incline_percent: treadmill incline, or -1 when it does not apply
 * @effort: perceived effort from 1 to 10, or 0 when not rated
 * @skipped: the set was skipped rather than done
 * @extra: members of the file this version does not know, as the text of
 *   a JSON object, kept on rewrite
 *
 * One set as it was performed: a plain value, copied rather than shared.
 */
typedef struct
{
  char       *exercise_id;
  int         reps;
  int         seconds;
  double      load_kg;
  double      incline_percent;
  int         effort;
  gboolean    skipped;
  char       *extra;
} SbSetRecord;

GType        sb_set_record_get_type (void) G_GNUC_CONST;
SbSetRecord *sb_set_record_new      (const char        *exercise_id);
SbSetRecord *sb_set_record_copy     (const SbSetRecord *self);
void         sb_set_record_free     (SbSetRecord       *self);
gboolean     sb_set_record_equal    (const SbSetRecord *a,
                                     const SbSetRecord *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbSetRecord, sb_set_record_free)

G_END_DECLS
