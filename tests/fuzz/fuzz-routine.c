/* fuzz-routine.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The loader of the user's own routine files. */

#define G_LOG_DOMAIN "fuzz-routine"

#include "config.h"

#include <stdint.h>

#include "fuzz-catalog-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbRoutine) routine = NULL;

  routine = sb_routine_codec_read_data ("fuzz.json", (const char *) data, size,
                                        fuzz_lookup, fuzz_catalog (), &error);
  if (routine == NULL)
    {
      g_assert_true (g_str_has_prefix (error->message, "Could not read “fuzz.json”: "));
      return 0;
    }

  g_assert_cmpuint (g_list_model_get_n_items (sb_routine_get_steps (routine)), >, 0);
  (void) sb_routine_get_estimated_minutes (routine);

  return 0;
}
