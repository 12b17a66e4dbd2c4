/* sb-import.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/sb-catalog.h"
#include "model/sb-session.h"

G_BEGIN_DECLS

/**
 * SbImport:
 * @app: the app the file came from, "Strong" or "Hevy"
 * @sessions: (element-type SbSession): the workouts with sets of
 *   Strongback's exercises, oldest first
 * @left_out: (element-type utf8): what was not imported, one line each
 *   ("Bench Press: 12 sets"), in the order first met
 * @n_workouts: every workout in the file
 */
typedef struct
{
  const char *app;
  GPtrArray  *sessions;
  GPtrArray  *left_out;
  guint       n_workouts;
} SbImport;

SbImport *sb_import_read (const char  *file,
                          const char  *data,
                          gsize        length,
                          SbCatalog   *catalog,
                          GError     **error);
void      sb_import_free (SbImport    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SbImport, sb_import_free)

G_END_DECLS
