/* sb-set-row.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/sb-dose.h"
#include "model/sb-set-record.h"

G_BEGIN_DECLS

#define SB_TYPE_SET_ROW (sb_set_row_get_type ())

G_DECLARE_FINAL_TYPE (SbSetRow, sb_set_row, SB, SET_ROW, AdwExpanderRow)

GtkWidget   *sb_set_row_new         (const SbSetRecord *record,
                                     const SbDose      *dose);
void         sb_set_row_set_number  (SbSetRow          *self,
                                     guint              number);
SbSetRecord *sb_set_row_dup_record  (SbSetRow          *self);

G_END_DECLS
