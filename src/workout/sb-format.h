/* sb-format.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/sb-catalog.h"
#include "model/sb-session.h"
#include "sb-progress.h"

G_BEGIN_DECLS

char       *sb_format_keep_units      (const char         *text);
char       *sb_format_dose            (const SbDose       *dose);
const char *sb_format_place           (const char         *place);
char       *sb_format_routine_facts   (SbRoutine          *routine,
                                       gboolean            brief);
char       *sb_format_session         (SbSession          *session);
char       *sb_format_session_amount  (SbSession          *session);
char       *sb_format_set             (const SbSetRecord  *set);
char       *sb_format_clock           (int                 seconds);
char       *sb_format_duration        (gint64              usec);
char       *sb_format_reps            (const SbDose       *dose,
                                       int                 reps);
char       *sb_format_pain            (SbSession          *session);
char       *sb_format_last_time       (SbExerciseProgress *progress);
char       *sb_format_hint            (SbExerciseProgress *progress,
                                       const SbDose       *plan,
                                       SbCatalog          *catalog);

G_END_DECLS
