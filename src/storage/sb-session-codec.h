/* sb-session-codec.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/sb-session.h"
#include "sb-json.h"

G_BEGIN_DECLS

/* The newest "strongback-session" format version this build writes. */
#define SB_SESSION_FORMAT_VERSION 1

SbSession *sb_session_codec_read           (const char  *file,
                                            const char  *data,
                                            gsize        length,
                                            GError     **error);
char      *sb_session_codec_write          (SbSession   *session);
char      *sb_session_codec_dup_file_name  (SbSession   *session);

G_END_DECLS
