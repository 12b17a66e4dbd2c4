/* sb-backup.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sb-history-store.h"

G_BEGIN_DECLS

/**
 * SbRestoreCounts:
 * @added: sessions that were not here and now are
 * @kept: sessions already here, left as they are
 */
typedef struct
{
  guint added;
  guint kept;
} SbRestoreCounts;

char      *sb_backup_to_json               (GListModel       *sessions);
char      *sb_backup_to_csv                (GListModel       *sessions);
GPtrArray *sb_backup_read                  (const char       *file,
                                            const char       *data,
                                            gsize             length,
                                            GPtrArray       **problems,
                                            GError          **error);
void       sb_backup_restore_async         (SbHistoryStore   *store,
                                            GPtrArray        *sessions,
                                            GCancellable     *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer          user_data);
gboolean   sb_backup_restore_finish        (SbHistoryStore   *store,
                                            GAsyncResult     *result,
                                            SbRestoreCounts  *counts,
                                            GError          **error);
void       sb_backup_copy_folder_async     (GFile            *from,
                                            GFile            *to,
                                            GCancellable     *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer          user_data);
gboolean   sb_backup_copy_folder_finish    (GAsyncResult     *result,
                                            guint            *n_copied,
                                            GError          **error);

G_END_DECLS
