/* sb-method-page.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SB_TYPE_METHOD_PAGE (sb_method_page_get_type ())

G_DECLARE_FINAL_TYPE (SbMethodPage, sb_method_page, SB, METHOD_PAGE, AdwBin)

GtkWidget *sb_method_page_new (void);

G_END_DECLS
