/* sb-history-store.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/sb-session.h"

G_BEGIN_DECLS

#define SB_HISTORY_STORE_ERROR (sb_history_store_error_quark ())

typedef enum
{
  SB_HISTORY_STORE_ERROR_READ_ONLY,  /* the session came from a newer version */
  SB_HISTORY_STORE_ERROR_NOT_FOUND,  /* the session is not (or no longer) in the store */
  SB_HISTORY_STORE_ERROR_WRITE,      /* the disk refused: full, read-only, no permission */
} SbHistoryStoreError;

GQuark sb_history_store_error_quark (void);

#define SB_TYPE_HISTORY_STORE (sb_history_store_get_type ())

G_DECLARE_FINAL_TYPE (SbHistoryStore, sb_history_store, SB, HISTORY_STORE, GObject)

SbHistoryStore *sb_history_store_new                (GFile                *directory);
SbHistoryStore *sb_history_store_new_default        (void);
GFile          *sb_history_store_get_directory      (SbHistoryStore       *self);
GFile          *sb_history_store_get_quarantine     (SbHistoryStore       *self);
gboolean        sb_history_store_set_directory      (SbHistoryStore       *self,
                                                     GFile                *directory,
                                                     GError              **error);
gboolean        sb_history_store_get_loaded         (SbHistoryStore       *self);
GListModel     *sb_history_store_get_problems       (SbHistoryStore       *self);
SbSession      *sb_history_store_lookup             (SbHistoryStore       *self,
                                                     const char           *id);
void            sb_history_store_load_async         (SbHistoryStore       *self,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean        sb_history_store_load_finish        (SbHistoryStore       *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void            sb_history_store_save_async         (SbHistoryStore       *self,
                                                     SbSession            *session,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean        sb_history_store_save_finish        (SbHistoryStore       *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void            sb_history_store_delete_async       (SbHistoryStore       *self,
                                                     SbSession            *session,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean        sb_history_store_delete_finish      (SbHistoryStore       *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void            sb_history_store_undo_delete_async  (SbHistoryStore       *self,
                                                     SbSession            *session,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean        sb_history_store_undo_delete_finish (SbHistoryStore       *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

void            sb_history_store_resolve_conflict_async  (SbHistoryStore       *self,
                                                          SbSession            *session,
                                                          gboolean              keep_copy,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean        sb_history_store_resolve_conflict_finish (SbHistoryStore       *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);
void            sb_history_store_undo_resolve_async      (SbHistoryStore       *self,
                                                          SbSession            *session,
                                                          GCancellable         *cancellable,
                                                          GAsyncReadyCallback   callback,
                                                          gpointer              user_data);
gboolean        sb_history_store_undo_resolve_finish     (SbHistoryStore       *self,
                                                          GAsyncResult         *result,
                                                          GError              **error);

G_END_DECLS
