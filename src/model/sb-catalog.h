/* sb-catalog.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sb-routine.h"

G_BEGIN_DECLS

#define SB_TYPE_CATALOG (sb_catalog_get_type ())

G_DECLARE_FINAL_TYPE (SbCatalog, sb_catalog, SB, CATALOG, GObject)

SbCatalog  *sb_catalog_new                (GPtrArray  *exercises,
                                           GPtrArray  *routines);
GListModel *sb_catalog_get_exercises      (SbCatalog  *self);
GHashTable *sb_catalog_ref_exercise_table (SbCatalog  *self);
SbExercise *sb_catalog_lookup_exercise    (SbCatalog  *self,
                                           const char *id);
SbRoutine  *sb_catalog_lookup_routine     (SbCatalog  *self,
                                           const char *id);
gboolean    sb_catalog_id_taken           (SbCatalog  *self,
                                           const char *id);
GListModel *sb_catalog_get_user_routines  (SbCatalog  *self);
void        sb_catalog_set_user_routines  (SbCatalog  *self,
                                           GListModel *routines);

G_END_DECLS
