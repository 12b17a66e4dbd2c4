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
const char *sb_routine_get_id                (SbRoutine         *self);
const char *sb_routine_get_name              (SbRoutine         *self);
const char *sb_routine_get_description       (SbRoutine         *self);
const char *sb_routine_get_place             (SbRoutine         *self);
gboolean    sb_routine_get_builtin           (SbRoutine         *self);
GListModel *sb_routine_get_steps             (SbRoutine         *self);
guint       sb_routine_get_estimated_minutes (SbRoutine         *self);

G_END_DECLS
