/* test-backup.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Ten years of history go out as a backup and a CSV table and come back
 * the same; restoring merges by id without duplicates and without touching
 * what is here; a damaged session in a backup costs only itself; moving the
 * history folder copies every file and checks it. */

#define G_LOG_DOMAIN "test-backup"

#include "config.h"

#include <glib/gstdio.h>

#include "storage/sb-backup.h"
#include "storage/sb-session-codec.h"
#include "storage/sb-json.h"
#include "sb-test-utils.h"

/* Ten years of history in the plain builds; one under ASan and valgrind,
 * which run the same code many times slower (SB_TEST_SANITIZED). */
static guint n_sessions = 3650;

static const char * const exercises[] = { "incline-walk", "hip-thrust", "glute-bridge", "bird-dog" };

/* One session a day for ten years, every member used, awkward notes. */
static GListStore *
make_history (guint n)
{
  GListStore *history = g_list_store_new (SB_TYPE_SESSION);
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) first = g_date_time_new (berlin ? berlin : g_time_zone_new_utc (), 2016, 1, 4, 18, 30, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (first, i);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 30 + i % 20);
      g_autoptr(SbSession) session = sb_session_new (i % 3 ? "gym-corrective" : "home-corrective",
                                                     i % 3 ? "Gym, “corrective”" : "Home, with a comma", start);

      sb_session_set_end_time (session, end);
      if (i % 4 != 0)
        sb_session_set_pain_before (session, i % 11);
      if (i % 5 != 0)
        sb_session_set_pain_after (session, (i * 7) % 11);
      if (i % 7 == 0)
        sb_session_set_notes (session, "Left side tight, \"hip\" fine\nsecond line; ünïcode ✓");
      if (i % 3 == 1)
        sb_session_set_pain_next_morning (session, i % 11);
      if (i % 2 == 0)
        sb_session_set_place (session, i % 3 ? "gym" : "home");

      /* up to 17 sets, as a full gym routine has 13; some sessions none */
      for (guint s = 0; s < (i % 10 == 0 ? 0 : 5 + i % 13); s++)
        {
          g_autoptr(SbSetRecord) set = sb_set_record_new (exercises[s % G_N_ELEMENTS (exercises)]);

          if (s % 4 == 0)
            {
              set->seconds = 300 + i % 300;
              set->incline_percent = (i % 16) * 0.5;
            }
          else
            set->reps = 8 + (i + s) % 10;
          if (s % 4 == 1)
            set->load_kg = 20 + (i % 40) * 1.25;
          set->effort = (i + s) % 11;
          set->skipped = (i + s) % 13 == 0;
          sb_session_add_set (session, set);
        }

      g_list_store_append (history, session);
    }

  return history;
}

static void
assert_same_sessions (GListModel *expected,
                      GPtrArray  *actual)
{
  g_assert_cmpuint (actual->len, ==, g_list_model_get_n_items (expected));
  for (guint i = 0; i < actual->len; i++)
    {
      g_autoptr(SbSession) a = g_list_model_get_item (expected, i);

      if (!sb_session_equal (a, g_ptr_array_index (actual, i)))
        g_error ("session %u differs", i);
    }
}

static void
test_json_round_trip (void)
{
  g_autoptr(GListStore) history = make_history (n_sessions);
  g_autofree char *data = sb_backup_to_json (G_LIST_MODEL (history));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;

  g_test_message ("backup of %u sessions: %zu bytes", n_sessions, strlen (data));
  /* ten years are larger than any one file may be, which a backup may */
  if (n_sessions >= 3650)
    g_assert_cmpuint (strlen (data), >, SB_JSON_MAX_FILE_SIZE);
  sessions = sb_backup_read ("backup.json", data, strlen (data), &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  assert_same_sessions (G_LIST_MODEL (history), sessions);
}

/* A small RFC 4180 reader: a list of rows, each a GStrv. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++; !(*p == '"' && p[1] != '"'); p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"')
                p++;
              g_string_append_c (field, *p);
            }
          p++;
        }
      else
        while (*p != ',' && *p != '\r' && *p != '\0')
          g_string_append_c (field, *p++);

      g_strv_builder_add (row, field->str);
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else
        {
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          g_ptr_array_add (rows, g_strv_builder_end (row));
          g_strv_builder_unref (row);
          row = g_strv_builder_new ();
        }
    }

  return rows;
}

static char *
int_or_empty (int value,
              int unset)
{
  return value == unset ? g_strdup ("") : g_strdup_printf ("%d", value);
}

static char *
double_or_empty (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return value < 0 ? g_strdup ("") : g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}

static void
test_csv_round_trip (void)
{
  g_autoptr(GListStore) history = make_history (n_sessions);
  g_autofree char *csv = sb_backup_to_csv (G_LIST_MODEL (history));
  g_autoptr(GPtrArray) rows = parse_csv (csv);
  guint row = 1, n_rows = 1;

  g_assert_cmpstr (((GStrv) g_ptr_array_index (rows, 0))[0], ==, "session");
  g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, 0)), ==, 18);

  for (guint i = 0; i < n_sessions; i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (G_LIST_MODEL (history), i);
      n_rows += MAX (sb_session_get_n_sets (session), 1);
    }
  g_assert_cmpuint (rows->len, ==, n_rows);

  /* every row gives back its session and set, member by member */
  for (guint i = 0; i < n_sessions; i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (G_LIST_MODEL (history), i);
      guint n_sets = sb_session_get_n_sets (session);

      for (guint s = 0; s < MAX (n_sets, 1); s++, row++)
        {
          GStrv fields = g_ptr_array_index (rows, row);
          g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (fields[1], NULL);
          g_autofree char *pain_before = int_or_empty (sb_session_get_pain_before (session), -1);
          g_autofree char *pain_after = int_or_empty (sb_session_get_pain_after (session), -1);

          g_autofree char *pain_next_morning = int_or_empty (sb_session_get_pain_next_morning (session), -1);

          g_assert_cmpuint (g_strv_length (fields), ==, 18);
          g_assert_cmpstr (fields[16], ==, pain_next_morning);
          g_assert_cmpstr (fields[17], ==, sb_session_get_place (session) ? sb_session_get_place (session) : "");
          g_assert_cmpstr (fields[0], ==, sb_session_get_id (session));
          g_assert_true (g_date_time_equal (start, sb_session_get_start_time (session)));
          g_assert_cmpstr (fields[4], ==, sb_session_get_routine_name (session));
          g_assert_cmpstr (fields[5], ==, pain_before);
          g_assert_cmpstr (fields[6], ==, pain_after);
          g_assert_cmpstr (fields[7], ==, sb_session_get_notes (session) ? sb_session_get_notes (session) : "");
          if (n_sets > 0)
            {
              const SbSetRecord *set = sb_session_get_set (session, s);
              g_autofree char *reps = int_or_empty (set->reps, -1);
              g_autofree char *seconds = int_or_empty (set->seconds, -1);
              g_autofree char *load = double_or_empty (set->load_kg);
              g_autofree char *incline = double_or_empty (set->incline_percent);
              g_autofree char *effort = int_or_empty (set->effort, 0);

              g_assert_cmpint (atoi (fields[8]), ==, s + 1);
              g_assert_cmpstr (fields[9], ==, set->exercise_id);
              g_assert_cmpstr (fields[10], ==, reps);
              g_assert_cmpstr (fields[11], ==, seconds);
              g_assert_cmpstr (fields[12], ==, load);
              g_assert_cmpstr (fields[13], ==, incline);
              g_assert_cmpstr (fields[14], ==, effort);
              g_assert_cmpstr (fields[15], ==, set->skipped ? "true" : "false");
            }
          else
            g_assert_cmpstr (fields[9], ==, "");
        }
    }
}

static void
test_read_damaged (void)
{
  const char *backup =
    "{\"format\": \"strongback-backup\", \"version\": 1, \"sessions\": ["
    " {\"format\": \"strongback-session\", \"version\": 1, \"id\": \"0f8fad5b-d9cb-469f-a165-70867728950e\","
    "  \"routine-id\": \"r\", \"routine-name\": \"R\", \"start\": \"2026-03-01T18:30:00+01:00\", \"sets\": []},"
    " {\"format\": \"strongback-session\", \"version\": 1, \"id\": \"not-a-uuid\","
    "  \"routine-id\": \"r\", \"routine-name\": \"R\", \"start\": \"2026-03-01T18:30:00+01:00\", \"sets\": []},"
    " 42,"
    " {\"format\": \"strongback-session\", \"version\": 1, \"id\": \"1f8fad5b-d9cb-469f-a165-70867728950e\","
    "  \"routine-id\": \"r\", \"routine-name\": \"R\", \"start\": \"2026-03-02T18:30:00+01:00\", \"sets\": []}"
    "]}";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;

  sessions = sb_backup_read ("backup.json", backup, strlen (backup), &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "backup.json, sessions[1]"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "must be a UUID"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "backup.json, sessions[2]"));

  /* not a backup at all */
  g_clear_pointer (&sessions, g_ptr_array_unref);
  {
    const char *session = "{\"format\": \"strongback-session\", \"version\": 1}";
    sessions = sb_backup_read ("mine.json", session, strlen (session), NULL, &error);
  }
  g_assert_null (sessions);
  g_assert_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_WRONG_FORMAT);
  g_assert_nonnull (strstr (error->message, "it is not a “strongback-backup” file"));
  g_clear_error (&error);

  /* a session with numbers json-glib 1.6 wrote back wrongly (7e93 as
   * "7e+93.0") is not damaged: it is restored */
  g_clear_pointer (&problems, g_ptr_array_unref);
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", "backup", "foreign-numbers.json", NULL);
    g_autofree char *data = NULL;

    g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
    sessions = sb_backup_read ("backup.json", data, strlen (data), &problems, &error);
  }
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (sessions->len, ==, 1);
}

static void
on_result (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static SbHistoryStore *
load_store (const char *dir)
{
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  SbHistoryStore *store = sb_history_store_new (file);
  g_autoptr(GAsyncResult) result = NULL;

  sb_history_store_load_async (store, NULL, on_result, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_history_store_load_finish (store, result, NULL));
  return store;
}

static SbRestoreCounts
restore (SbHistoryStore *store,
         GPtrArray      *sessions)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SbRestoreCounts counts;

  sb_backup_restore_async (store, sessions, NULL, on_result, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_backup_restore_finish (store, result, &counts, &error));
  g_assert_no_error (error);
  return counts;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        n += count_files (path);
      else
        n++;
    }

  return n;
}

static void
test_restore_idempotent (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "history", NULL);
  g_autoptr(GListStore) history = make_history (n_sessions);
  g_autofree char *data = sb_backup_to_json (G_LIST_MODEL (history));
  g_autoptr(GPtrArray) sessions = sb_backup_read ("backup.json", data, strlen (data), NULL, NULL);
  g_autoptr(SbHistoryStore) store = load_store (dir);
  g_autoptr(SbSession) edited = NULL;
  SbRestoreCounts counts;

  /* two sessions are here already, one of them edited since the backup */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *text = sb_session_codec_write (g_ptr_array_index (sessions, i));
      g_autoptr(SbSession) copy = sb_session_codec_read ("copy", text, strlen (text), NULL);
      g_autoptr(GAsyncResult) result = NULL;

      if (i == 0)
        {
          sb_session_set_notes (copy, "edited here, after the backup");
          edited = g_object_ref (copy);
        }
      sb_history_store_save_async (store, copy, NULL, on_result, &result);
      sb_test_wait_until (result != NULL);
      g_assert_true (sb_history_store_save_finish (store, result, NULL));
    }

  counts = restore (store, sessions);
  g_assert_cmpuint (counts.added, ==, n_sessions - 2);
  g_assert_cmpuint (counts.kept, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n_sessions);
  g_assert_cmpstr (sb_session_get_notes (sb_history_store_lookup (store, sb_session_get_id (edited))),
                   ==, "edited here, after the backup");

  /* again: nothing added, nothing duplicated on disk */
  counts = restore (store, sessions);
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.kept, ==, n_sessions);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n_sessions);
  g_assert_cmpuint (count_files (dir), ==, n_sessions);

  /* and a store reading the folder from scratch finds each session once,
   * equal to the backup's except the one edited here */
  {
    g_autoptr(SbHistoryStore) fresh = load_store (dir);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fresh)), ==, n_sessions);
    for (guint i = 1; i < sessions->len; i++)
      g_assert_true (sb_session_equal (sb_history_store_lookup (fresh, sb_session_get_id (g_ptr_array_index (sessions, i))),
                                       g_ptr_array_index (sessions, i)));
  }
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, NULL);
  return contents;
}

static void
test_copy_folder (void)
{
  g_autofree char *from = g_build_filename (g_get_user_data_dir (), "old-history", NULL);
  g_autofree char *to = g_build_filename (g_get_user_data_dir (), "Sync", "history", NULL);
  g_autoptr(GFile) from_file = g_file_new_for_path (from);
  g_autoptr(GFile) to_file = g_file_new_for_path (to);
  g_autoptr(GFile) inside = g_file_get_child (from_file, "2026");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint n_copied = 0;

  write_file (from, "2026/a.json", "{\"a\": 1}");
  write_file (from, "2025/b.json", "{\"b\": 2}");
  write_file (from, "quarantine/c.json", "broken");
  write_file (from, "quarantine/c.json.reason.txt", "why");
  write_file (from, "trash/d.json", "{\"d\": 4}");
  /* the target already holds this history's session from another computer */
  write_file (to, "2026/a.json", "{\"a\": \"edited elsewhere\"}");

  sb_backup_copy_folder_async (from_file, to_file, NULL, on_result, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_backup_copy_folder_finish (result, &n_copied, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_copied, ==, 4);
  g_assert_cmpuint (count_files (to), ==, 5);
  g_assert_cmpuint (count_files (from), ==, 5);   /* nothing taken away */

  {
    g_autofree char *kept = read_file (to, "2026/a.json");
    g_autofree char *copied = read_file (to, "quarantine/c.json.reason.txt");

    g_assert_cmpstr (kept, ==, "{\"a\": \"edited elsewhere\"}");
    g_assert_cmpstr (copied, ==, "why");
  }

  /* a folder inside the history itself would copy forever */
  g_clear_object (&result);
  sb_backup_copy_folder_async (from_file, inside, NULL, on_result, &result);
  sb_test_wait_until (result != NULL);
  g_assert_false (sb_backup_copy_folder_finish (result, NULL, &error));
  g_assert_nonnull (strstr (error->message, "inside itself"));
}

/* Copy, switch, and from then on everything is saved in the new place. */
static void
test_move_history (void)
{
  g_autofree char *from = g_build_filename (g_get_user_data_dir (), "history", NULL);
  g_autofree char *to = g_build_filename (g_get_user_data_dir (), "Nextcloud", "Strongback", NULL);
  g_autoptr(GFile) to_file = g_file_new_for_path (to);
  g_autoptr(GListStore) history = make_history (30);
  g_autofree char *data = sb_backup_to_json (G_LIST_MODEL (history));
  g_autoptr(GPtrArray) sessions = sb_backup_read ("backup.json", data, strlen (data), NULL, NULL);
  g_autoptr(SbHistoryStore) store = load_store (from);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) later = NULL;
  guint n_copied;

  restore (store, sessions);
  sb_backup_copy_folder_async (sb_history_store_get_directory (store), to_file, NULL, on_result, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_backup_copy_folder_finish (result, &n_copied, &error));
  g_assert_cmpuint (n_copied, ==, 30);

  g_assert_true (sb_history_store_set_directory (store, to_file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_assert_false (sb_history_store_get_loaded (store));
  g_clear_object (&result);
  sb_history_store_load_async (store, NULL, on_result, &result);
  sb_test_wait_until (result != NULL);
  g_assert_true (sb_history_store_load_finish (store, result, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 30);
  for (guint i = 0; i < sessions->len; i++)
    g_assert_true (sb_session_equal (sb_history_store_lookup (store, sb_session_get_id (g_ptr_array_index (sessions, i))),
                                     g_ptr_array_index (sessions, i)));

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    later = sb_session_new ("r", "R", now);
    g_clear_object (&result);
    sb_history_store_save_async (store, later, NULL, on_result, &result);
    sb_test_wait_until (result != NULL);
    g_assert_true (sb_history_store_save_finish (store, result, NULL));
  }
  g_assert_cmpuint (count_files (to), ==, 31);
  g_assert_cmpuint (count_files (from), ==, 30);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  if (g_getenv ("SB_TEST_SANITIZED") != NULL)
    n_sessions = 365;
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/backup/json-round-trip", test_json_round_trip);
  g_test_add_func ("/backup/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/backup/read-damaged", test_read_damaged);
  g_test_add_func ("/backup/restore-idempotent", test_restore_idempotent);
  g_test_add_func ("/backup/copy-folder", test_copy_folder);
  g_test_add_func ("/backup/move-history", test_move_history);

  return g_test_run ();
}
