/* sb-session-editor.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_SESSION_EDITOR (sb_session_editor_get_type ())

G_DECLARE_FINAL_TYPE (SbSessionEditor, sb_session_editor, SB, SESSION_EDITOR, AdwBin)

GtkWidget *sb_session_editor_new          (SbContext       *context);
void       sb_session_editor_log          (SbSessionEditor *self,
                                           SbRoutine       *routine);
void       sb_session_editor_edit         (SbSessionEditor *self,
                                           SbSession       *session);
SbSession *sb_session_editor_get_original (SbSessionEditor *self);

G_END_DECLS
