/* fuzz-catalog-common.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The built-in catalog, made once, for targets that resolve exercise ids. */

#pragma once

#include "storage/sb-content.h"
#include "storage/sb-routine-codec.h"

static inline SbExercise *
fuzz_lookup (const char *id,
             gpointer    catalog)
{
  return sb_catalog_lookup_exercise (catalog, id);
}

static inline SbCatalog *
fuzz_catalog (void)
{
  static SbCatalog *catalog;

  if (catalog == NULL)
    {
      g_autoptr(GError) error = NULL;

      catalog = sb_content_load_catalog (&error);
      g_assert_no_error (error);
    }

  return catalog;
}
