/* test-import.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Bringing a history from Strong or Hevy: their CSV exports (English and
 * German headers, commas and semicolons, 12-hour times, pounds) become
 * sessions of Strongback's exercises, the rest listed, nothing dropped in
 * silence; importing twice adds nothing; a bad file (another kind of
 * CSV, a cut-off line, a date that is no date, 50 MB) is refused with a
 * clear message and changes nothing. */

#define G_LOG_DOMAIN "test-import"

#include "config.h"

#include "storage/sb-backup.h"
#include "storage/sb-import.h"
#include "storage/sb-json.h"
#include "sb-test-core.h"

static SbImport *
read_fixture (SbCatalog  *catalog,
              const char *name,
              GError    **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", name, NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return sb_import_read (name, data, length, catalog, error);
}

static SbSession *
session (SbImport *import,
         guint     index)
{
  g_assert_cmpuint (index, <, import->sessions->len);
  return g_ptr_array_index (import->sessions, index);
}

static const SbSetRecord *
set_of (SbSession *s,
        guint      index)
{
  g_assert_cmpuint (index, <, sb_session_get_n_sets (s));
  return sb_session_get_set (s, index);
}

static void
assert_local (GDateTime *time,
              int        year,
              int        month,
              int        day,
              int        hour,
              int        minute)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  g_assert_cmpint (g_date_time_get_year (local), ==, year);
  g_assert_cmpint (g_date_time_get_month (local), ==, month);
  g_assert_cmpint (g_date_time_get_day_of_month (local), ==, day);
  g_assert_cmpint (g_date_time_get_hour (local), ==, hour);
  g_assert_cmpint (g_date_time_get_minute (local), ==, minute);
}

static void
test_strong (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbImport) import = read_fixture (catalog, "strong.csv", &error);
  SbSession *legs, *morning;

  g_assert_no_error (error);
  g_assert_cmpstr (import->app, ==, "Strong");
  g_assert_cmpuint (import->n_workouts, ==, 2);
  g_assert_cmpuint (import->sessions->len, ==, 2);

  legs = session (import, 0);
  g_assert_cmpstr (sb_session_get_routine_name (legs), ==, "Leg Day");
  g_assert_cmpstr (sb_session_get_routine_id (legs), ==, "gym-corrective");
  g_assert_cmpstr (sb_session_get_place (legs), ==, "gym");
  g_assert_true (sb_session_get_logged_afterwards (legs));
  g_assert_cmpstr (sb_session_get_notes (legs), ==, "Felt good, back calm");
  assert_local (sb_session_get_start_time (legs), 2026, 11, 2, 18, 30);
  g_assert_cmpint (g_date_time_difference (sb_session_get_end_time (legs), sb_session_get_start_time (legs)),
                   ==, 52 * G_TIME_SPAN_MINUTE);
  /* the bench press is left out: three leg curls and two hip thrusts */
  g_assert_cmpuint (sb_session_get_n_sets (legs), ==, 5);
  g_assert_cmpstr (set_of (legs, 0)->exercise_id, ==, "leg-curl");
  g_assert_cmpint (set_of (legs, 0)->reps, ==, 12);
  g_assert_cmpfloat (set_of (legs, 0)->load_kg, ==, 30);
  g_assert_cmpint (set_of (legs, 2)->effort, ==, 9);
  g_assert_cmpstr (set_of (legs, 4)->exercise_id, ==, "hip-thrust");
  g_assert_cmpfloat (set_of (legs, 4)->load_kg, ==, 45);
  g_assert_cmpint (set_of (legs, 4)->effort, ==, 0);

  morning = session (import, 1);
  g_assert_cmpuint (sb_session_get_n_sets (morning), ==, 1);
  g_assert_cmpstr (set_of (morning, 0)->exercise_id, ==, "incline-walk");
  g_assert_cmpint (set_of (morning, 0)->seconds, ==, 900);
  g_assert_cmpint (g_date_time_difference (sb_session_get_end_time (morning), sb_session_get_start_time (morning)),
                   ==, 65 * G_TIME_SPAN_MINUTE);

  g_assert_cmpuint (import->left_out->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (import->left_out, 0), ==, "Bench Press (Barbell): 2 sets");
  g_assert_cmpstr (g_ptr_array_index (import->left_out, 1), ==, "Squat (Barbell): 1 set");
}

/* German headers, semicolons and decimal commas. */
static void
test_strong_german (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbImport) import = read_fixture (catalog, "strong-de.csv", &error);
  SbSession *legs;

  g_assert_no_error (error);
  g_assert_cmpuint (import->sessions->len, ==, 1);
  legs = session (import, 0);
  g_assert_cmpstr (sb_session_get_routine_name (legs), ==, "Beintag");
  assert_local (sb_session_get_start_time (legs), 2026, 11, 2, 18, 30);
  g_assert_cmpuint (sb_session_get_n_sets (legs), ==, 3);
  g_assert_cmpstr (set_of (legs, 0)->exercise_id, ==, "leg-curl");
  g_assert_cmpfloat (set_of (legs, 0)->load_kg, ==, 32.5);
  g_assert_cmpint (set_of (legs, 0)->effort, ==, 8);
  g_assert_cmpfloat (set_of (legs, 1)->load_kg, ==, 42.5);
  g_assert_cmpstr (set_of (legs, 2)->exercise_id, ==, "back-extension");
  g_assert_cmpuint (import->left_out->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (import->left_out, 0), ==, "Bankdrücken: 1 set");
}

/* 12-hour times (midnight as 12 AM) and pounds, with unit columns. */
static void
test_strong_pounds (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbImport) import = read_fixture (catalog, "strong-12h-lbs.csv", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (import->sessions->len, ==, 2);
  assert_local (sb_session_get_start_time (session (import, 0)), 2026, 11, 2, 18, 30);
  g_assert_cmpstr (set_of (session (import, 0), 0)->exercise_id, ==, "hip-abduction-machine");
  g_assert_cmpfloat (set_of (session (import, 0), 0)->load_kg, ==, 45.4);
  assert_local (sb_session_get_start_time (session (import, 1)), 2026, 11, 3, 0, 5);
  g_assert_cmpuint (import->left_out->len, ==, 0);
}

static void
test_hevy (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbImport) import = read_fixture (catalog, "hevy.csv", &error);
  g_autoptr(SbImport) pounds = NULL;
  SbSession *glutes, *walk;

  g_assert_no_error (error);
  g_assert_cmpstr (import->app, ==, "Hevy");
  g_assert_cmpuint (import->sessions->len, ==, 2);
  glutes = session (import, 0);
  g_assert_cmpstr (sb_session_get_routine_name (glutes), ==, "Glutes");
  /* glute bridges are the home routine's */
  g_assert_cmpstr (sb_session_get_routine_id (glutes), ==, "home-corrective");
  g_assert_cmpstr (sb_session_get_notes (glutes), ==, "Quick one");
  g_assert_cmpint (g_date_time_difference (sb_session_get_end_time (glutes), sb_session_get_start_time (glutes)),
                   ==, 40 * G_TIME_SPAN_MINUTE);
  g_assert_cmpuint (sb_session_get_n_sets (glutes), ==, 2);
  g_assert_cmpstr (set_of (glutes, 0)->exercise_id, ==, "glute-bridge");
  g_assert_cmpint (set_of (glutes, 0)->effort, ==, 8);
  walk = session (import, 1);
  assert_local (sb_session_get_start_time (walk), 2026, 11, 4, 7, 5);
  g_assert_cmpint (set_of (walk, 0)->seconds, ==, 1800);
  g_assert_cmpstr (g_ptr_array_index (import->left_out, 0), ==, "Lat Pulldown (Cable): 1 set");

  pounds = read_fixture (catalog, "hevy-lbs.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (set_of (session (pounds, 0), 0)->load_kg, ==, 61.2);
  g_assert_cmpstr (set_of (session (pounds, 0), 1)->exercise_id, ==, "leg-curl");
}

static void
restored (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SbRestoreCounts *counts = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (sb_backup_restore_finish (SB_HISTORY_STORE (object), result, counts, &error));
  g_assert_no_error (error);
}

/* The same file twice: the same sessions, added once. */
static void
test_twice (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  g_autoptr(SbHistoryStore) store = sb_history_store_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SbImport) first = read_fixture (catalog, "strong.csv", &error);
  g_autoptr(SbImport) second = read_fixture (catalog, "strong.csv", &error);
  SbRestoreCounts counts = { G_MAXUINT, G_MAXUINT };

  g_assert_no_error (error);
  g_assert_cmpstr (sb_session_get_id (session (first, 0)), ==, sb_session_get_id (session (second, 0)));
  g_assert_true (g_uuid_string_is_valid (sb_session_get_id (session (first, 0))));

  sb_history_store_load_async (store, NULL, NULL, NULL);
  sb_test_wait_until (sb_history_store_get_loaded (store));
  sb_backup_restore_async (store, first->sessions, NULL, restored, &counts);
  sb_test_wait_until (counts.added != G_MAXUINT);
  g_assert_cmpuint (counts.added, ==, 2);
  counts.added = G_MAXUINT;
  sb_backup_restore_async (store, second->sessions, NULL, restored, &counts);
  sb_test_wait_until (counts.added != G_MAXUINT);
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.kept, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  sb_test_finalize_soon (g_steal_pointer (&store));
}

/* Durations no app writes (billions of minutes found by fuzzing, where
 * the multiplication overflowed), negative, or over a week: no duration;
 * the workout is still read. */
static void
test_odd_durations (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  const char *durations[] = { "1205749301m", "-5m", "99999999999999999999h", "5x", "600000m" };

  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *data = g_strdup_printf ("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,"
                                               "Distance,Seconds,Notes,Workout Notes,RPE\n"
                                               "2026-11-02 18:30:00,Legs,%s,Leg Curl,1,30,12,0,0,,,\n",
                                               durations[i]);
      g_autoptr(SbImport) import = sb_import_read ("odd.csv", data, strlen (data), catalog, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (import->sessions->len, ==, 1);
      g_assert_null (sb_session_get_end_time (session (import, 0)));
    }
}

/* Bad files: a clear message, naming the line, and nothing read. */
static void
test_bad (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  struct { const char *file; const char *says; } cases[] = {
    { "wrong-header.csv", "“wrong-header.csv” is not a Strong or Hevy export: its first line should name the columns" },
    { "cut-off.csv", "Could not read “cut-off.csv”: Line 3 is cut off: a quoted field is not closed" },
    { "short-line.csv", "Nothing was imported from “short-line.csv”:\nLine 3 has 4 fields where the first line has 12: it may be cut off" },
    { "bad-date.csv", "Nothing was imported from “bad-date.csv”:\nLine 3: “yesterday evening” is not a date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SbImport) import = read_fixture (catalog, cases[i].file, &error);

      g_assert_null (import);
      g_assert_error (error, SB_FORMAT_ERROR, error->code);
      if (!g_str_has_prefix (error->message, cases[i].says))
        g_error ("%s says “%s”", cases[i].file, error->message);
    }

  /* 50 MB: refused before it is read */
  {
    gsize length = 50 * 1024 * 1024;
    g_autofree char *data = g_malloc (length);
    g_autoptr(GError) error = NULL;
    g_autoptr(SbImport) import = NULL;

    memset (data, 'a', length);
    import = sb_import_read ("huge.csv", data, length, catalog, &error);
    g_assert_null (import);
    g_assert_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_TOO_LARGE);
    g_assert_nonnull (strstr (error->message, "“huge.csv” is too large to be a workout export (52.4"));
  }
}

int
main (int   argc,
      char *argv[])
{
  /* a fixed zone: the files' times are local */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/strong", test_strong);
  g_test_add_func ("/import/strong-german", test_strong_german);
  g_test_add_func ("/import/strong-pounds", test_strong_pounds);
  g_test_add_func ("/import/hevy", test_hevy);
  g_test_add_func ("/import/twice", test_twice);
  g_test_add_func ("/import/odd-durations", test_odd_durations);
  g_test_add_func ("/import/bad", test_bad);

  return g_test_run ();
}
