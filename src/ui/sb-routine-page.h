/* sb-routine-page.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/sb-routine.h"

G_BEGIN_DECLS

#define SB_TYPE_ROUTINE_PAGE (sb_routine_page_get_type ())

G_DECLARE_FINAL_TYPE (SbRoutinePage, sb_routine_page, SB, ROUTINE_PAGE, AdwBin)

GtkWidget *sb_routine_page_new         (void);
SbRoutine *sb_routine_page_get_routine (SbRoutinePage *self);
void       sb_routine_page_set_routine (SbRoutinePage *self,
                                        SbRoutine     *routine);

G_END_DECLS
