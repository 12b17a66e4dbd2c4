/* fuzz-backup.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The backup loader: a bad file is refused by name, a bad session costs
 * only itself, and what loads is backed up again and loads the same. */

#define G_LOG_DOMAIN "fuzz-backup"

#include "config.h"

#include <stdint.h>

#include "storage/sb-backup.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autofree char *written = NULL;

  sessions = sb_backup_read ("fuzz.json", (const char *) data, size, &problems, &error);
  if (sessions == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "Could not read “fuzz.json”: "));
      return 0;
    }

  for (guint i = 0; i < problems->len; i++)
    g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, i), "Could not read “fuzz.json, sessions["));

  store = g_list_store_new (SB_TYPE_SESSION);
  for (guint i = 0; i < sessions->len; i++)
    g_list_store_append (store, g_ptr_array_index (sessions, i));

  written = sb_backup_to_json (G_LIST_MODEL (store));
  g_clear_pointer (&problems, g_ptr_array_unref);
  again = sb_backup_read ("again.json", written, strlen (written), &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (again->len, ==, sessions->len);
  for (guint i = 0; i < again->len; i++)
    g_assert_true (sb_session_equal (g_ptr_array_index (sessions, i), g_ptr_array_index (again, i)));

  /* the spreadsheet of anything that loads can be written */
  g_free (sb_backup_to_csv (G_LIST_MODEL (store)));

  return 0;
}
