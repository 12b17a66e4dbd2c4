/* sb-dose-codec.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/sb-dose.h"
#include "sb-json.h"

G_BEGIN_DECLS

gboolean sb_dose_codec_read  (SbJsonReader  *reader,
                              SbDose        *dose,
                              GError       **error);
void     sb_dose_codec_write (const SbDose  *dose,
                              const SbDose  *base,
                              JsonObject    *object);

G_END_DECLS
