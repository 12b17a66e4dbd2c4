/* test-json-folder.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbJsonFolder, the engine under both stores, with a parser of its own:
 * files are read flat or by year, the unreadable reported and set aside
 * (or left in place), writes of one file land in the order asked for,
 * trash and restore move files and never overwrite one, the folder is
 * followed on disk, and a folder in use cannot be swapped. */

#define G_LOG_DOMAIN "test-json-folder"

#include "config.h"

#include <glib/gstdio.h>

#include "storage/sb-json-folder.h"
#include "sb-test-utils.h"

/* A file "ok NAME" reads as an object named NAME; anything else is
 * refused, as a real codec refuses a bad file. */
static GObject *
parse (const char  *name,
       const char  *data,
       gsize        length,
       gpointer     user_data,
       GError     **error)
{
  GObject *object;

  if (length < 3 || strncmp (data, "ok ", 3) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Could not read “%s”: it is not ok", name);
      return NULL;
    }

  object = g_object_new (G_TYPE_OBJECT, NULL);
  g_object_set_data_full (object, "name", g_strndup (data + 3, length - 3), g_free);
  return object;
}

typedef struct
{
  char         *dir;
  SbJsonFolder *folder;
  GHashTable   *loaded;    /* path -> name */
  GPtrArray    *order;     /* paths, as first loaded */
  guint         n_initial;
  guint         n_removed;
  guint         n_problems;
} Fixture;

static void
on_file_loaded (SbJsonFolder *folder,
                const char   *path,
                GObject      *object,
                gboolean      initial,
                Fixture      *fixture)
{
  if (!g_hash_table_contains (fixture->loaded, path))
    g_ptr_array_add (fixture->order, g_strdup (path));
  g_hash_table_insert (fixture->loaded, g_strdup (path), g_strdup (g_object_get_data (object, "name")));
  fixture->n_initial += initial;
}

static void
on_file_removed (SbJsonFolder *folder,
                 const char   *path,
                 Fixture      *fixture)
{
  g_hash_table_remove (fixture->loaded, path);
  fixture->n_removed++;
}

static void
on_problem (SbJsonFolder   *folder,
            SbStoreProblem *problem,
            Fixture        *fixture)
{
  fixture->n_problems++;
}

static void
count_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  (*(guint *) user_data)++;
}

static char *
path_in (Fixture    *fixture,
         const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
put (Fixture    *fixture,
     const char *name,
     const char *contents)
{
  g_autofree char *path = path_in (fixture, name);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static const char *
name_at (Fixture    *fixture,
         const char *name)
{
  g_autofree char *path = path_in (fixture, name);

  return g_hash_table_lookup (fixture->loaded, path);
}

static void
new_folder (Fixture            *fixture,
            SbJsonFolderLayout  layout,
            gboolean            quarantine)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);

  fixture->folder = sb_json_folder_new (dir, layout, quarantine, 1, parse, NULL, NULL);
  g_signal_connect (fixture->folder, "file-loaded", G_CALLBACK (on_file_loaded), fixture);
  g_signal_connect (fixture->folder, "file-removed", G_CALLBACK (on_file_removed), fixture);
  g_signal_connect (fixture->folder, "problem", G_CALLBACK (on_problem), fixture);
}

static void
load (Fixture *fixture)
{
  sb_json_folder_load_async (fixture->folder, NULL, NULL, NULL);
  sb_test_wait_until (sb_json_folder_get_loaded (fixture->folder));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_build_filename (g_get_user_data_dir (), "folder", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0755), ==, 0);
  fixture->loaded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  fixture->order = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->folder != NULL)
    {
      g_signal_handlers_disconnect_by_data (fixture->folder, fixture);
      sb_test_finalize_soon (fixture->folder);
    }
  g_hash_table_unref (fixture->loaded);
  g_ptr_array_unref (fixture->order);
  g_free (fixture->dir);
}

/* Flat, left in place: good files load, bad ones are reported by name
 * and stay where the user put them; other files are not looked at. */
static void
test_flat_left_in_place (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *bad_path = path_in (fixture, "bad.json");
  g_autoptr(SbStoreProblem) problem = NULL;

  put (fixture, "a.json", "ok alpha");
  put (fixture, "b.json", "ok beta");
  put (fixture, "bad.json", "nope");
  put (fixture, "notes.txt", "not ours");
  put (fixture, ".hidden.json", "ok hidden");
  put (fixture, "2026/c.json", "ok in a year folder");

  new_folder (fixture, SB_JSON_FOLDER_FLAT, FALSE);
  load (fixture);

  g_assert_cmpuint (g_hash_table_size (fixture->loaded), ==, 2);
  g_assert_cmpstr (name_at (fixture, "a.json"), ==, "alpha");
  g_assert_cmpstr (name_at (fixture, "b.json"), ==, "beta");
  g_assert_cmpuint (fixture->n_initial, ==, 2);
  g_assert_cmpuint (fixture->n_problems, ==, 1);
  problem = g_list_model_get_item (sb_json_folder_get_problems (fixture->folder), 0);
  g_assert_cmpstr (sb_store_problem_get_message (problem), ==, "Could not read “bad.json”: it is not ok");
  g_assert_null (sb_store_problem_get_quarantined_file (problem));
  g_assert_true (g_file_test (bad_path, G_FILE_TEST_EXISTS));
}

/* By year, set aside: only files in year folders count, the newest come
 * first, and a bad one is moved to quarantine/ with the reason beside it. */
static void
test_by_year_quarantine (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *bad_path = path_in (fixture, "2025/bad.json");
  g_autofree char *moved = path_in (fixture, "quarantine/bad.json");
  g_autofree char *reason = NULL;
  g_autofree char *reason_path = g_strconcat (moved, ".reason.txt", NULL);
  g_autofree char *newest = path_in (fixture, "2026/2026-02.json");

  put (fixture, "2025/2025-12.json", "ok december");
  put (fixture, "2026/2026-01.json", "ok january");
  put (fixture, "2026/2026-02.json", "ok february");
  put (fixture, "2025/bad.json", "nope");
  put (fixture, "loose.json", "ok not in a year");
  put (fixture, "trash/old.json", "ok thrown away");

  new_folder (fixture, SB_JSON_FOLDER_BY_YEAR, TRUE);
  load (fixture);

  g_assert_cmpuint (g_hash_table_size (fixture->loaded), ==, 3);
  g_assert_cmpstr (g_ptr_array_index (fixture->order, 0), ==, newest);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (moved, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (reason_path, &reason, NULL, NULL));
  g_assert_nonnull (strstr (reason, "Could not read “2025/bad.json”: it is not ok"));
  g_assert_nonnull (strstr (reason, "Nothing in it was changed"));
}

/* Writes asked for faster than the disk takes them: the file ends as the
 * last one left it. */
static void
test_writes_in_order (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "one.json");
  g_autofree char *contents = NULL;
  guint done = 0;

  new_folder (fixture, SB_JSON_FOLDER_FLAT, FALSE);
  load (fixture);
  g_assert_false (sb_json_folder_get_busy (fixture->folder));

  for (guint i = 0; i < 100; i++)
    sb_json_folder_write_async (fixture->folder, path, g_strdup_printf ("ok write %u", i),
                                count_done, &done);
  g_assert_true (sb_json_folder_get_busy (fixture->folder));
  sb_test_wait_until (done == 100);
  g_assert_false (sb_json_folder_get_busy (fixture->folder));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "ok write 99");
}

static void
on_result (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Trash moves a file aside under a free name, restore brings it back, and
 * neither ever overwrites a file. */
static void
test_trash_restore (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "one.json");
  g_autofree char *trash_path = NULL;
  g_autofree char *second_trash = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  put (fixture, "one.json", "ok first");
  put (fixture, "trash/one.json", "ok already in the trash");
  new_folder (fixture, SB_JSON_FOLDER_FLAT, FALSE);
  load (fixture);

  sb_json_folder_trash_async (fixture->folder, path, on_result, &result);
  sb_test_wait_until (result != NULL);
  trash_path = sb_json_folder_trash_finish (fixture->folder, result, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (trash_path, "/trash/one-1.json"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* a new file in its place: the restore is refused, both are kept */
  put (fixture, "one.json", "ok second");
  g_clear_object (&result);
  sb_json_folder_restore_async (fixture->folder, path, trash_path, on_result, &result);
  sb_test_wait_until (result != NULL);
  g_assert_false (sb_json_folder_restore_finish (fixture->folder, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (g_file_test (trash_path, G_FILE_TEST_EXISTS));

  /* once it is free again, it comes back */
  g_clear_object (&result);
  sb_json_folder_trash_async (fixture->folder, path, on_result, &result);
  sb_test_wait_until (result != NULL);
  second_trash = sb_json_folder_trash_finish (fixture->folder, result, &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  sb_json_folder_restore_async (fixture->folder, path, trash_path, on_result, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_json_folder_restore_finish (fixture->folder, result, &error));
  g_assert_no_error (error);
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "ok first");
  }
  g_assert_true (g_file_test (second_trash, G_FILE_TEST_EXISTS));
}

/* Another process, or a sync tool, changes the folder: each change shows;
 * a broken file is reported, and mended it loads again with nothing left
 * to report. */
static void
test_follows_disk (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = path_in (fixture, "2026/new.json");
  GListModel *problems;

  put (fixture, "2026/first.json", "ok first");
  new_folder (fixture, SB_JSON_FOLDER_BY_YEAR, FALSE);
  load (fixture);
  problems = sb_json_folder_get_problems (fixture->folder);

  put (fixture, "2026/new.json", "ok new");
  sb_test_wait_until (g_strcmp0 (name_at (fixture, "2026/new.json"), "new") == 0);
  g_assert_cmpuint (fixture->n_initial, ==, 1);

  /* a new year's folder, made with a file already in it */
  put (fixture, "2027/future.json", "ok future");
  sb_test_wait_until (name_at (fixture, "2027/future.json") != NULL);

  put (fixture, "2026/new.json", "ok changed");
  sb_test_wait_until (g_strcmp0 (name_at (fixture, "2026/new.json"), "changed") == 0);

  put (fixture, "2026/new.json", "broken");
  sb_test_wait_until (name_at (fixture, "2026/new.json") == NULL && g_list_model_get_n_items (problems) == 1);
  g_assert_cmpuint (fixture->n_removed, ==, 1);

  put (fixture, "2026/new.json", "ok mended");
  sb_test_wait_until (g_strcmp0 (name_at (fixture, "2026/new.json"), "mended") == 0);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 0);

  g_assert_cmpint (g_unlink (path), ==, 0);
  sb_test_wait_until (name_at (fixture, "2026/new.json") == NULL);
}

/* While a write is under way the folder stays where it is. */
static void
test_set_directory (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (g_get_user_data_dir (), "elsewhere", NULL);
  g_autofree char *path = path_in (fixture, "one.json");
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GError) error = NULL;
  guint done = 0;

  put (fixture, "bad.json", "nope");
  new_folder (fixture, SB_JSON_FOLDER_FLAT, FALSE);
  load (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (sb_json_folder_get_problems (fixture->folder)), ==, 1);

  sb_json_folder_write_async (fixture->folder, path, g_strdup ("ok one"),
                              count_done, &done);
  g_assert_false (sb_json_folder_set_directory (fixture->folder, other, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  sb_test_wait_until (done == 1);

  g_assert_true (sb_json_folder_set_directory (fixture->folder, other, NULL));
  g_assert_false (sb_json_folder_get_loaded (fixture->folder));
  g_assert_cmpstr (sb_json_folder_get_path (fixture->folder), ==, other_path);
  /* the old folder's problems are not the new one's */
  g_assert_cmpuint (g_list_model_get_n_items (sb_json_folder_get_problems (fixture->folder)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/json-folder/flat-left-in-place", test_flat_left_in_place);
  ADD ("/json-folder/by-year-quarantine", test_by_year_quarantine);
  ADD ("/json-folder/writes-in-order", test_writes_in_order);
  ADD ("/json-folder/trash-restore", test_trash_restore);
  ADD ("/json-folder/follows-disk", test_follows_disk);
  ADD ("/json-folder/set-directory", test_set_directory);
#undef ADD

  return g_test_run ();
}
