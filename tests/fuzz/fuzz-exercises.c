/* fuzz-exercises.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The loader of the built-in exercises file. */

#define G_LOG_DOMAIN "fuzz-exercises"

#include "config.h"

#include <stdint.h>

#include "storage/sb-exercise-codec.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) exercises = NULL;

  exercises = sb_exercise_codec_read_list ("fuzz.json", (const char *) data, size, &error);
  if (exercises == NULL)
    {
      g_assert_true (g_str_has_prefix (error->message, "Could not read “fuzz.json”: "));
      return 0;
    }

  for (guint i = 0; i < exercises->len; i++)
    (void) sb_dose_estimate_seconds (sb_exercise_get_dose (g_ptr_array_index (exercises, i)));

  return 0;
}
