/* test-sync.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Two computers, one history folder, with a real sync engine: two
 * Syncthing instances (Debian's syncthing) on localhost, discovery and
 * relays off, each syncing the history folder of one SbHistoryStore. A
 * session saved on one side appears in the other side's store through its
 * monitor; the same session changed on both sides while they are apart
 * leaves Syncthing's conflict copy, which both stores then show as
 * "changed on two computers"; keeping one version on one side reaches the
 * other. */

#define G_LOG_DOMAIN "test-sync"

#include "config.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "storage/sb-history-store.h"
#include "sb-test-utils.h"

#define FOLDER_ID "strongback-history"
#define API_KEY   "strongback-test"

/* Syncing takes seconds, not milliseconds: a little longer than the
 * tests' usual wait. */
#define sync_wait_until(condition) \
  G_STMT_START { \
    gint64 until_ = g_get_monotonic_time () + 90 * G_USEC_PER_SEC; \
    guint wake_ = g_timeout_add (50, sb_test_wake, NULL); \
    while (!(condition)) \
      { \
        if (g_get_monotonic_time () > until_) \
          g_error ("timed out waiting for %s", #condition); \
        g_main_context_iteration (NULL, TRUE); \
      } \
    g_source_remove (wake_); \
  } G_STMT_END

typedef struct
{
  char           *home;       /* Syncthing's keys, config and database */
  char           *history;    /* the synced folder */
  char           *device_id;
  guint16         gui_port;
  guint16         listen_port;
  GPid            pid;
  SbHistoryStore *store;
} Side;

typedef struct
{
  char   *root;
  Side    sides[2];
  gint64  started;
} Fixture;

static guint16
free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_socket_bind (socket, any, FALSE, &error));
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}


/* GET on the instance's REST API: the body, or NULL while it is not up. */
static char *
rest_get (Side       *side,
          const char *what)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;
  g_autofree char *request = NULL;
  g_autoptr(GString) response = g_string_new (NULL);
  GOutputStream *out;
  GInputStream *in;
  char buffer[4096];
  gssize n;
  const char *body;

  /* localhost, and no proxy settings to read */
  g_socket_client_set_enable_proxy (client, FALSE);
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", side->gui_port, NULL, NULL);
  if (connection == NULL)
    return NULL;

  request = g_strdup_printf ("GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\nX-API-Key: " API_KEY "\r\n\r\n", what);
  out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
  in = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  if (!g_output_stream_write_all (out, request, strlen (request), NULL, NULL, NULL))
    return NULL;
  while ((n = g_input_stream_read (in, buffer, sizeof buffer, NULL, NULL)) > 0)
    g_string_append_len (response, buffer, n);

  if (!g_str_has_prefix (response->str, "HTTP/1.0 200") && !g_str_has_prefix (response->str, "HTTP/1.1 200"))
    return NULL;
  body = strstr (response->str, "\r\n\r\n");
  return body ? g_strdup (body + 4) : NULL;
}

static void
cli (Side       *side,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *out = NULL;
  va_list args;

  g_ptr_array_add (argv, g_strdup ("syncthing"));
  g_ptr_array_add (argv, g_strdup ("cli"));
  g_ptr_array_add (argv, g_strdup_printf ("--gui-address=127.0.0.1:%u", side->gui_port));
  g_ptr_array_add (argv, g_strdup ("--gui-apikey=" API_KEY));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  out = sb_test_run_output ((const char * const *) argv->pdata);
}

static void
write_config (Side *side,
              Side *other)
{
  g_autofree char *path = g_build_filename (side->home, "config.xml", NULL);
  g_autofree char *config = NULL;
  g_autofree char *marker = g_build_filename (side->history, ".stfolder", NULL);

  /* a history folder that Syncthing knows as its folder */
  g_assert_cmpint (g_mkdir_with_parents (marker, 0755), ==, 0);
  /* the conflict copies are what the test is about: maxConflicts must be
   * set, a config written by hand otherwise has none */
  config = g_strdup_printf (
    "<configuration version=\"36\">\n"
    "  <folder id=\"" FOLDER_ID "\" label=\"history\" path=\"%s\" type=\"sendreceive\""
    " rescanIntervalS=\"3600\" fsWatcherEnabled=\"true\" fsWatcherDelayS=\"1\">\n"
    "    <device id=\"%s\"></device>\n"
    "    <device id=\"%s\"></device>\n"
    "    <maxConflicts>10</maxConflicts>\n"
    "  </folder>\n"
    "  <device id=\"%s\" name=\"this\"><address>dynamic</address></device>\n"
    "  <device id=\"%s\" name=\"other\"><address>tcp://127.0.0.1:%u</address></device>\n"
    "  <gui enabled=\"true\" tls=\"false\"><address>127.0.0.1:%u</address><apikey>" API_KEY "</apikey></gui>\n"
    "  <options>\n"
    "    <listenAddress>tcp://127.0.0.1:%u</listenAddress>\n"
    "    <globalAnnounceEnabled>false</globalAnnounceEnabled>\n"
    "    <localAnnounceEnabled>false</localAnnounceEnabled>\n"
    "    <relaysEnabled>false</relaysEnabled>\n"
    "    <natEnabled>false</natEnabled>\n"
    "    <startBrowser>false</startBrowser>\n"
    "    <urAccepted>-1</urAccepted>\n"
    "    <crashReportingEnabled>false</crashReportingEnabled>\n"
    "    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>\n"
    "    <reconnectionIntervalS>1</reconnectionIntervalS>\n"
    "  </options>\n"
    "</configuration>\n",
    side->history, side->device_id, other->device_id, side->device_id, other->device_id,
    other->listen_port, side->gui_port, side->listen_port);
  g_assert_true (g_file_set_contents (path, config, -1, NULL));
}

/* In a process group of its own, so that teardown stops it whole; and
 * told to stop should the test itself die. */
static void
own_group (gpointer user_data)
{
  setpgid (0, 0);
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static void
start (Side *side)
{
  g_autofree char *home_arg = g_strdup_printf ("--home=%s", side->home);
  g_autofree char *log = g_build_filename (side->home, "syncthing.log", NULL);
  g_autofree char *log_arg = g_strdup_printf ("--logfile=%s", log);
  const char *argv[] = { "syncthing", "serve", home_arg, log_arg, "--no-browser", "--no-restart", NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "STNOUPGRADE", "1", TRUE);
  g_autoptr(GError) error = NULL;

  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD |
                 G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, own_group, NULL, &side->pid, &error);
  g_assert_no_error (error);
}

static gboolean
rest_up (Side *side)
{
  g_autofree char *body = rest_get (side, "/rest/system/ping");

  return body != NULL;
}

static void
loaded (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_assert_true (sb_history_store_load_finish (SB_HISTORY_STORE (object), result, NULL));
  *(gboolean *) user_data = TRUE;
}

static gboolean
connected (Side *side,
           Side *other)
{
  g_autofree char *body = rest_get (side, "/rest/system/connections");
  g_autofree char *needle = NULL;
  const char *entry;

  if (body == NULL || (entry = strstr (body, other->device_id)) == NULL)
    return FALSE;
  /* the other device's entry, up to its end */
  needle = g_strndup (entry, strcspn (entry, "}"));
  return strstr (needle, "\"connected\": true") != NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *found = g_find_program_in_path ("syncthing");

  /* installed by build-aux/dev (build-aux/debian-packages.txt) */
  g_assert_nonnull (found);
  fixture->root = g_dir_make_tmp ("strongback-sync-XXXXXX", NULL);
  fixture->started = g_get_monotonic_time ();

  for (guint i = 0; i < 2; i++)
    {
      Side *side = &fixture->sides[i];
      g_autofree char *name = g_strdup_printf ("computer-%u", i + 1);
      g_autofree char *home_arg = NULL;

      side->home = g_build_filename (fixture->root, name, "syncthing", NULL);
      side->history = g_build_filename (fixture->root, name, "history", NULL);
      side->gui_port = free_port ();
      side->listen_port = free_port ();
      home_arg = g_strdup_printf ("--home=%s", side->home);
      g_free (sb_test_run_output ((const char *[]) { "syncthing", "generate", home_arg, "--no-default-folder", NULL }));
      side->device_id = g_strstrip (sb_test_run_output ((const char *[]) { "syncthing", "serve", home_arg, "--device-id", NULL }));
    }

  for (guint i = 0; i < 2; i++)
    write_config (&fixture->sides[i], &fixture->sides[1 - i]);
  /* one after the other: the second's first dial then finds the first
   * listening, where a failed dial waits for Syncthing's next try */
  start (&fixture->sides[0]);
  sync_wait_until (rest_up (&fixture->sides[0]));
  start (&fixture->sides[1]);

  for (guint i = 0; i < 2; i++)
    {
      Side *side = &fixture->sides[i];
      g_autoptr(GFile) dir = g_file_new_for_path (side->history);
      gboolean done = FALSE;

      side->store = sb_history_store_new (dir);
      sb_history_store_load_async (side->store, NULL, loaded, &done);
      sb_test_wait_until (done);
    }

  sync_wait_until (connected (&fixture->sides[0], &fixture->sides[1]) &&
                   connected (&fixture->sides[1], &fixture->sides[0]));
  g_test_message ("connected after %.1f s", (g_get_monotonic_time () - fixture->started) / 1e6);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  for (guint i = 0; i < 2; i++)
    {
      Side *side = &fixture->sides[i];

      kill (-side->pid, SIGTERM);
      waitpid (side->pid, NULL, 0);
      g_spawn_close_pid (side->pid);
      sb_test_finalize_soon (side->store);
      g_free (side->home);
      g_free (side->history);
      g_free (side->device_id);
    }

  remove_tree (fixture->root);
  g_free (fixture->root);
}

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
save (SbHistoryStore *store,
      SbSession      *session)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  sb_history_store_save_async (store, session, NULL, on_done, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_history_store_save_finish (store, result, &error));
  g_assert_no_error (error);
}

static SbSession *
new_session (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-11-20T18:00:00+01:00", NULL);
  g_autoptr(SbSetRecord) set = sb_set_record_new ("hip-thrust");
  SbSession *session = sb_session_new ("gym-corrective", "Corrective routine", start);

  set->reps = 10;
  set->load_kg = 40;
  sb_session_add_set (session, set);
  sb_session_set_pain_before (session, 5);
  sb_session_set_pain_after (session, 4);
  return session;
}

/* A session saved on one computer shows on the other; changed on both
 * while they are apart, it is "changed on two computers" on both; keeping
 * one version on one computer settles it on both. */
static void
test_two_computers (Fixture       *fixture,
                    gconstpointer  data)
{
  Side *laptop = &fixture->sides[0];
  Side *desktop = &fixture->sides[1];
  g_autoptr(SbSession) session = new_session ();
  g_autoptr(SbSession) on_laptop = NULL;
  g_autoptr(SbSession) on_desktop = NULL;
  const char *id = sb_session_get_id (session);
  SbSession *seen;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  /* saved on the laptop, it reaches the desktop's History by itself */
  save (laptop->store, session);
  sync_wait_until ((seen = sb_history_store_lookup (desktop->store, id)) != NULL);
  g_assert_true (sb_session_equal (seen, session));
  g_test_message ("synced after %.1f s", (g_get_monotonic_time () - fixture->started) / 1e6);

  /* the two apart, the session changed on each */
  /* the folder paused on both, not the connection: meeting again is then
   * at once, where a new connection may wait for Syncthing's next dial */
  cli (laptop, "config", "folders", FOLDER_ID, "paused", "set", "true", NULL);
  cli (desktop, "config", "folders", FOLDER_ID, "paused", "set", "true", NULL);

  on_laptop = sb_session_copy (session, NULL);
  sb_session_set_pain_after (on_laptop, 1);
  save (laptop->store, on_laptop);
  on_desktop = sb_session_copy (session, NULL);
  sb_session_set_pain_after (on_desktop, 3);
  sb_session_set_notes (on_desktop, "Typed in on the desktop");
  save (desktop->store, on_desktop);
  /* a folder that resumes scans itself before it takes the other's
   * changes: each side's change meets the other's as a conflict */

  cli (laptop, "config", "folders", FOLDER_ID, "paused", "set", "false", NULL);
  cli (desktop, "config", "folders", FOLDER_ID, "paused", "set", "false", NULL);

  /* both show the session once, changed on two computers, both versions */
  for (guint i = 0; i < 2; i++)
    {
      SbHistoryStore *store = fixture->sides[i].store;

      sync_wait_until ((seen = sb_history_store_lookup (store, id)) != NULL && sb_session_get_conflict (seen) != NULL);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
      g_assert_cmpint (sb_session_get_pain_after (seen) + sb_session_get_pain_after (sb_session_get_conflict (seen)),
                       ==, 1 + 3);
    }

  /* the laptop keeps the desktop's version: both end with it alone */
  g_test_message ("conflicts shown after %.1f s", (g_get_monotonic_time () - fixture->started) / 1e6);
  seen = sb_history_store_lookup (laptop->store, id);
  sb_history_store_resolve_conflict_async (laptop->store, seen,
                                           sb_session_get_pain_after (seen) != 3,
                                           NULL, on_done, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_history_store_resolve_conflict_finish (laptop->store, result, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 2; i++)
    {
      SbHistoryStore *store = fixture->sides[i].store;

      sync_wait_until ((seen = sb_history_store_lookup (store, id)) != NULL &&
                       sb_session_get_conflict (seen) == NULL &&
                       sb_session_get_pain_after (seen) == 3);
      g_assert_cmpstr (sb_session_get_notes (seen), ==, "Typed in on the desktop");
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/sync/syncthing/two-computers", Fixture, NULL, fixture_set_up, test_two_computers, fixture_tear_down);

  return g_test_run ();
}
