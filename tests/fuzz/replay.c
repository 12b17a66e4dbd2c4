/* replay.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs a fuzz target over every file of its corpus, without libFuzzer, so
 * that each build replays the seeds and every crash ever found. */

#define G_LOG_DOMAIN "replay"

#include "config.h"

#include <gio/gio.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      if (dir == NULL)
        g_error ("no corpus at %s", argv[i]);

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          g_autofree char *data = NULL;
          gsize length;

          if (!g_file_get_contents (path, &data, &length, NULL))
            g_error ("could not read %s", path);

          LLVMFuzzerTestOneInput ((const uint8_t *) data, length);
          n++;
        }
    }

  if (n == 0)
    g_error ("the corpus is empty");

  g_print ("replayed %u inputs\n", n);
  return 0;
}
