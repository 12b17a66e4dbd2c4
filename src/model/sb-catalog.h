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

#define SB_CATALOG_ERROR (sb_catalog_error_quark ())

GQuark sb_catalog_error_quark (void);

#define SB_TYPE_CATALOG (sb_catalog_get_type ())

G_DECLARE_FINAL_TYPE (SbCatalog, sb_catalog, SB, CATALOG, GObject)

SbCatalog  *sb_catalog_new                      (GFile                *routines_directory,
                                                 GError              **error);
SbCatalog  *sb_catalog_new_default              (GError              **error);
GListModel *sb_catalog_get_exercises            (SbCatalog            *self);
GListModel *sb_catalog_get_problems             (SbCatalog            *self);
SbExercise *sb_catalog_lookup_exercise          (SbCatalog            *self,
                                                 const char           *id);
SbRoutine  *sb_catalog_lookup_routine           (SbCatalog            *self,
                                                 const char           *id);
void        sb_catalog_load_user_routines_async (SbCatalog            *self,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean    sb_catalog_load_user_routines_finish (SbCatalog           *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
SbRoutine  *sb_catalog_add_routine              (SbCatalog            *self,
                                                 SbRoutine            *template,
                                                 SbExercise           *first);
SbRoutine  *sb_catalog_import_routine           (SbCatalog            *self,
                                                 const char           *name,
                                                 const char           *data,
                                                 gsize                 length,
                                                 GError              **error);
void        sb_catalog_save_routine_async       (SbCatalog            *self,
                                                 SbRoutine            *routine,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean    sb_catalog_save_routine_finish      (SbCatalog            *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
void        sb_catalog_delete_routine_async     (SbCatalog            *self,
                                                 SbRoutine            *routine,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean    sb_catalog_delete_routine_finish    (SbCatalog            *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
void        sb_catalog_undo_delete_routine_async (SbCatalog           *self,
                                                 SbRoutine            *routine,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean    sb_catalog_undo_delete_routine_finish (SbCatalog          *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);

G_END_DECLS
