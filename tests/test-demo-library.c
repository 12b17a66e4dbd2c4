/* test-demo-library.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The user's own videos: a copy is kept under the exercise's name, a new
 * one replaces the old only once it is whole, removing can be undone, the
 * next start finds them and clears what a crash left, and a video that
 * cannot be copied changes nothing. Whether a video plays is
 * test-demo-player's. */

#define G_LOG_DOMAIN "test-demo-library"

#include "config.h"

#include <glib/gstdio.h>

#include "storage/sb-content.h"
#include "storage/sb-demo-library.h"
#include "sb-test-utils.h"

typedef struct
{
  char          *dir;
  char          *videos;   /* where the person's own files are */
  SbCatalog     *catalog;
  SbDemoLibrary *library;
  SbExercise    *exercise;
  guint          notified;
} Fixture;

static void
on_notified (SbExercise *exercise,
             GParamSpec *pspec,
             Fixture    *fixture)
{
  fixture->notified++;
}

static SbDemoLibrary *
new_library (Fixture   *fixture,
             SbCatalog *catalog)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);

  return sb_demo_library_new (catalog, dir);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_build_filename (g_get_user_data_dir (), "strongback", "demos", NULL);
  fixture->videos = g_build_filename (g_get_home_dir (), "Videos", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->videos, 0755), ==, 0);
  fixture->catalog = sb_content_load_catalog (&error);
  g_assert_no_error (error);
  fixture->library = new_library (fixture, fixture->catalog);
  fixture->exercise = sb_catalog_lookup_exercise (fixture->catalog, "hip-thrust");
  g_signal_connect (fixture->exercise, "notify::custom-demo", G_CALLBACK (on_notified), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_signal_handlers_disconnect_by_data (fixture->exercise, fixture);
  g_assert_finalize_object (fixture->library);
  g_assert_finalize_object (fixture->catalog);
  g_free (fixture->dir);
  g_free (fixture->videos);
}

static char *
write_video (Fixture    *fixture,
             const char *name,
             const char *contents)
{
  char *path = g_build_filename (fixture->videos, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Result;

static void
on_done (GObject      *object,
         GAsyncResult *res,
         gpointer      user_data)
{
  Result *result = user_data;
  SbDemoLibrary *library = SB_DEMO_LIBRARY (object);

  if (g_async_result_is_tagged (res, sb_demo_library_add_async))
    result->ok = sb_demo_library_add_finish (library, res, &result->error);
  else if (g_async_result_is_tagged (res, sb_demo_library_remove_async))
    result->ok = sb_demo_library_remove_finish (library, res, &result->error);
  else if (g_async_result_is_tagged (res, sb_demo_library_undo_remove_async))
    result->ok = sb_demo_library_undo_remove_finish (library, res, &result->error);
  else
    result->ok = sb_demo_library_load_finish (library, res, &result->error);
  result->done = TRUE;
}

static void
add (Fixture    *fixture,
     const char *path)
{
  g_autoptr(GFile) video = g_file_new_for_path (path);
  Result result = { 0 };

  sb_demo_library_add_async (fixture->library, fixture->exercise, video, NULL, on_done, &result);
  sb_test_wait_until (result.done);
  g_assert_no_error (result.error);
  g_assert_true (result.ok);
}

static void
remove_demo (Fixture *fixture)
{
  Result result = { 0 };

  sb_demo_library_remove_async (fixture->library, fixture->exercise, NULL, on_done, &result);
  sb_test_wait_until (result.done);
  g_assert_no_error (result.error);
  g_assert_true (result.ok);
}

static char *
custom_contents (SbExercise *exercise)
{
  char *contents = NULL;

  g_assert_nonnull (sb_exercise_get_custom_demo (exercise));
  g_assert_true (g_file_get_contents (g_file_peek_path (sb_exercise_get_custom_demo (exercise)),
                                      &contents, NULL, NULL));
  return contents;
}

static char *
custom_name (SbExercise *exercise)
{
  g_assert_nonnull (sb_exercise_get_custom_demo (exercise));
  return g_file_get_basename (sb_exercise_get_custom_demo (exercise));
}

static void
test_add_replace_remove_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *first = write_video (fixture, "my bridge.webm", "first take");
  g_autofree char *second = write_video (fixture, "Take 2.MP4", "second take");
  g_autofree char *old_path = g_build_filename (fixture->dir, "hip-thrust.webm", NULL);
  g_autofree char *removed_path = g_build_filename (fixture->dir, "removed", "hip-thrust.mp4", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  Result result = { 0 };

  g_assert_null (sb_exercise_get_custom_demo (fixture->exercise));

  /* a copy, named after the exercise: the person's file may go away */
  add (fixture, first);
  name = custom_name (fixture->exercise);
  g_assert_cmpstr (name, ==, "hip-thrust.webm");
  g_assert_cmpuint (fixture->notified, ==, 1);
  g_assert_cmpint (g_unlink (first), ==, 0);
  contents = custom_contents (fixture->exercise);
  g_assert_cmpstr (contents, ==, "first take");

  /* a new one replaces it, and the old copy goes */
  add (fixture, second);
  g_clear_pointer (&name, g_free);
  name = custom_name (fixture->exercise);
  g_assert_cmpstr (name, ==, "hip-thrust.mp4");
  g_clear_pointer (&contents, g_free);
  contents = custom_contents (fixture->exercise);
  g_assert_cmpstr (contents, ==, "second take");
  g_assert_false (g_file_test (old_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fixture->notified, ==, 2);

  /* removed: the demonstration again, the copy kept for an undo */
  remove_demo (fixture);
  g_assert_null (sb_exercise_get_custom_demo (fixture->exercise));
  g_assert_true (g_file_test (removed_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (fixture->notified, ==, 3);

  result = (Result) { 0 };
  sb_demo_library_undo_remove_async (fixture->library, fixture->exercise, NULL, on_done, &result);
  sb_test_wait_until (result.done);
  g_assert_no_error (result.error);
  g_clear_pointer (&contents, g_free);
  contents = custom_contents (fixture->exercise);
  g_assert_cmpstr (contents, ==, "second take");
  g_assert_false (g_file_test (removed_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (fixture->notified, ==, 4);

  /* an undo after another video came would lose that one: refused */
  remove_demo (fixture);
  {
    g_autofree char *third = write_video (fixture, "third.webm", "third take");

    add (fixture, third);
  }
  result = (Result) { 0 };
  sb_demo_library_undo_remove_async (fixture->library, fixture->exercise, NULL, on_done, &result);
  sb_test_wait_until (result.done);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_test_message ("%s", result.error->message);
  g_clear_error (&result.error);
  g_clear_pointer (&contents, g_free);
  contents = custom_contents (fixture->exercise);
  g_assert_cmpstr (contents, ==, "third take");
}

static void
test_next_start (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *video = write_video (fixture, "bridge.webm", "mine");
  g_autofree char *partial = g_build_filename (fixture->dir, ".glute-bridge.partial", NULL);
  g_autofree char *unknown = g_build_filename (fixture->dir, "crunches.webm", NULL);
  g_autofree char *removed_path = g_build_filename (fixture->dir, "removed", "hip-thrust.webm", NULL);
  g_autoptr(SbCatalog) catalog = sb_content_load_catalog (NULL);
  g_autoptr(SbDemoLibrary) library = NULL;
  g_autofree char *contents = NULL;
  Result result = { 0 };

  add (fixture, video);
  remove_demo (fixture);
  add (fixture, video);

  /* what a crash mid-copy and another version of the app leave behind */
  g_assert_true (g_file_set_contents (partial, "half a vid", -1, NULL));
  g_assert_true (g_file_set_contents (unknown, "not ours", -1, NULL));

  library = new_library (fixture, catalog);
  result = (Result) { 0 };
  sb_demo_library_load_async (library, NULL, on_done, &result);
  sb_test_wait_until (result.done);
  g_assert_no_error (result.error);

  contents = custom_contents (sb_catalog_lookup_exercise (catalog, "hip-thrust"));
  g_assert_cmpstr (contents, ==, "mine");
  g_assert_null (sb_exercise_get_custom_demo (sb_catalog_lookup_exercise (catalog, "glute-bridge")));
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (removed_path, G_FILE_TEST_EXISTS));
  /* a file it does not understand is left alone */
  g_assert_true (g_file_test (unknown, G_FILE_TEST_EXISTS));

  g_assert_finalize_object (g_steal_pointer (&library));
}

static void
test_first_start (Fixture       *fixture,
                  gconstpointer  data)
{
  Result result = { 0 };

  /* no folder yet: nothing to show, nothing wrong */
  sb_demo_library_load_async (fixture->library, NULL, on_done, &result);
  sb_test_wait_until (result.done);
  g_assert_no_error (result.error);
  g_assert_true (result.ok);
  g_assert_null (sb_exercise_get_custom_demo (fixture->exercise));
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *video = write_video (fixture, "bridge.webm", "mine");
  g_autofree char *other = write_video (fixture, "other.webm", "other");
  g_autofree char *missing = g_build_filename (fixture->videos, "gone.webm", NULL);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) other_file = g_file_new_for_path (other);
  g_autofree char *contents = NULL;
  Result result = { 0 }, second = { 0 };

  add (fixture, video);

  /* a file gone before it could be copied */
  sb_demo_library_add_async (fixture->library, fixture->exercise, missing_file, NULL, on_done, &result);
  sb_test_wait_until (result.done);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_test_message ("%s", result.error->message);
  g_assert_cmpstr (result.error->message, ==, "Could not keep a copy of “gone.webm”: it is no longer there");
  g_clear_error (&result.error);
  contents = custom_contents (fixture->exercise);
  g_assert_cmpstr (contents, ==, "mine");

  /* two changes at once: the second waits its turn, refused */
  result = (Result) { 0 };
  sb_demo_library_add_async (fixture->library, fixture->exercise, other_file, NULL, on_done, &result);
  sb_demo_library_remove_async (fixture->library, fixture->exercise, NULL, on_done, &second);
  sb_test_wait_until (result.done && second.done);
  g_assert_no_error (result.error);
  g_assert_error (second.error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_clear_error (&second.error);
  g_clear_pointer (&contents, g_free);
  contents = custom_contents (fixture->exercise);
  g_assert_cmpstr (contents, ==, "other");
}

/* Given up on after the disk has changed (the page closed mid-removal):
 * the caller hears "cancelled", but the exercise still follows the disk. */
static void
test_cancelled_after_the_work (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *video = write_video (fixture, "bridge.webm", "mine");
  g_autofree char *kept = g_build_filename (fixture->dir, "hip-thrust.webm", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Result result = { 0 };

  add (fixture, video);
  sb_demo_library_remove_async (fixture->library, fixture->exercise, cancellable, on_done, &result);

  /* the main loop does not run until the worker has moved the file */
  for (guint i = 0; i < 3000 && g_file_test (kept, G_FILE_TEST_EXISTS); i++)
    g_usleep (1000);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
  g_cancellable_cancel (cancellable);
  sb_test_wait_until (result.done);

  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&result.error);
  g_assert_null (sb_exercise_get_custom_demo (fixture->exercise));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/demo-library/add-replace-remove-undo", test_add_replace_remove_undo);
  ADD ("/demo-library/next-start", test_next_start);
  ADD ("/demo-library/first-start", test_first_start);
  ADD ("/demo-library/refused", test_refused);
  ADD ("/demo-library/cancelled-after-the-work", test_cancelled_after_the_work);
#undef ADD

  return g_test_run ();
}
