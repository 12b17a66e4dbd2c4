/* sb-exercise-codec.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/sb-exercise.h"
#include "sb-json.h"

G_BEGIN_DECLS

SbExercise *sb_exercise_codec_read      (SbJsonReader  *reader,
                                         gboolean       translate,
                                         GError       **error);
GPtrArray  *sb_exercise_codec_read_list (const char    *file,
                                         const char    *data,
                                         gsize          length,
                                         GError       **error);

G_END_DECLS
