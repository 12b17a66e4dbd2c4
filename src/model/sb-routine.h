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

/* Finds an exercise by id, for resolving a routine's steps. */
typedef SbExercise *(*SbExerciseLookup) (const char *id,
                                         gpointer    user_data);

SbRoutine  *sb_routine_new_from_json         (SbJsonReader      *reader,
                                              SbExerciseLookup   lookup,
                                              gpointer           lookup_data,
                                              gboolean           builtin,
                                              GError           **error);
SbRoutine  *sb_routine_new_from_data         (const char        *file,
                                              const char        *data,
                                              gsize              length,
                                              SbExerciseLookup   lookup,
                                              gpointer           lookup_data,
                                              GError           **error);
GPtrArray  *sb_routine_list_new_from_data    (const char        *file,
                                              const char        *data,
                                              gsize              length,
                                              SbExerciseLookup   lookup,
                                              gpointer           lookup_data,
                                              GError           **error);
SbRoutine  *sb_routine_new                   (const char        *id,
                                              const char        *name,
                                              const char        *place);
SbRoutine  *sb_routine_duplicate             (SbRoutine         *self,
                                              const char        *id,
                                              const char        *name);
char       *sb_routine_to_data               (SbRoutine         *self);
gboolean    sb_routine_equal                 (SbRoutine         *a,
                                              SbRoutine         *b);
GFile      *sb_routine_get_file              (SbRoutine         *self);
void        sb_routine_set_file              (SbRoutine         *self,
                                              GFile             *file);
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
