/* bench-history.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints how fast SbHistoryStore loads N realistic sessions, next to the
 * floor: the same files read and parsed by a bare json-glib loop.
 *
 *   bench-history N    (build-aux/dev bench history runs 365, 3650, 36500)
 */

#define G_LOG_DOMAIN "bench-history"

#include "config.h"

#include <glib/gstdio.h>
#include <sys/resource.h>

#include "storage/sb-history-store.h"
#include "storage/sb-session-codec.h"
#include <json-glib/json-glib.h>

static const char *exercises[] = {
  "incline-walk", "leg-curl", "hip-abduction-machine", "hip-thrust", "back-extension",
};

/* Sessions every eight hours going back from a fixed day: 36,500 of them
 * reach back 33 years, still after 1970 (earlier dates are refused). */
static void
generate (const char *dir,
          guint       n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) last = g_date_time_new (tz, 2026, 11, 1, 18, 0, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_hours (last, -(gint) (i * 8) - g_rand_int_range (rand, 0, 3));
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, g_rand_int_range (rand, 30, 50));
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autofree char *parent = NULL;
      g_autofree char *data = NULL;
      g_autoptr(SbSession) session = NULL;
      char uuid[37];

      /* deterministic ids: the same files every run */
      g_snprintf (uuid, sizeof uuid, "%08x-%04x-4%03x-8%03x-%012x",
                  g_rand_int (rand), g_rand_int_range (rand, 0, 0xffff), g_rand_int_range (rand, 0, 0xfff),
                  g_rand_int_range (rand, 0, 0xfff), i);
      session = g_object_new (SB_TYPE_SESSION,
                              "id", uuid,
                              "routine-id", "gym-corrective",
                              "routine-name", "Corrective routine",
                              "start-time", start,
                              NULL);
      sb_session_set_end_time (session, end);
      sb_session_set_pain_before (session, g_rand_int_range (rand, 2, 7));
      sb_session_set_pain_after (session, g_rand_int_range (rand, 1, 6));
      if (i % 4 == 0)
        sb_session_set_notes (session, "Felt the glutes working; back calmer afterwards.");

      for (guint e = 0; e < G_N_ELEMENTS (exercises); e++)
        for (guint set = 0; set < (e == 0 ? 1 : 3); set++)
          {
            g_autoptr(SbSetRecord) record = sb_set_record_new (exercises[e]);

            if (e == 0)
              {
                record->seconds = 600;
                record->incline_percent = g_rand_int_range (rand, 5, 11);
              }
            else
              {
                record->reps = g_rand_int_range (rand, 8, 15);
                record->load_kg = g_rand_int_range (rand, 10, 60);
              }
            record->effort = g_rand_int_range (rand, 4, 9);
            sb_session_add_set (session, record);
          }

      name = sb_session_codec_dup_file_name (session);
      path = g_build_filename (dir, name, NULL);
      parent = g_path_get_dirname (path);
      data = sb_session_codec_write (session);
      g_mkdir_with_parents (parent, 0755);
      if (!g_file_set_contents (path, data, -1, NULL))
        g_error ("could not write %s", path);
    }
}

typedef struct
{
  SbHistoryStore *store;
  gint64          started;
  gint64          first_50;
  gint64          finished;
} Timing;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Timing     *timing)
{
  if (timing->first_50 == 0 && g_list_model_get_n_items (model) >= 50)
    timing->first_50 = g_get_monotonic_time ();
}

static void
on_load_finished (SbHistoryStore *store,
                  Timing         *timing)
{
  timing->finished = g_get_monotonic_time ();
}

/* The floor: no validation, no objects, no main loop; read and parse. */
static gint64
bare_json_glib (const char *dir,
                guint      *count)
{
  gint64 started = g_get_monotonic_time ();
  g_autoptr(GDir) years = g_dir_open (dir, 0, NULL);
  const char *year;

  *count = 0;
  while ((year = g_dir_read_name (years)) != NULL)
    {
      g_autofree char *year_path = g_build_filename (dir, year, NULL);
      g_autoptr(GDir) files = g_dir_open (year_path, 0, NULL);
      const char *name;

      while (files != NULL && (name = g_dir_read_name (files)) != NULL)
        {
          g_autofree char *path = g_build_filename (year_path, name, NULL);
          g_autoptr(JsonParser) parser = json_parser_new_immutable ();
          g_autofree char *contents = NULL;
          gsize length;

          if (g_file_get_contents (path, &contents, &length, NULL) &&
              json_parser_load_from_data (parser, contents, length, NULL))
            (*count)++;
        }
    }

  return g_get_monotonic_time () - started;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmp = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = NULL;
  Timing timing = { 0 };
  struct rusage usage;
  gint64 floor_us;
  guint n, floor_count;
  double total_ms, floor_ms;

  if (argc != 2 || (n = atoi (argv[1])) == 0)
    {
      g_printerr ("usage: %s NUMBER-OF-SESSIONS\n", argv[0]);
      return 2;
    }

  tmp = g_dir_make_tmp ("strongback-bench-XXXXXX", NULL);
  dir = g_build_filename (tmp, "history", NULL);
  generate (dir, n);

  /* one untimed pass, so that both runs find the files in the page cache */
  bare_json_glib (dir, &floor_count);

  file = g_file_new_for_path (dir);
  timing.store = sb_history_store_new (file);
  g_signal_connect (timing.store, "items-changed", G_CALLBACK (on_items_changed), &timing);
  g_signal_connect (timing.store, "load-finished", G_CALLBACK (on_load_finished), &timing);

  timing.started = g_get_monotonic_time ();
  sb_history_store_load_async (timing.store, NULL, NULL, NULL);
  while (timing.finished == 0)
    g_main_context_iteration (NULL, TRUE);

  getrusage (RUSAGE_SELF, &usage);
  if (g_list_model_get_n_items (G_LIST_MODEL (timing.store)) != n)
    g_error ("loaded %u of %u sessions", g_list_model_get_n_items (G_LIST_MODEL (timing.store)), n);

  floor_us = bare_json_glib (dir, &floor_count);
  g_assert_cmpuint (floor_count, ==, n);

  total_ms = (timing.finished - timing.started) / 1000.0;
  floor_ms = floor_us / 1000.0;
  g_print ("%8u  %10.1f  %10.1f  %8.1f  %8.1f  %10.1f  %6.2fx\n",
           n,
           (timing.first_50 - timing.started) / 1000.0,
           total_ms,
           total_ms * 1000.0 / n,
           usage.ru_maxrss / 1024.0,
           floor_ms,
           total_ms / floor_ms);

  g_clear_object (&timing.store);
  remove_tree (tmp);
  return 0;
}
