/* sb-store-problem.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SB_TYPE_STORE_PROBLEM (sb_store_problem_get_type ())

G_DECLARE_FINAL_TYPE (SbStoreProblem, sb_store_problem, SB, STORE_PROBLEM, GObject)

SbStoreProblem *sb_store_problem_new                 (GFile          *file,
                                                      GFile          *quarantined_file,
                                                      const char     *message);
GFile          *sb_store_problem_get_file            (SbStoreProblem *self);
GFile          *sb_store_problem_get_quarantined_file (SbStoreProblem *self);
const char     *sb_store_problem_get_message         (SbStoreProblem *self);

G_END_DECLS
