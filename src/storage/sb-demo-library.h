/* sb-demo-library.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/sb-catalog.h"

G_BEGIN_DECLS

#define SB_TYPE_DEMO_LIBRARY (sb_demo_library_get_type ())

G_DECLARE_FINAL_TYPE (SbDemoLibrary, sb_demo_library, SB, DEMO_LIBRARY, GObject)

SbDemoLibrary *sb_demo_library_new               (SbCatalog            *catalog,
                                                  GFile                *directory);
SbDemoLibrary *sb_demo_library_new_default       (SbCatalog            *catalog);
GFile         *sb_demo_library_get_directory     (SbDemoLibrary        *self);
void           sb_demo_library_load_async        (SbDemoLibrary        *self,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean       sb_demo_library_load_finish       (SbDemoLibrary        *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
void           sb_demo_library_add_async         (SbDemoLibrary        *self,
                                                  SbExercise           *exercise,
                                                  GFile                *video,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean       sb_demo_library_add_finish        (SbDemoLibrary        *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
void           sb_demo_library_remove_async      (SbDemoLibrary        *self,
                                                  SbExercise           *exercise,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean       sb_demo_library_remove_finish     (SbDemoLibrary        *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
void           sb_demo_library_undo_remove_async (SbDemoLibrary        *self,
                                                  SbExercise           *exercise,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean       sb_demo_library_undo_remove_finish (SbDemoLibrary       *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);

char          *sb_demo_library_dup_demo_uri      (SbExercise           *exercise);
char          *sb_demo_library_dup_shown_uri     (SbExercise           *exercise);

G_END_DECLS
