/* sb-test-core.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the tests of the core (model, storage, workout) share: the built-in
 * catalog, and a routine store in the test's own data folder, loaded. */

#pragma once

#include "storage/sb-content.h"
#include "storage/sb-routine-store.h"
#include "sb-test-utils.h"

static inline SbCatalog *
sb_test_catalog_new (void)
{
  g_autoptr(GError) error = NULL;
  SbCatalog *catalog = sb_content_load_catalog (&error);

  g_assert_no_error (error);
  return catalog;
}

static inline void
sb_test_routines_loaded_ (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean *done = user_data;

  g_assert_true (sb_routine_store_load_finish (SB_ROUTINE_STORE (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* Loads @store and waits until it has read its folder. */
static inline void
sb_test_load_routines (SbRoutineStore *store)
{
  gboolean done = FALSE;

  sb_routine_store_load_async (store, NULL, sb_test_routines_loaded_, &done);
  sb_test_wait_until (done);
}

/* A store of $XDG_DATA_HOME/strongback/routines, listed by @catalog after
 * its own routines; not loaded yet. */
static inline SbRoutineStore *
sb_test_routine_store_new (SbCatalog *catalog)
{
  SbRoutineStore *store = sb_routine_store_new_default (catalog);

  sb_catalog_set_user_routines (catalog, G_LIST_MODEL (store));
  return store;
}
