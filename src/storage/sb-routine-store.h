/* sb-routine-store.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/sb-catalog.h"

G_BEGIN_DECLS

#define SB_ROUTINE_STORE_ERROR (sb_routine_store_error_quark ())

typedef enum
{
  SB_ROUTINE_STORE_ERROR_WRITE,  /* the disk refused: full, read-only, no permission */
} SbRoutineStoreError;

GQuark sb_routine_store_error_quark (void);

#define SB_TYPE_ROUTINE_STORE (sb_routine_store_get_type ())

G_DECLARE_FINAL_TYPE (SbRoutineStore, sb_routine_store, SB, ROUTINE_STORE, GObject)

SbRoutineStore *sb_routine_store_new                (SbCatalog            *catalog,
                                                     GFile                *directory);
SbRoutineStore *sb_routine_store_new_default        (SbCatalog            *catalog);
GFile          *sb_routine_store_get_directory      (SbRoutineStore       *self);
GFile          *sb_routine_store_get_file           (SbRoutineStore       *self,
                                                     SbRoutine            *routine);
gboolean        sb_routine_store_get_loaded         (SbRoutineStore       *self);
GListModel     *sb_routine_store_get_problems       (SbRoutineStore       *self);
void            sb_routine_store_load_async         (SbRoutineStore       *self,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean        sb_routine_store_load_finish        (SbRoutineStore       *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
SbRoutine      *sb_routine_store_add                (SbRoutineStore       *self,
                                                     SbRoutine            *template,
                                                     SbExercise           *first);
SbRoutine      *sb_routine_store_import             (SbRoutineStore       *self,
                                                     const char           *name,
                                                     const char           *data,
                                                     gsize                 length,
                                                     GError              **error);
void            sb_routine_store_save_async         (SbRoutineStore       *self,
                                                     SbRoutine            *routine,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean        sb_routine_store_save_finish        (SbRoutineStore       *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void            sb_routine_store_delete_async       (SbRoutineStore       *self,
                                                     SbRoutine            *routine,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean        sb_routine_store_delete_finish      (SbRoutineStore       *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void            sb_routine_store_undo_delete_async  (SbRoutineStore       *self,
                                                     SbRoutine            *routine,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean        sb_routine_store_undo_delete_finish (SbRoutineStore       *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

G_END_DECLS
