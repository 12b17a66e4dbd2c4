/* fuzz-session.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The session loader: what loads must write back and load again the same. */

#define G_LOG_DOMAIN "fuzz-session"

#include "config.h"

#include <stdint.h>

#include "storage/sb-session-codec.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = NULL;
  g_autoptr(SbSession) again = NULL;
  g_autofree char *written = NULL;

  session = sb_session_codec_read ("fuzz.json", (const char *) data, size, &error);
  if (session == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "Could not read “fuzz.json”: "));
      return 0;
    }

  written = sb_session_codec_write (session);
  again = sb_session_codec_read ("again.json", written, strlen (written), &error);
  g_assert_no_error (error);
  g_assert_true (sb_session_equal (session, again));

  return 0;
}
