/* sb-bench-history.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The history of someone who has trained three times a week for years,
 * for the benchmarks that start the application on it. */

#pragma once

#include "storage/sb-session-codec.h"

/* @n workouts, one every 56 hours back from now, thirteen sets each, in
 * $@data_home/strongback/history. */
static inline void
sb_bench_write_history (const char *data_home,
                        guint       n)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_hours (now, -(gint) ((i + 1) * 56));
      g_autoptr(SbSession) session = sb_session_new ("gym-corrective", "Corrective routine", start);
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autofree char *parent = NULL;
      g_autofree char *data = NULL;

      for (guint s = 0; s < 13; s++)
        {
          g_autoptr(SbSetRecord) set = sb_set_record_new ("hip-thrust");
          set->reps = 10;
          sb_session_add_set (session, set);
        }
      sb_session_set_place (session, "gym");
      sb_session_set_pain_before (session, 4);
      sb_session_set_pain_after (session, 3);

      name = sb_session_codec_dup_file_name (session);
      path = g_build_filename (data_home, "strongback", "history", name, NULL);
      parent = g_path_get_dirname (path);
      data = sb_session_codec_write (session);
      g_mkdir_with_parents (parent, 0755);
      if (!g_file_set_contents (path, data, -1, NULL))
        g_error ("could not write %s", path);
    }
}
