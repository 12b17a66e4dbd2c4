/* test-history-store.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The history store must never lose a session: it loads every good file,
 * newest first and in batches, moves bad files aside with a reason, writes
 * atomically (even when killed mid-write or racing another process), and
 * follows changes that other programs make on disk. */

#define G_LOG_DOMAIN "test-history-store"

#include "config.h"

#include <glib/gstdio.h>
#include <libglib-testing/signal-logger.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "storage/sb-history-store.h"
#include "storage/sb-session-codec.h"
#include "storage/sb-json.h"
#include "storage/sb-store-problem.h"
#include "sb-test-utils.h"

typedef struct
{
  char           *dir;
  SbHistoryStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;

  /* G_TEST_OPTION_ISOLATE_DIRS gives each test its own data home. */
  fixture->dir = g_build_filename (g_get_user_data_dir (), "strongback", "history", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0755), ==, 0);
  file = g_file_new_for_path (fixture->dir);
  fixture->store = sb_history_store_new (file);
}

static GThread *main_thread;

static void
assert_on_main_thread (gpointer  data,
                       GObject  *where_the_object_was)
{
  /* its file monitors and signals belong to the main thread */
  g_assert_true (g_thread_self () == main_thread);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gpointer store = fixture->store;
  guint timeout;

  /* Reads started by late file-monitor events hold the store until they
   * finish; after that it must go away, on this thread, or it leaks. */
  g_object_weak_ref (G_OBJECT (store), assert_on_main_thread, NULL);
  g_object_add_weak_pointer (G_OBJECT (store), &store);
  g_clear_object (&fixture->store);

  timeout = g_timeout_add_seconds (20, sb_test_timed_out, (gpointer) "the store to be finalized");
  while (store != NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_free (fixture->dir);
}

/* Runs the main loop until *flag is set; a test that hangs fails. */
#define wait_for(flag) wait_for_impl (&(flag), #flag)
static void
wait_for_impl (gboolean   *flag,
               const char *what)
{
  guint timeout = g_timeout_add_seconds (20, sb_test_timed_out, (gpointer) what);

  while (!*flag)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (timeout);
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets queued file-monitor events arrive, to check that none changes
 * anything: an absence cannot be awaited any other way. */
static void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (300, set_flag, &done);
  wait_for (done);
}

#define assert_items_changed(logger, store, position, removed, added) \
  G_STMT_START { \
    guint p_, r_, a_; \
    gt_signal_logger_assert_emission_pop (logger, store, "items-changed", &p_, &r_, &a_); \
    g_assert_cmpuint (p_, ==, position); \
    g_assert_cmpuint (r_, ==, removed); \
    g_assert_cmpuint (a_, ==, added); \
  } G_STMT_END

#define assert_session_signal(logger, store, name, expected) \
  G_STMT_START { \
    g_autoptr(SbSession) s_ = NULL; \
    gt_signal_logger_assert_emission_pop (logger, store, name, &s_); \
    g_assert_true (s_ == (expected)); \
  } G_STMT_END

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GAsyncResult **out = user_data;
  *out = g_object_ref (result);
}

static void
load (SbHistoryStore *store)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  sb_history_store_load_async (store, NULL, on_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (sb_history_store_load_finish (store, result, &error));
  g_assert_no_error (error);
}

typedef gboolean (*FinishFunc) (SbHistoryStore *, GAsyncResult *, GError **);
typedef void (*AsyncFunc) (SbHistoryStore *, SbSession *, GCancellable *, GAsyncReadyCallback, gpointer);

static gboolean
run_op (SbHistoryStore *store,
        AsyncFunc       start,
        FinishFunc      finish,
        SbSession      *session,
        GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  start (store, session, NULL, on_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return finish (store, result, error);
}

#define save(store, session, error) \
  run_op (store, sb_history_store_save_async, sb_history_store_save_finish, session, error)
#define delete(store, session, error) \
  run_op (store, sb_history_store_delete_async, sb_history_store_delete_finish, session, error)
#define undo_delete(store, session, error) \
  run_op (store, sb_history_store_undo_delete_async, sb_history_store_undo_delete_finish, session, error)

static SbSession *
new_session (const char *start_iso)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (start_iso, NULL);
  g_autoptr(SbSetRecord) set = sb_set_record_new ("glute-bridge");
  SbSession *session = sb_session_new ("home", "Home routine", start);

  set->reps = 15;
  sb_session_add_set (session, set);
  sb_session_set_pain_before (session, 4);

  return session;
}

/* Writes a session file as another program would; returns its path. */
static char *
write_file (const char *dir,
            SbSession  *session)
{
  g_autofree char *name = sb_session_codec_dup_file_name (session);
  g_autofree char *data = sb_session_codec_write (session);
  char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, data, -1, NULL));

  return path;
}

static void
write_raw (const char *dir,
           const char *name,
           const char *data,
           gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, data, length, NULL));
}

static SbSession *
item (SbHistoryStore *store,
      guint           position)
{
  SbSession *session = g_list_model_get_item (G_LIST_MODEL (store), position);

  /* the store keeps its own reference */
  g_object_unref (session);
  return session;
}

static void
test_load_newest_first (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *starts[] = {
    "2025-06-01T10:00:00+02:00",
    "2024-12-31T23:30:00-05:00",   /* 2025 in UTC */
    "2026-01-02T07:00:00Z",
    "2024-03-01T07:00:00Z",
    "2026-01-02T08:00:00+01:00",   /* the same instant as the 07:00Z one */
  };
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
    {
      g_autoptr(SbSession) session = new_session (starts[i]);
      g_autofree char *path = write_file (fixture->dir, session);
    }

  gt_signal_logger_connect (logger, fixture->store, "session-added");
  gt_signal_logger_connect (logger, fixture->store, "load-finished");
  gt_signal_logger_connect (logger, fixture->store, "notify::loaded");

  g_assert_false (sb_history_store_get_loaded (fixture->store));
  load (fixture->store);
  g_assert_true (sb_history_store_get_loaded (fixture->store));

  n = g_list_model_get_n_items (G_LIST_MODEL (fixture->store));
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (starts));
  for (guint i = 1; i < n; i++)
    g_assert_cmpint (g_date_time_compare (sb_session_get_start_time (item (fixture->store, i - 1)),
                                          sb_session_get_start_time (item (fixture->store, i))), >=, 0);
  g_assert_cmpint (g_date_time_get_year (sb_session_get_start_time (item (fixture->store, n - 1))), ==, 2024);

  /* loading is not "adding": the first load only fills the list */
  gt_signal_logger_assert_notify_emission_pop (logger, fixture->store, "loaded");
  gt_signal_logger_assert_emission_pop (logger, fixture->store, "load-finished", NULL);
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpuint (g_list_model_get_n_items (sb_history_store_get_problems (fixture->store)), ==, 0);
}

typedef struct
{
  SbHistoryStore *store;
  guint           first_batch;
  gboolean        finished_seen;
} BatchWatch;

static gboolean
record_first_batch (gpointer data)
{
  BatchWatch *watch = data;

  watch->first_batch = g_list_model_get_n_items (G_LIST_MODEL (watch->store));
  g_assert_false (sb_history_store_get_loaded (watch->store));
  return G_SOURCE_REMOVE;
}

static void
on_first_items (GListModel *model,
                guint       position,
                guint       removed,
                guint       added,
                BatchWatch *watch)
{
  if (watch->first_batch == 0 && !g_main_context_find_source_by_user_data (NULL, watch))
    g_idle_add_full (G_PRIORITY_HIGH, record_first_batch, watch, NULL);
}

static void
test_load_incremental (Fixture       *fixture,
                       gconstpointer  data)
{
  BatchWatch watch = { fixture->store, 0 };
  g_autoptr(GDateTime) base = g_date_time_new_from_iso8601 ("2020-01-01T08:00:00Z", NULL);
  g_autofree char *newest_id = NULL;

  for (guint i = 0; i < 600; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (base, i * 3);
      g_autoptr(SbSession) session = sb_session_new ("gym", "Gym", start);
      g_autofree char *path = write_file (fixture->dir, session);

      g_free (newest_id);
      newest_id = g_strdup (sb_session_get_id (session));
    }

  g_signal_connect (fixture->store, "items-changed", G_CALLBACK (on_first_items), &watch);
  load (fixture->store);
  g_signal_handlers_disconnect_by_data (fixture->store, &watch);

  /* The newest sessions arrive first, in a small batch, before the rest. */
  g_assert_cmpuint (watch.first_batch, ==, 50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 600);
  g_assert_cmpstr (sb_session_get_id (item (fixture->store, 0)), ==, newest_id);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  if (handle == NULL)
    return 0;

  while (g_dir_read_name (handle) != NULL)
    n++;

  return n;
}

/* Counts the files in the year, quarantine and trash folders. */
static guint
count_tree (const char *dir)
{
  const char *subdirs[] = { "2025", "2026", "quarantine", "trash" };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (subdirs); i++)
    {
      g_autofree char *path = g_build_filename (dir, subdirs[i], NULL);
      n += count_files (path);
    }

  return n;
}

static void
test_quarantine (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SbSession) good = new_session ("2026-02-01T10:00:00Z");
  g_autofree char *good_path = write_file (fixture->dir, good);
  g_autofree char *good_data = sb_session_codec_write (good);
  g_autofree char *huge = g_malloc (5 * 1024 * 1024);
  g_autofree char *dir_named_json = g_build_filename (fixture->dir, "2026", "folder.json", NULL);
  g_autofree char *quarantine = g_build_filename (fixture->dir, "quarantine", NULL);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  GListModel *problems = sb_history_store_get_problems (fixture->store);
  const char *newer_valid =
    "{\"format\": \"strongback-session\", \"version\": 2, \"id\": \"5d6a3a52-5f1e-4bd7-9a3e-1c2a0c1b9e11\","
    " \"routine-id\": \"r\", \"routine-name\": \"R\", \"start\": \"2026-01-01T10:00:00Z\", \"sets\": []}";
  const char *newer_broken =
    "{\"format\": \"strongback-session\", \"version\": 2, \"sessions\": []}";
  struct { const char *name; const char *data; gssize length; const char *says; } bad[] = {
    { "2026/truncated.json", good_data, strlen (good_data) / 2, "not valid JSON" },
    { "2026/hello.json", "hello", -1, "not valid JSON" },
    { "2026/foreign.json", "{\"name\": \"a playlist\"}", -1, "not a “strongback-session” file" },
    { "2025/pain.json", NULL, -1, "member “pain-before” must be a whole number from 0 to 10" },
    { "2025/huge.json", huge, 5 * 1024 * 1024, "far larger than any Strongback file" },
    { "2025/latin1.json", "{\"notes\": \"caf\xe9\"}", -1, "not UTF-8 text" },
  };
  g_autofree char *pain = NULL;
  guint n_before, n_after;

  /* a good file with one value out of range */
  pain = g_strdup_printf ("%.*s\"pain-before\" : 12,%s",
                          (int) (strstr (good_data, "\"pain-before\"") - good_data), good_data,
                          strstr (strstr (good_data, "\"pain-before\""), ",") + 1);
  bad[3].data = pain;
  memset (huge, ' ', 5 * 1024 * 1024);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    write_raw (fixture->dir, bad[i].name, bad[i].data, bad[i].length);
  write_raw (fixture->dir, "2026/newer-valid.json", newer_valid, -1);
  write_raw (fixture->dir, "2026/newer-broken.json", newer_broken, -1);
  g_assert_cmpint (g_mkdir (dir_named_json, 0755), ==, 0);
  n_before = count_tree (fixture->dir);

  gt_signal_logger_connect (logger, fixture->store, "file-quarantined");
  load (fixture->store);

  /* every good file loads, the newer one too, read-only */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 2);
  g_assert_nonnull (sb_history_store_lookup (fixture->store, sb_session_get_id (good)));
  g_assert_false (sb_session_get_writable (sb_history_store_lookup (fixture->store,
                                                                    "5d6a3a52-5f1e-4bd7-9a3e-1c2a0c1b9e11")));
  g_assert_true (g_file_test (good_path, G_FILE_TEST_EXISTS));

  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, G_N_ELEMENTS (bad) + 2);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *original = g_build_filename (fixture->dir, bad[i].name, NULL);
      g_autofree char *basename = g_path_get_basename (bad[i].name);
      g_autofree char *moved = g_build_filename (quarantine, basename, NULL);
      g_autofree char *reason_path = g_strconcat (moved, ".reason.txt", NULL);
      g_autofree char *reason = NULL;
      g_autofree char *contents = NULL;
      gsize length;
      gboolean found = FALSE;

      g_test_message ("bad file %s", bad[i].name);
      g_assert_false (g_file_test (original, G_FILE_TEST_EXISTS));
      /* moved intact, not rewritten */
      g_assert_true (g_file_get_contents (moved, &contents, &length, NULL));
      g_assert_cmpmem (contents, length, bad[i].data,
                       bad[i].length < 0 ? strlen (bad[i].data) : (gsize) bad[i].length);
      g_assert_true (g_file_get_contents (reason_path, &reason, NULL, NULL));
      g_assert_nonnull (strstr (reason, bad[i].says));

      for (guint p = 0; p < g_list_model_get_n_items (problems); p++)
        {
          g_autoptr(SbStoreProblem) problem = g_list_model_get_item (problems, p);
          g_autofree char *problem_path = g_file_get_path (sb_store_problem_get_file (problem));

          if (g_str_equal (problem_path, original))
            {
              g_autofree char *where = g_file_get_path (sb_store_problem_get_quarantined_file (problem));
              g_assert_cmpstr (where, ==, moved);
              g_assert_nonnull (strstr (sb_store_problem_get_message (problem), bad[i].says));
              found = TRUE;
            }
        }
      g_assert_true (found);
    }

  /* a folder, and a newer version's file, are left where they are */
  g_assert_true (g_file_test (dir_named_json, G_FILE_TEST_IS_DIR));
  {
    g_autofree char *path = g_build_filename (fixture->dir, "2026", "newer-broken.json", NULL);
    g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  }

  for (guint i = 0; i < G_N_ELEMENTS (bad) + 2; i++)
    {
      g_autoptr(SbStoreProblem) expected = g_list_model_get_item (problems, i);
      g_autoptr(SbStoreProblem) problem = NULL;

      gt_signal_logger_assert_emission_pop (logger, fixture->store, "file-quarantined", &problem);
      g_assert_true (problem == expected);
    }
  gt_signal_logger_assert_no_emissions (logger);

  /* nothing deleted: every file is still somewhere, plus one reason each */
  n_after = count_tree (fixture->dir);
  g_assert_cmpuint (n_after, ==, n_before + G_N_ELEMENTS (bad));
}

/* Files no Strongback wrote: 50 MB of nothing, a link that points at
 * itself, JSON nested far too deep, a file nobody may read. The good file
 * still loads; each odd one is reported, and moved aside only when it is a
 * real file that can be moved intact. */
static void
test_odd_files (Fixture       *fixture,
                gconstpointer  data)
{
  GListModel *problems = sb_history_store_get_problems (fixture->store);
  g_autoptr(SbSession) good = NULL;
  g_autofree char *big = g_build_filename (fixture->dir, "2026", "big.json", NULL);
  g_autofree char *loop = g_build_filename (fixture->dir, "2026", "loop.json", NULL);
  g_autofree char *secret = g_build_filename (fixture->dir, "2026", "secret.json", NULL);
  g_autofree char *moved_big = g_build_filename (fixture->dir, "quarantine", "big.json", NULL);
  g_autoptr(GString) deep = g_string_new ("{\"format\": \"strongback-session\", \"version\": 1, \"x\": ");
  gboolean unreadable;
  struct { const char *name; const char *says; } expected[] = {
    { "big.json", "far larger than any Strongback file" },
    { "loop.json", "symbolic links" },
    { "deep.json", "nested too deeply" },
    { "secret.json", "Permission denied" },
  };
  GStatBuf st;
  int fd;

  good = new_session ("2026-02-01T18:00:00Z");
  g_free (write_file (fixture->dir, good));

  /* 50 MB, sparse: the size is checked before a byte is read */
  fd = g_open (big, O_WRONLY | O_CREAT, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 50 * 1024 * 1024), ==, 0);
  close (fd);

  g_assert_cmpint (symlink ("loop.json", loop), ==, 0);

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  write_raw (fixture->dir, "2026/deep.json", deep->str, deep->len);

  /* root without its overrides (see main) meets this as a user does */
  write_raw (fixture->dir, "2026/secret.json", "{}", -1);
  g_assert_cmpint (g_chmod (secret, 0000), ==, 0);
  fd = g_open (secret, O_RDONLY, 0);
  unreadable = fd < 0;
  if (fd >= 0)
    close (fd);

  load (fixture->store);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  g_assert_nonnull (sb_history_store_lookup (fixture->store, sb_session_get_id (good)));

  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      gboolean found = FALSE;

      if (!unreadable && g_str_equal (expected[e].name, "secret.json"))
        {
          g_test_incomplete ("permissions do not stop this process reading a file");
          continue;
        }

      for (guint p = 0; p < g_list_model_get_n_items (problems); p++)
        {
          g_autoptr(SbStoreProblem) problem = g_list_model_get_item (problems, p);
          g_autofree char *name = g_file_get_basename (sb_store_problem_get_file (problem));

          if (g_str_equal (name, expected[e].name))
            {
              g_test_message ("%s: %s", name, sb_store_problem_get_message (problem));
              g_assert_nonnull (strstr (sb_store_problem_get_message (problem), expected[e].says));
              found = TRUE;
            }
        }
      g_assert_true (found);
    }

  /* the big file is moved aside whole; the link is left where it is */
  g_assert_cmpint (g_stat (moved_big, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 50 * 1024 * 1024);
  g_assert_true (g_file_test (loop, G_FILE_TEST_IS_SYMLINK));
  g_chmod (secret, 0644);
}

static void
test_save_new_and_update (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(SbSession) session = new_session ("2026-03-05T18:00:00+01:00");
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbHistoryStore) reopened = NULL;
  g_autofree char *name = sb_session_codec_dup_file_name (session);
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *contents = NULL;

  load (fixture->store);
  gt_signal_logger_connect (logger, fixture->store, "items-changed");
  gt_signal_logger_connect (logger, fixture->store, "session-added");
  gt_signal_logger_connect (logger, fixture->store, "session-changed");

  g_assert_true (save (fixture->store, session, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"format\" : \"strongback-session\""));

  assert_items_changed (logger, fixture->store, 0, 0, 1);
  assert_session_signal (logger, fixture->store, "session-added", session);
  gt_signal_logger_assert_no_emissions (logger);

  sb_session_set_pain_after (session, 2);
  g_assert_true (save (fixture->store, session, &error));
  assert_session_signal (logger, fixture->store, "session-changed", session);

  /* our own writes come back through the monitor: no duplicates, no churn */
  settle ();
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);

  /* what is on disk is what was saved */
  {
    g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
    reopened = sb_history_store_new (dir);
    load (reopened);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reopened)), ==, 1);
    g_assert_true (sb_session_equal (item (reopened, 0), session));
    g_assert_cmpint (sb_session_get_pain_after (item (reopened, 0)), ==, 2);
  }
}

static void
test_save_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SbSession) session = new_session ("2026-03-05T18:00:00Z");
  g_autofree char *blocker = g_build_filename (fixture->dir, "2026", NULL);
  g_autoptr(GError) error = NULL;
  const char *newer =
    "{\"format\": \"strongback-session\", \"version\": 2, \"id\": \"5d6a3a52-5f1e-4bd7-9a3e-1c2a0c1b9e11\","
    " \"routine-id\": \"r\", \"routine-name\": \"R\", \"start\": \"2025-01-01T10:00:00Z\", \"sets\": []}";
  SbSession *read_only;

  write_raw (fixture->dir, "2025/newer.json", newer, -1);
  load (fixture->store);

  /* a newer version's session is never rewritten */
  read_only = sb_history_store_lookup (fixture->store, "5d6a3a52-5f1e-4bd7-9a3e-1c2a0c1b9e11");
  g_assert_false (save (fixture->store, read_only, &error));
  g_assert_error (error, SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  /* The disk refuses (a file stands where the year folder should be; this
   * works as root too, where permissions would not): a clear error, the list
   * unchanged, the session intact, and a retry succeeds. */
  g_assert_true (g_file_set_contents (blocker, "not a folder", -1, NULL));
  g_assert_false (save (fixture->store, session, &error));
  g_assert_error (error, SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_WRITE);
  g_assert_true (g_str_has_prefix (error->message, "Could not save the session: "));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 1);
  g_clear_error (&error);

  g_assert_cmpint (g_unlink (blocker), ==, 0);
  g_assert_true (save (fixture->store, session, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 2);
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(SbSession) first = new_session ("2026-03-05T18:00:00Z");
  g_autoptr(SbSession) second = new_session ("2026-03-07T18:00:00Z");
  g_autofree char *first_path = write_file (fixture->dir, first);
  g_autofree char *second_path = write_file (fixture->dir, second);
  g_autofree char *original = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *trash = g_build_filename (fixture->dir, "trash", NULL);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(GError) error = NULL;
  SbSession *victim;

  g_assert_true (g_file_get_contents (first_path, &original, NULL, NULL));
  load (fixture->store);
  victim = item (fixture->store, 1);
  g_assert_cmpstr (sb_session_get_id (victim), ==, sb_session_get_id (first));
  g_object_ref (victim);

  gt_signal_logger_connect (logger, fixture->store, "items-changed");
  gt_signal_logger_connect (logger, fixture->store, "session-added");
  gt_signal_logger_connect (logger, fixture->store, "session-removed");

  g_assert_true (delete (fixture->store, victim, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (first_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (trash), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  assert_items_changed (logger, fixture->store, 1, 1, 0);
  assert_session_signal (logger, fixture->store, "session-removed", victim);

  g_assert_true (undo_delete (fixture->store, victim, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (first_path, &restored, NULL, NULL));
  g_assert_cmpstr (restored, ==, original);
  g_assert_cmpuint (count_files (trash), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 2);
  g_assert_true (item (fixture->store, 1) == victim);
  assert_items_changed (logger, fixture->store, 1, 0, 1);
  assert_session_signal (logger, fixture->store, "session-added", victim);

  /* undo works once */
  g_assert_false (undo_delete (fixture->store, victim, &error));
  g_assert_error (error, SB_HISTORY_STORE_ERROR, SB_HISTORY_STORE_ERROR_NOT_FOUND);

  settle ();
  gt_signal_logger_assert_no_emissions (logger);
  g_object_unref (victim);
}

/* Spins, without the main loop, until @path does or does not exist: the
 * worker has done its part, and its result waits for the main loop. */
static void
wait_for_file (const char *path,
               gboolean    exists)
{
  gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_file_test (path, G_FILE_TEST_EXISTS) != exists)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      g_usleep (1000);
    }
}

/* Cancelled once its file has already changed (the window closing just
 * after a save or a delete), an operation still leaves the list as the
 * disk is: GTask would otherwise report the worker's success as
 * "cancelled", and the list would keep a session whose file is gone. */
static void
test_cancelled_after_the_disk (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(SbSession) session = new_session ("2026-03-05T18:00:00Z");
  g_autofree char *name = sb_session_codec_dup_file_name (session);
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  load (fixture->store);

  cancellable = g_cancellable_new ();
  sb_history_store_save_async (fixture->store, session, cancellable, on_done, &result);
  wait_for_file (path, TRUE);
  g_cancellable_cancel (cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* the caller hears what it asked for; the list is right either way */
  if (!sb_history_store_save_finish (fixture->store, result, &error))
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_clear_object (&result);
  g_assert_true (sb_history_store_lookup (fixture->store, sb_session_get_id (session)) == session);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);

  g_clear_object (&cancellable);
  cancellable = g_cancellable_new ();
  sb_history_store_delete_async (fixture->store, session, cancellable, on_done, &result);
  wait_for_file (path, FALSE);
  g_cancellable_cancel (cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  if (!sb_history_store_delete_finish (fixture->store, result, &error))
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_null (sb_history_store_lookup (fixture->store, sb_session_get_id (session)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 0);

  /* and the deletion can still be undone */
  g_assert_true (undo_delete (fixture->store, session, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
}

typedef struct
{
  SbSession *last;
  guint      added, removed, changed, quarantined;
} Events;

static void on_added (SbHistoryStore *s, SbSession *session, Events *e) { e->added++; g_set_object (&e->last, session); }
static void on_removed (SbHistoryStore *s, SbSession *session, Events *e) { e->removed++; }
static void on_changed (SbHistoryStore *s, SbSession *session, Events *e) { e->changed++; g_set_object (&e->last, session); }
static void on_quarantined (SbHistoryStore *s, SbStoreProblem *p, Events *e) { e->quarantined++; }

static void
wait_count (guint *counter,
            guint  expected)
{
  guint timeout = g_timeout_add_seconds (20, sb_test_timed_out, (gpointer) "a file monitor event");

  while (*counter < expected)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (timeout);
}

static void
test_monitor (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SbSession) session = new_session ("2026-03-05T18:00:00Z");
  g_autoptr(SbSession) next_year = new_session ("2027-01-05T18:00:00Z");
  g_autofree char *path = NULL;
  g_autofree char *other = NULL;
  Events events = { 0 };

  load (fixture->store);
  g_signal_connect (fixture->store, "session-added", G_CALLBACK (on_added), &events);
  g_signal_connect (fixture->store, "session-removed", G_CALLBACK (on_removed), &events);
  g_signal_connect (fixture->store, "session-changed", G_CALLBACK (on_changed), &events);
  g_signal_connect (fixture->store, "file-quarantined", G_CALLBACK (on_quarantined), &events);

  /* another instance, or a sync tool, adds a session */
  path = write_file (fixture->dir, session);
  wait_count (&events.added, 1);
  g_assert_cmpstr (sb_session_get_id (events.last), ==, sb_session_get_id (session));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);

  /* … changes it */
  sb_session_set_notes (session, "edited on the laptop");
  g_free (write_file (fixture->dir, session));
  wait_count (&events.changed, 1);
  g_assert_cmpstr (sb_session_get_notes (item (fixture->store, 0)), ==, "edited on the laptop");

  /* … adds one in a year folder that did not exist yet */
  other = write_file (fixture->dir, next_year);
  wait_count (&events.added, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 2);

  /* … removes one */
  g_assert_cmpint (g_unlink (path), ==, 0);
  wait_count (&events.removed, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);

  /* … writes a broken one */
  write_raw (fixture->dir, "2026/broken.json", "{\"format\": \"strongback-session\"", -1);
  wait_count (&events.quarantined, 1);
  g_assert_cmpuint (g_list_model_get_n_items (sb_history_store_get_problems (fixture->store)), ==, 1);

  g_signal_handlers_disconnect_by_data (fixture->store, &events);
  g_clear_object (&events.last);
}

static char *
writer_path (void)
{
  return g_test_build_filename (G_TEST_BUILT, "history-writer", NULL);
}

static void
test_concurrent_writers (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *id = "9b2f4c1e-3d5a-4e8f-9a7b-6c5d4e3f2a1b";
  g_autofree char *writer = writer_path ();
  g_autofree char *path = NULL;
  GPid pids[2];
  guint reads = 0;
  int status;

  for (guint i = 0; i < 2; i++)
    {
      const char *argv[] = { writer, fixture->dir, "rewrite", id, "150", NULL };
      g_autoptr(GError) error = NULL;

      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                    NULL, NULL, &pids[i], &error));
      g_assert_no_error (error);
    }

  path = g_build_filename (fixture->dir, "2026", "2026-06-01T120000Z-9b2f4c1e-3d5a-4e8f-9a7b-6c5d4e3f2a1b.json", NULL);

  /* While both write, every read sees one whole version or the other. */
  for (guint i = 0; i < 2; i++)
    while (waitpid (pids[i], &status, WNOHANG) == 0)
      {
        g_autofree char *contents = NULL;
        gsize length;

        if (g_file_get_contents (path, &contents, &length, NULL))
          {
            g_autoptr(GError) error = NULL;
            g_autoptr(SbSession) session = sb_session_codec_read (path, contents, length, &error);

            g_assert_no_error (error);
            g_assert_cmpstr (sb_session_get_id (session), ==, id);
            g_assert_cmpuint (sb_session_get_n_sets (session), ==, 10);
            reads++;
          }
      }

  g_test_message ("%u reads during the writes", reads);
  g_assert_cmpuint (reads, >, 0);
  load (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (sb_history_store_get_problems (fixture->store)), ==, 0);
}

static void
test_killed_writer (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *writer = writer_path ();
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_free);
  guint rounds = 200;

  for (guint round = 0; round < rounds; round++)
    {
      const char *argv[] = { writer, fixture->dir, "new", "1000", NULL };
      /* killed while starting, or in the middle of any write */
      g_auto(GStrv) ids = sb_test_run_killed (argv, NULL, 1000, 40000);

      for (guint i = 0; ids[i] != NULL; i++)
        if (g_uuid_string_is_valid (ids[i]))
          g_ptr_array_add (saved, g_strdup (ids[i]));
    }

  g_test_message ("%u sessions reported saved over %u kills", saved->len, rounds);
  g_assert_cmpuint (saved->len, >, 0);

  /* Every file there is whole, and every reported session is there. */
  load (fixture->store);
  g_assert_cmpuint (g_list_model_get_n_items (sb_history_store_get_problems (fixture->store)), ==, 0);
  for (guint i = 0; i < saved->len; i++)
    if (sb_history_store_lookup (fixture->store, g_ptr_array_index (saved, i)) == NULL)
      g_error ("session %s was reported saved but is missing", (char *) g_ptr_array_index (saved, i));
}

/* Root reads any file whatever its permissions. Without these two
 * capabilities this process, and the threads it starts after, meet
 * "Permission denied" as a person's own session does. */
static void
drop_file_overrides (void)
{
  struct __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
  struct __user_cap_data_struct caps[_LINUX_CAPABILITY_U32S_3] = { { 0 } };
  guint32 overrides = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH);

  if (syscall (SYS_capget, &header, caps) != 0)
    return;
  caps[0].effective &= ~overrides;
  caps[0].permitted &= ~overrides;
  caps[0].inheritable &= ~overrides;
  syscall (SYS_capset, &header, caps);
}

int
main (int   argc,
      char *argv[])
{
  /* before any thread exists: threads keep the capabilities they start with */
  drop_file_overrides ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  main_thread = g_thread_self ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/history/load/newest-first", test_load_newest_first);
  ADD ("/history/load/incremental", test_load_incremental);
  ADD ("/history/quarantine/bad-files", test_quarantine);
  ADD ("/history/quarantine/odd-files", test_odd_files);
  ADD ("/history/save/new-and-update", test_save_new_and_update);
  ADD ("/history/save/refused", test_save_refused);
  ADD ("/history/delete-and-undo", test_delete_and_undo);
  ADD ("/history/cancelled-after-the-disk", test_cancelled_after_the_disk);
  ADD ("/history/monitor/changes-on-disk", test_monitor);
  ADD ("/history/concurrent-writers", test_concurrent_writers);
  ADD ("/history/killed-writer", test_killed_writer);

#undef ADD

  return g_test_run ();
}
