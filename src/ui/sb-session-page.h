/* sb-session-page.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"
#include "model/sb-session.h"

G_BEGIN_DECLS

#define SB_TYPE_SESSION_PAGE (sb_session_page_get_type ())

G_DECLARE_FINAL_TYPE (SbSessionPage, sb_session_page, SB, SESSION_PAGE, AdwBin)

GtkWidget *sb_session_page_new         (SbContext     *context);
SbSession *sb_session_page_get_session (SbSessionPage *self);
void       sb_session_page_set_session (SbSessionPage *self,
                                        SbSession     *session);

G_END_DECLS
