/* sb-text-row.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SB_TYPE_TEXT_ROW (sb_text_row_get_type ())

G_DECLARE_FINAL_TYPE (SbTextRow, sb_text_row, SB, TEXT_ROW, AdwPreferencesRow)

GtkWidget  *sb_text_row_new          (void);
const char *sb_text_row_get_subtitle (SbTextRow  *self);
void        sb_text_row_set_subtitle (SbTextRow  *self,
                                      const char *subtitle);

G_END_DECLS
