/* sb-content.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/sb-catalog.h"

G_BEGIN_DECLS

SbCatalog *sb_content_load_catalog (GError **error);

G_END_DECLS
