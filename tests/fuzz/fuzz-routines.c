/* fuzz-routines.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The loader of the built-in routines file. */

#define G_LOG_DOMAIN "fuzz-routines"

#include "config.h"

#include <stdint.h>

#include "fuzz-catalog-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) routines = NULL;

  routines = sb_routine_codec_read_list ("fuzz.json", (const char *) data, size,
                                         fuzz_lookup, fuzz_catalog (), &error);
  if (routines == NULL)
    g_assert_true (g_str_has_prefix (error->message, "Could not read “fuzz.json”: "));

  return 0;
}
