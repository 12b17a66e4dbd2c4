/* sb-sync-conflict.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A folder synced between two computers gets a conflict copy when one
 * file was changed on both: the sync tool keeps one version under the
 * file's name and the other beside it, under a name of its own.
 *
 * - Syncthing: NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.json (DEVICE: the
 *   first seven characters of the other computer's device ID)
 * - Nextcloud: NAME (conflicted copy YYYY-MM-DD HHMMSS).json, with the
 *   user's name before the date in newer clients
 *
 * The stores recognise these so that the copy is not taken for the session
 * or routine itself.
 */

#define G_LOG_DOMAIN "sb-sync-conflict"

#include "config.h"

#include <string.h>

#include "sb-sync-conflict.h"

static GRegex *
conflict_pattern (void)
{
  static GRegex *pattern;

  if (g_once_init_enter (&pattern))
    {
      GRegex *compiled = g_regex_new ("^(.+?)(?:"
                                      "\\.sync-conflict-[0-9]{8}-[0-9]{6}-[A-Z0-9]{7}"
                                      "|"
                                      " \\(conflicted copy (?:.+ )?[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{6}\\)"
                                      ")(\\.json)$",
                                      G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&pattern, compiled);
    }

  return pattern;
}

/**
 * sb_sync_conflict_original:
 * @path: a file's path
 *
 * Returns: (transfer full) (nullable): when @path is a sync tool's
 *   conflict copy, the path of the file it is a copy of; else %NULL
 */
char *
sb_sync_conflict_original (const char *path)
{
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *extension = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_path_get_basename (path);
  /* every file of a history goes through here as it loads: the regex only
   * for names that can be a copy */
  if (strstr (name, ".sync-conflict-") == NULL && strstr (name, " (conflicted copy ") == NULL)
    return NULL;
  if (!g_regex_match (conflict_pattern (), name, 0, &match))
    return NULL;

  base = g_match_info_fetch (match, 1);
  extension = g_match_info_fetch (match, 2);
  dir = g_path_get_dirname (path);
  {
    g_autofree char *original = g_strconcat (base, extension, NULL);
    return g_build_filename (dir, original, NULL);
  }
}
