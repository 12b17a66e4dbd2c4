/* sb-routine-card.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/sb-catalog.h"

G_BEGIN_DECLS

#define SB_TYPE_ROUTINE_CARD (sb_routine_card_get_type ())

G_DECLARE_FINAL_TYPE (SbRoutineCard, sb_routine_card, SB, ROUTINE_CARD, GtkPrintOperation)

SbRoutineCard *sb_routine_card_new         (SbRoutine     *routine);
SbRoutine     *sb_routine_card_get_routine (SbRoutineCard *self);

G_END_DECLS
