/* sb-sync-conflict.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *sb_sync_conflict_original (const char *path);

G_END_DECLS
