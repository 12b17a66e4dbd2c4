/* sb-routine.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sb-routine-step.h"

G_BEGIN_DECLS

#define SB_TYPE_ROUTINE (sb_routine_get_type ())

G_DECLARE_FINAL_TYPE (SbRoutine, sb_routine, SB, ROUTINE, GObject)

SbRoutine  *sb_routine_new_full              (const char        *id,
                                              const char        *name,
                                              const char        *description,
                                              const char        *place,
                                              gboolean           builtin,
                                              const char        *extra,
                                              GPtrArray         *steps);
gboolean    sb_routine_is_place              (const char        *place);
SbRoutine  *sb_routine_new                   (const char        *id,
                                              const char        *name,
                                              const char        *place);
SbRoutine  *sb_routine_duplicate             (SbRoutine         *self,
                                              const char        *id,
                                              const char        *name);
gboolean    sb_routine_equal                 (SbRoutine         *a,
                                              SbRoutine         *b);
const char *sb_routine_get_extra             (SbRoutine         *self);
void        sb_routine_set_name              (SbRoutine         *self,
                                              const char        *name);
void        sb_routine_set_description       (SbRoutine         *self,
                                              const char        *description);
void        sb_routine_set_place             (SbRoutine         *self,
                                              const char        *place);
void        sb_routine_insert_step           (SbRoutine         *self,
                                              guint              position,
                                              SbExercise        *exercise,
                                              const SbDose      *dose);
void        sb_routine_remove_step           (SbRoutine         *self,
                                              guint              position);
void        sb_routine_move_step             (SbRoutine         *self,
                                              guint              from,
                                              guint              to);
void        sb_routine_set_step_dose         (SbRoutine         *self,
                                              guint              position,
                                              const SbDose      *dose);
const char *sb_routine_get_id                (SbRoutine         *self);
const char *sb_routine_get_name              (SbRoutine         *self);
const char *sb_routine_get_description       (SbRoutine         *self);
const char *sb_routine_get_place             (SbRoutine         *self);
gboolean    sb_routine_get_builtin           (SbRoutine         *self);
GListModel *sb_routine_get_steps             (SbRoutine         *self);
guint       sb_routine_get_estimated_minutes (SbRoutine         *self);

G_END_DECLS
