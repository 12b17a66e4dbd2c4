/* sb-application.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "workout/sb-context.h"

G_BEGIN_DECLS

#define SB_TYPE_APPLICATION (sb_application_get_type ())

G_DECLARE_FINAL_TYPE (SbApplication, sb_application, SB, APPLICATION, AdwApplication)

SbApplication *sb_application_new         (void);
SbContext     *sb_application_get_context (SbApplication *self);

G_END_DECLS
