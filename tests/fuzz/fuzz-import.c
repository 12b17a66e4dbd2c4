/* fuzz-import.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reader of Strong's and Hevy's CSV exports: any bytes give sessions
 * or a message that names the file, never a crash. */

#define G_LOG_DOMAIN "fuzz-import"

#include "config.h"

#include <stdint.h>

#include "storage/sb-import.h"
#include "fuzz-catalog-common.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbImport) import = sb_import_read ("fuzz.csv", (const char *) data, size, fuzz_catalog (), &error);

  if (import == NULL)
    g_assert_true (strstr (error->message, "“fuzz.csv”") != NULL);
  else
    for (guint i = 0; i < import->sessions->len; i++)
      g_assert_cmpuint (sb_session_get_n_sets (g_ptr_array_index (import->sessions, i)), >, 0);

  return 0;
}
