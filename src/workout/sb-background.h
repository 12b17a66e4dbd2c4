/* sb-background.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SB_BACKGROUND_ERROR (sb_background_error_quark ())

typedef enum
{
  SB_BACKGROUND_ERROR_REFUSED,
  SB_BACKGROUND_ERROR_FAILED,
} SbBackgroundError;

GQuark   sb_background_error_quark     (void);

gboolean sb_background_is_sandboxed    (void);
void     sb_background_request_async   (GDBusConnection     *connection,
                                        gboolean             autostart,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean sb_background_request_finish  (GAsyncResult        *result,
                                        GError             **error);
char    *sb_background_dup_autostart_path (void);
gboolean sb_background_set_autostart_file (gboolean          enabled,
                                           GError          **error);

G_END_DECLS
