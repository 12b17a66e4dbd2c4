/* test-sync-conflicts.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A history folder synced between two computers: a session changed on
 * both leaves a conflict copy beside its file (Syncthing's and Nextcloud's
 * names). An identical copy goes to the trash; a differing one becomes the
 * session's other version, until one is kept, the other going to the
 * trash; undo brings it back. Nothing is deleted outright. */

#define G_LOG_DOMAIN "test-sync-conflicts"

#include "config.h"

#include <glib/gstdio.h>

#include "storage/sb-history-store.h"
#include "storage/sb-session-codec.h"
#include "storage/sb-sync-conflict.h"
#include "storage/sb-store-problem.h"
#include "sb-test-core.h"

typedef struct
{
  char           *dir;
  SbHistoryStore *store;
  SbSession      *session;
  char           *path;
} Fixture;

static char *
write_session (const char *path,
               SbSession  *session)
{
  g_autofree char *data = sb_session_codec_write (session);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  return g_strdup (path);
}

static void
loaded (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_assert_true (sb_history_store_load_finish (SB_HISTORY_STORE (object), result, NULL));
  *(gboolean *) user_data = TRUE;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-20T18:00:00+01:00", NULL);
  g_autoptr(SbSetRecord) set = sb_set_record_new ("hip-thrust");
  g_autoptr(GFile) dir = NULL;
  g_autofree char *name = NULL;

  fixture->dir = g_build_filename (g_get_user_data_dir (), "strongback", "history", NULL);
  dir = g_file_new_for_path (fixture->dir);
  fixture->store = sb_history_store_new (dir);

  fixture->session = sb_session_new ("gym-corrective", "Corrective routine", start);
  sb_session_set_pain_before (fixture->session, 5);
  set->reps = 10;
  set->load_kg = 40;
  sb_session_add_set (fixture->session, set);
  name = sb_session_codec_dup_file_name (fixture->session);
  fixture->path = g_build_filename (fixture->dir, name, NULL);
  g_free (write_session (fixture->path, fixture->session));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sb_test_finalize_soon (fixture->store);
  g_clear_object (&fixture->session);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
load (Fixture *fixture)
{
  gboolean done = FALSE;

  sb_history_store_load_async (fixture->store, NULL, loaded, &done);
  sb_test_wait_until (done);
}

/* The conflict copy's path for @pattern: "syncthing" or "nextcloud". */
static char *
copy_path (Fixture    *fixture,
           const char *tool)
{
  g_autofree char *base = g_strndup (fixture->path, strlen (fixture->path) - strlen (".json"));

  if (g_str_equal (tool, "syncthing"))
    return g_strconcat (base, ".sync-conflict-20261121-093012-ABCDEF7.json", NULL);
  return g_strconcat (base, " (conflicted copy alice 2026-11-21 093012).json", NULL);
}

/* The same session as another computer changed it. */
static SbSession *
changed_elsewhere (Fixture *fixture)
{
  SbSession *other = sb_session_copy (fixture->session, NULL);

  sb_session_set_pain_after (other, 2);
  sb_session_set_notes (other, "Logged on the laptop");
  return other;
}

static guint
count_in (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static char *
trash (Fixture *fixture)
{
  return g_build_filename (fixture->dir, "trash", NULL);
}

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
resolve (Fixture  *fixture,
         gboolean  keep_copy)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SbSession *session = sb_history_store_lookup (fixture->store, sb_session_get_id (fixture->session));

  sb_history_store_resolve_conflict_async (fixture->store, session, keep_copy, NULL, on_done, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_history_store_resolve_conflict_finish (fixture->store, result, &error));
  g_assert_no_error (error);
}

static void
undo (Fixture *fixture)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SbSession *session = sb_history_store_lookup (fixture->store, sb_session_get_id (fixture->session));

  sb_history_store_undo_resolve_async (fixture->store, session, NULL, on_done, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_history_store_undo_resolve_finish (fixture->store, result, &error));
  g_assert_no_error (error);
}

static SbSession *
shown (Fixture *fixture)
{
  return sb_history_store_lookup (fixture->store, sb_session_get_id (fixture->session));
}

/* Both tools' names, and names that only look like them. */
static void
test_names (void)
{
  struct { const char *path; const char *original; } cases[] = {
    { "/h/2026/2026-11-20T170000Z-0f8f.sync-conflict-20261121-093012-ABCDEF7.json", "/h/2026/2026-11-20T170000Z-0f8f.json" },
    { "/h/2026/2026-11-20T170000Z-0f8f (conflicted copy 2026-11-21 093012).json", "/h/2026/2026-11-20T170000Z-0f8f.json" },
    { "/h/2026/2026-11-20T170000Z-0f8f (conflicted copy Alice Smith 2026-11-21 093012).json", "/h/2026/2026-11-20T170000Z-0f8f.json" },
    { "/r/my-routine.sync-conflict-20261121-093012-Z9Z9Z9Z.json", "/r/my-routine.json" },
    { "/h/2026/2026-11-20T170000Z-0f8f.json", NULL },
    { "/h/2026/a.sync-conflict-2026112-093012-ABCDEF7.json", NULL },
    { "/h/2026/a (conflicted copy).json", NULL },
    { "/h/2026/a.sync-conflict-20261121-093012-ABCDEF7.json.tmp", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *original = sb_sync_conflict_original (cases[i].path);
      g_assert_cmpstr (original, ==, cases[i].original);
    }
}

/* An identical copy is clutter: to the trash, and no conflict shown. */
static void
test_identical (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *copy = copy_path (fixture, data);
  g_autofree char *bin = trash (fixture);

  g_free (write_session (copy, fixture->session));
  load (fixture);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  sb_test_wait_until (!g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_null (sb_session_get_conflict (shown (fixture)));
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_in (bin), ==, 1);
}

/* A differing copy: one session, with its other version; keeping the
 * copy's puts it in the session's file, the session's own in the trash;
 * undo, and keeping the session's own, and undo again. */
static void
test_differing (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *copy = copy_path (fixture, data);
  g_autofree char *bin = trash (fixture);
  g_autoptr(SbSession) other = changed_elsewhere (fixture);
  g_autofree char *contents = NULL;
  g_autofree char *original_contents = NULL;

  g_free (write_session (copy, other));
  g_assert_true (g_file_get_contents (fixture->path, &original_contents, NULL, NULL));
  load (fixture);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  g_assert_true (sb_session_equal (shown (fixture), fixture->session));
  g_assert_nonnull (sb_session_get_conflict (shown (fixture)));
  g_assert_true (sb_session_equal (sb_session_get_conflict (shown (fixture)), other));
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));

  /* keep the other computer's */
  resolve (fixture, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  g_assert_true (sb_session_equal (shown (fixture), other));
  g_assert_null (sb_session_get_conflict (shown (fixture)));
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (fixture->path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "Logged on the laptop"));
  g_clear_pointer (&contents, g_free);
  /* this computer's version is in the trash, whole */
  g_assert_cmpuint (count_in (bin), >=, 1);

  /* undo: as it was */
  undo (fixture);
  g_assert_true (sb_session_equal (shown (fixture), fixture->session));
  g_assert_true (sb_session_equal (sb_session_get_conflict (shown (fixture)), other));
  g_assert_true (g_file_get_contents (fixture->path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, original_contents);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));

  /* keep this computer's: the copy goes; undo brings it back */
  resolve (fixture, FALSE);
  g_assert_true (sb_session_equal (shown (fixture), fixture->session));
  g_assert_null (sb_session_get_conflict (shown (fixture)));
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  undo (fixture);
  g_assert_true (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_true (sb_session_equal (sb_session_get_conflict (shown (fixture)), other));

  /* the monitors' late events change none of it */
  {
    gint64 until = g_get_monotonic_time () + 500 * 1000;
    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  g_assert_true (sb_session_equal (sb_session_get_conflict (shown (fixture)), other));
}

/* A copy the sync tool writes while Strongback runs shows at once. */
static void
test_arrives_later (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *copy = copy_path (fixture, data);
  g_autoptr(SbSession) other = changed_elsewhere (fixture);

  load (fixture);
  g_assert_null (sb_session_get_conflict (shown (fixture)));
  g_free (write_session (copy, other));
  sb_test_wait_until (sb_session_get_conflict (shown (fixture)) != NULL);
  g_assert_true (sb_session_equal (sb_session_get_conflict (shown (fixture)), other));

  /* and goes when the other computer resolves it */
  g_assert_cmpint (g_unlink (copy), ==, 0);
  sb_test_wait_until (sb_session_get_conflict (shown (fixture)) == NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
}

#define ROUTINE(name, reps) \
  "{\"format\": \"strongback-routine\", \"version\": 1, \"id\": \"my-bridges\", \"name\": \"" name "\"," \
  " \"place\": \"home\", \"steps\": [{\"exercise\": \"glute-bridge\", \"dose\": {\"sets\": 3, \"reps\": " reps "}}]}"

/* The user's routines too: an identical copy goes to the trash; another
 * version stays where it is and the person is told where, this
 * computer's being the one shown. */
static void
test_routines (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  g_autoptr(SbRoutineStore) store = sb_test_routine_store_new (catalog);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "strongback", "routines", NULL);
  g_autofree char *mine = g_build_filename (dir, "my-bridges.json", NULL);
  g_autofree char *same = g_build_filename (dir, "my-bridges.sync-conflict-20261121-093012-ABCDEF7.json", NULL);
  g_autofree char *other = g_build_filename (dir, "my-bridges (conflicted copy 2026-11-21 093012).json", NULL);
  g_autofree char *bin = g_build_filename (dir, "trash", NULL);
  GListModel *problems = sb_routine_store_get_problems (store);
  SbStoreProblem *problem;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (mine, ROUTINE ("Bridges", "15"), -1, NULL));
  g_assert_true (g_file_set_contents (same, ROUTINE ("Bridges", "15"), -1, NULL));
  g_assert_true (g_file_set_contents (other, ROUTINE ("Bridges on the laptop", "20"), -1, NULL));
  sb_test_load_routines (store);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  g_assert_cmpstr (sb_routine_get_name (sb_catalog_lookup_routine (catalog, "my-bridges")), ==, "Bridges");
  sb_test_wait_until (!g_file_test (same, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_in (bin), ==, 1);

  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
  problem = g_list_model_get_item (problems, 0);
  g_assert_nonnull (strstr (sb_store_problem_get_message (problem),
                            "“Bridges” was changed on two computers. This computer’s version is shown; "
                            "the other is kept in “my-bridges (conflicted copy 2026-11-21 093012).json”"));
  g_object_unref (problem);
  sb_catalog_set_user_routines (catalog, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sync-conflicts/names", test_names);
  g_test_add_func ("/sync-conflicts/routines", test_routines);
  g_test_add ("/sync-conflicts/syncthing/identical", Fixture, "syncthing", fixture_set_up, test_identical, fixture_tear_down);
  g_test_add ("/sync-conflicts/nextcloud/identical", Fixture, "nextcloud", fixture_set_up, test_identical, fixture_tear_down);
  g_test_add ("/sync-conflicts/syncthing/differing", Fixture, "syncthing", fixture_set_up, test_differing, fixture_tear_down);
  g_test_add ("/sync-conflicts/nextcloud/differing", Fixture, "nextcloud", fixture_set_up, test_differing, fixture_tear_down);
  g_test_add ("/sync-conflicts/syncthing/arrives-later", Fixture, "syncthing", fixture_set_up, test_arrives_later, fixture_tear_down);
  g_test_add ("/sync-conflicts/nextcloud/arrives-later", Fixture, "nextcloud", fixture_set_up, test_arrives_later, fixture_tear_down);

  return g_test_run ();
}
