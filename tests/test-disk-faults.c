/* test-disk-faults.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A full disk and a read-only one, for real: the test enters a private user
 * and mount namespace, mounts a 64 KiB tmpfs, fills it or remounts it
 * read-only, and saves the workout in progress and a finished session on
 * it. Each save must fail with a message that says why, leave the file
 * that was there before intact, keep the session whole in memory, and
 * succeed when tried again once the disk has room or is writable again. */

#define _GNU_SOURCE

#define G_LOG_DOMAIN "test-disk-faults"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "storage/sb-content.h"
#include "storage/sb-demo-library.h"
#include "storage/sb-history-store.h"
#include "storage/sb-session-codec.h"
#include "storage/sb-workout-journal.h"
#include "sb-test-journal.h"

static char *no_namespace;   /* why the faults cannot be made here, or NULL */
static char *mountpoint;

static gboolean
write_proc (const char *path,
            const char *text)
{
  int fd = open (path, O_WRONLY);
  gboolean ok = fd >= 0 && write (fd, text, strlen (text)) == (ssize_t) strlen (text);

  if (fd >= 0)
    close (fd);
  return ok;
}

/* Before any thread exists: a namespace of our own, where mounting a small
 * file system needs no privilege and touches nothing outside the test. */
static void
enter_private_mounts (void)
{
  g_autofree char *uid_map = g_strdup_printf ("0 %d 1", (int) getuid ());
  g_autofree char *gid_map = g_strdup_printf ("0 %d 1", (int) getgid ());

  if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
    {
      no_namespace = g_strdup_printf ("no private mount namespace here: %s", g_strerror (errno));
      return;
    }
  write_proc ("/proc/self/setgroups", "deny");
  if (!write_proc ("/proc/self/uid_map", uid_map) || !write_proc ("/proc/self/gid_map", gid_map) ||
      mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL) != 0)
    no_namespace = g_strdup_printf ("cannot set up the mount namespace: %s", g_strerror (errno));
}

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  if (no_namespace != NULL)
    return;

  fixture->dir = g_build_filename (mountpoint, "data", NULL);
  g_assert_cmpint (mount ("tmpfs", mountpoint, "tmpfs", 0, "size=64k,mode=0755"), ==, 0);
  g_assert_cmpint (g_mkdir (fixture->dir, 0755), ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (no_namespace != NULL)
    return;

  g_assert_cmpint (umount (mountpoint), ==, 0);
  g_free (fixture->dir);
}

/* Fills the file system to the last byte; returns the filler's path. */
static char *
fill_disk (Fixture *fixture)
{
  char *filler = g_build_filename (mountpoint, "filler", NULL);
  char block[1024] = { 0 };
  FILE *f = fopen (filler, "w");

  g_assert_nonnull (f);
  setvbuf (f, NULL, _IONBF, 0);
  while (fwrite (block, 1, sizeof block, f) == sizeof block)
    ;
  /* the last partial block */
  while (fwrite (block, 1, 1, f) == 1)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  fclose (f);

  return filler;
}

static void
remount (gboolean read_only)
{
  /* the kernel ignores the source and type of a remount; valgrind wants them set */
  g_assert_cmpint (mount ("tmpfs", mountpoint, "tmpfs", MS_REMOUNT | (read_only ? MS_RDONLY : 0), "size=64k"), ==, 0);
}

/* The disk refuses writes from now on: full, or read-only. Returns the
 * filler that allow_writes() removes. */
static char *
refuse_writes (Fixture  *fixture,
               gboolean  read_only)
{
  if (!read_only)
    return fill_disk (fixture);

  remount (TRUE);
  return NULL;
}

static void
allow_writes (gboolean  read_only,
              char     *filler)
{
  if (read_only)
    remount (FALSE);
  else
    g_assert_cmpint (g_unlink (filler), ==, 0);
}

static SbSession *
new_session (guint n_sets)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) start = g_date_time_new (utc, 2026, 11, 20, 7, 0, 0);
  SbSession *session = sb_session_new ("gym-corrective", "Corrective routine", start);

  for (guint i = 0; i < n_sets; i++)
    {
      g_autoptr(SbSetRecord) set = sb_set_record_new ("hip-thrust");

      set->reps = 10;
      set->load_kg = 40;
      set->effort = 6;
      sb_session_add_set (session, set);
    }
  sb_session_set_notes (session, "Felt strong, and the disk was full");

  return session;
}

static void
history_saved (GObject      *object,
               GAsyncResult *res,
               gpointer      user_data)
{
  Result *result = user_data;

  result->ok = sb_history_store_save_finish (SB_HISTORY_STORE (object), res, &result->error);
  result->done = TRUE;
}

static Result
save_journal (SbWorkoutJournal *journal,
              SbSession        *session)
{
  Result result = { 0 };

  sb_workout_journal_save_async (journal, session, NULL, saved, &result);
  sb_test_wait_until (result.done);
  return result;
}

static guint
journal_sets_on_disk (SbWorkoutJournal *journal)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = load (journal, &error);

  g_assert_no_error (error);
  g_assert_nonnull (session);
  return sb_session_get_n_sets (session);
}

static Result
save_history (SbHistoryStore *store,
              SbSession      *session)
{
  Result result = { 0 };

  sb_history_store_save_async (store, session, NULL, history_saved, &result);
  sb_test_wait_until (result.done);
  return result;
}

/* Saves two sets, makes the disk refuse, tries a third; then lets it work. */
static void
check_journal (Fixture    *fixture,
               gboolean    read_only,
               const char *reason)
{
  g_autofree char *path = g_build_filename (fixture->dir, "workout-in-progress.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SbWorkoutJournal) journal = sb_workout_journal_new (file);
  g_autoptr(SbSession) session = new_session (2);
  g_autoptr(SbSetRecord) third = sb_set_record_new ("back-extension");
  g_autofree char *filler = NULL;
  Result result;

  result = save_journal (journal, session);
  g_assert_no_error (result.error);

  filler = refuse_writes (fixture, read_only);

  third->reps = 12;
  sb_session_add_set (session, third);
  result = save_journal (journal, session);
  g_assert_false (result.ok);
  g_assert_error (result.error, SB_WORKOUT_JOURNAL_ERROR, SB_WORKOUT_JOURNAL_ERROR_WRITE);
  g_test_message ("the person reads: %s", result.error->message);
  g_assert_nonnull (strstr (result.error->message, reason));
  g_assert_nonnull (strstr (result.error->message, "kept in memory"));
  g_clear_error (&result.error);

  /* the last good file is intact, and the set is still in memory */
  g_assert_cmpuint (journal_sets_on_disk (journal), ==, 2);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 3);

  allow_writes (read_only, filler);

  result = save_journal (journal, session);
  g_assert_no_error (result.error);
  g_assert_cmpuint (journal_sets_on_disk (journal), ==, 3);
}

static void
check_history (Fixture    *fixture,
               gboolean    read_only,
               const char *reason)
{
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  g_autoptr(SbHistoryStore) store = sb_history_store_new (dir);
  g_autoptr(SbSession) session = new_session (13);
  g_autofree char *filler = NULL;
  g_autofree char *name = sb_session_codec_dup_file_name (session);
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  Result result;

  filler = refuse_writes (fixture, read_only);

  result = save_history (store, session);
  g_assert_false (result.ok);
  g_assert_error (result.error, SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_WRITE);
  g_test_message ("the person reads: %s", result.error->message);
  g_assert_nonnull (strstr (result.error->message, reason));
  g_clear_error (&result.error);

  /* not in the list, not half on disk, whole in memory */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 13);

  allow_writes (read_only, filler);

  result = save_history (store, session);
  g_assert_no_error (result.error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  {
    g_autofree char *data = NULL;
    g_autoptr(SbSession) back = NULL;

    g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
    back = sb_session_codec_read (path, data, strlen (data), NULL);
    g_assert_true (sb_session_equal (back, session));
  }
}

static void
demo_done (GObject      *object,
           GAsyncResult *res,
           gpointer      user_data)
{
  Result *result = user_data;

  result->ok = sb_demo_library_add_finish (SB_DEMO_LIBRARY (object), res, &result->error);
  result->done = TRUE;
}

static Result
add_demo (SbDemoLibrary *library,
          SbExercise    *exercise,
          const char    *path)
{
  g_autoptr(GFile) video = g_file_new_for_path (path);
  Result result = { 0 };

  sb_demo_library_add_async (library, exercise, video, NULL, demo_done, &result);
  sb_test_wait_until (result.done);
  return result;
}

/* A video of the user's replaced while the disk refuses: the one before
 * stays, whole, and nothing half-copied is left behind. */
static void
check_demos (Fixture    *fixture,
             gboolean    read_only,
             const char *reason)
{
  g_autofree char *demos_path = g_build_filename (fixture->dir, "demos", NULL);
  g_autoptr(GFile) demos = g_file_new_for_path (demos_path);
  g_autoptr(SbCatalog) catalog = sb_content_load_catalog (NULL);
  g_autoptr(SbDemoLibrary) library = sb_demo_library_new (catalog, demos);
  SbExercise *exercise = sb_catalog_lookup_exercise (catalog, "hip-thrust");
  g_autofree char *outside = g_dir_make_tmp ("strongback-videos-XXXXXX", NULL);
  g_autofree char *first = g_build_filename (outside, "first.webm", NULL);
  g_autofree char *second = g_build_filename (outside, "second.webm", NULL);
  g_autofree char *first_data = g_strnfill (4096, 'a');
  g_autofree char *second_data = g_strnfill (40000, 'b');
  g_autofree char *filler = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GDir) listing = NULL;
  Result result;

  g_assert_true (g_file_set_contents (first, first_data, -1, NULL));
  g_assert_true (g_file_set_contents (second, second_data, -1, NULL));
  result = add_demo (library, exercise, first);
  g_assert_no_error (result.error);

  filler = refuse_writes (fixture, read_only);

  result = add_demo (library, exercise, second);
  g_assert_false (result.ok);
  g_test_message ("the person reads: %s", result.error->message);
  g_assert_nonnull (strstr (result.error->message, "Could not keep a copy of “second.webm”"));
  g_assert_nonnull (strstr (result.error->message, reason));
  g_clear_error (&result.error);

  /* the first video is still the exercise's, whole, and alone */
  g_assert_nonnull (sb_exercise_get_custom_demo (exercise));
  g_assert_true (g_file_get_contents (g_file_peek_path (sb_exercise_get_custom_demo (exercise)), &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, first_data);
  listing = g_dir_open (demos_path, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "hip-thrust.webm");
  g_assert_null (g_dir_read_name (listing));

  allow_writes (read_only, filler);

  result = add_demo (library, exercise, second);
  g_assert_no_error (result.error);
  g_clear_pointer (&kept, g_free);
  g_assert_true (g_file_get_contents (g_file_peek_path (sb_exercise_get_custom_demo (exercise)), &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, second_data);

  g_unlink (first);
  g_unlink (second);
  g_rmdir (outside);
}

#define FAULT_TEST(name, body) \
  static void \
  name (Fixture *fixture, gconstpointer data) \
  { \
    if (no_namespace != NULL) \
      { \
        g_test_skip (no_namespace); \
        return; \
      } \
    body; \
  }

FAULT_TEST (test_journal_disk_full, check_journal (fixture, FALSE, "the disk is full"))
FAULT_TEST (test_journal_read_only, check_journal (fixture, TRUE, "the disk is read-only"))
FAULT_TEST (test_history_disk_full, check_history (fixture, FALSE, "the disk is full"))
FAULT_TEST (test_history_read_only, check_history (fixture, TRUE, "the disk is read-only"))
FAULT_TEST (test_demos_disk_full, check_demos (fixture, FALSE, "the disk is full"))
FAULT_TEST (test_demos_read_only, check_demos (fixture, TRUE, "the disk is read-only"))

int
main (int   argc,
      char *argv[])
{
  /* unshare() needs a process with one thread: before GLib starts any */
  enter_private_mounts ();
  g_setenv ("LC_ALL", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  mountpoint = g_dir_make_tmp ("strongback-faults-XXXXXX", NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/faults/journal/disk-full", test_journal_disk_full);
  ADD ("/faults/journal/read-only", test_journal_read_only);
  ADD ("/faults/history/disk-full", test_history_disk_full);
  ADD ("/faults/history/read-only", test_history_read_only);
  ADD ("/faults/demos/disk-full", test_demos_disk_full);
  ADD ("/faults/demos/read-only", test_demos_read_only);
#undef ADD

  return g_test_run ();
}
