/* sb-routine-codec.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/sb-routine.h"
#include "sb-json.h"

G_BEGIN_DECLS

/* Finds an exercise by id, for resolving a routine's steps. */
typedef SbExercise *(*SbExerciseLookup) (const char *id,
                                         gpointer    user_data);

SbRoutine *sb_routine_codec_read      (SbJsonReader      *reader,
                                       SbExerciseLookup   lookup,
                                       gpointer           lookup_data,
                                       gboolean           builtin,
                                       GError           **error);
SbRoutine *sb_routine_codec_read_data (const char        *file,
                                       const char        *data,
                                       gsize              length,
                                       SbExerciseLookup   lookup,
                                       gpointer           lookup_data,
                                       GError           **error);
GPtrArray *sb_routine_codec_read_list (const char        *file,
                                       const char        *data,
                                       gsize              length,
                                       SbExerciseLookup   lookup,
                                       gpointer           lookup_data,
                                       GError           **error);
char      *sb_routine_codec_write     (SbRoutine         *routine);

G_END_DECLS
