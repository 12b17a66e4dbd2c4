/* sb-json-folder.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sb-store-problem.h"

G_BEGIN_DECLS

typedef enum
{
  SB_JSON_FOLDER_FLAT,     /* every file in the folder itself */
  SB_JSON_FOLDER_BY_YEAR,  /* files in YYYY/ folders, newest year first */
} SbJsonFolderLayout;

/* Reads one file's text into an object. Runs in worker threads, several at
 * once: it must use nothing but its arguments and immutable data. */
typedef GObject *(*SbJsonFolderParse) (const char  *name,
                                       const char  *data,
                                       gsize        length,
                                       gpointer     user_data,
                                       GError     **error);

#define SB_TYPE_JSON_FOLDER (sb_json_folder_get_type ())

G_DECLARE_FINAL_TYPE (SbJsonFolder, sb_json_folder, SB, JSON_FOLDER, GObject)

SbJsonFolder *sb_json_folder_new                   (GFile                *directory,
                                                    SbJsonFolderLayout    layout,
                                                    gboolean              quarantine,
                                                    int                   newest_version,
                                                    SbJsonFolderParse     parse,
                                                    gpointer              parse_data,
                                                    GDestroyNotify        parse_data_free);
GFile        *sb_json_folder_get_directory         (SbJsonFolder         *self);
const char   *sb_json_folder_get_path              (SbJsonFolder         *self);
GFile        *sb_json_folder_get_quarantine        (SbJsonFolder         *self);
gboolean      sb_json_folder_set_directory         (SbJsonFolder         *self,
                                                    GFile                *directory,
                                                    GError              **error);
gboolean      sb_json_folder_get_loaded            (SbJsonFolder         *self);
gboolean      sb_json_folder_get_busy              (SbJsonFolder         *self);
GListModel   *sb_json_folder_get_problems          (SbJsonFolder         *self);
void          sb_json_folder_add_problem           (SbJsonFolder         *self,
                                                    const char           *path,
                                                    const char           *message);
void          sb_json_folder_load_async            (SbJsonFolder         *self,
                                                    GCancellable         *cancellable,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean      sb_json_folder_load_finish           (SbJsonFolder         *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void          sb_json_folder_load_done_in_task     (GObject              *object,
                                                    GAsyncResult         *result,
                                                    gpointer              task);
void          sb_json_folder_write_async           (SbJsonFolder         *self,
                                                    const char           *path,
                                                    char                 *data,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean      sb_json_folder_write_finish          (SbJsonFolder         *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void          sb_json_folder_trash_async           (SbJsonFolder         *self,
                                                    const char           *path,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
char         *sb_json_folder_trash_finish          (SbJsonFolder         *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);
void          sb_json_folder_restore_async         (SbJsonFolder         *self,
                                                    const char           *path,
                                                    const char           *trash_path,
                                                    GAsyncReadyCallback   callback,
                                                    gpointer              user_data);
gboolean      sb_json_folder_restore_finish        (SbJsonFolder         *self,
                                                    GAsyncResult         *result,
                                                    GError              **error);

G_END_DECLS
