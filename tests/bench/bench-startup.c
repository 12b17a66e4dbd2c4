/* bench-startup.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints how fast Strongback shows its first frame, and its peak memory,
 * with an empty history and with 3,650 sessions, next to the floor: a
 * minimal libadwaita window built with the same flags. Each run is a new
 * process, timed from spawn to the first frame it draws (median of 10).
 * Run under a display (build-aux/dev bench startup brings its own).
 *
 *   bench-startup                      the whole comparison
 *   bench-startup --child KIND         one run: strongback or floor
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "sb-application.h"

#define RUNS 10

/* Child: report the first frame, then leave. */
static void
on_after_paint (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, app);
  printf ("drawn\n");
  fflush (stdout);
  g_application_quit (app);
}

static void
watch_first_frame (GtkApplication *app)
{
  GtkWidget *window = GTK_WIDGET (gtk_application_get_active_window (app));

  gtk_widget_realize (window);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint), app);
}

static void
floor_activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (page), "Floor");
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 720);
  gtk_window_present (GTK_WINDOW (window));
  watch_first_frame (app);
}

static int
run_child (const char *kind)
{
  g_autoptr(GApplication) app = NULL;

  if (g_str_equal (kind, "floor"))
    {
      app = G_APPLICATION (adw_application_new ("io.github.strongback.Floor", G_APPLICATION_NON_UNIQUE));
      g_signal_connect (app, "activate", G_CALLBACK (floor_activate), NULL);
    }
  else
    {
      app = G_APPLICATION (sb_application_new ());
      g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
      g_signal_connect_after (app, "activate", G_CALLBACK (watch_first_frame), NULL);
    }

  return g_application_run (app, 0, NULL);
}

/* Parent: the history a user of ten years has. */
static void
write_history (const char *data_home,
               guint       n)
{
  g_autoptr(GDateTime) last = g_date_time_new_now_local ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_hours (last, -(gint) (i * 56));
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
      sb_session_set_pain_before (session, 4);
      sb_session_set_pain_after (session, 3);

      name = sb_session_dup_file_name (session);
      path = g_build_filename (data_home, "strongback", "history", name, NULL);
      parent = g_path_get_dirname (path);
      data = sb_session_to_data (session);
      g_mkdir_with_parents (parent, 0755);
      g_file_set_contents (path, data, -1, NULL);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* Median milliseconds to the first frame, and the largest peak RSS (MB). */
static void
measure (const char *self_path,
         const char *kind,
         const char *data_home,
         double     *median_ms,
         double     *rss_mb)
{
  double times[RUNS];
  long max_rss = 0;

  for (guint r = 0; r < RUNS; r++)
    {
      const char *argv[] = { self_path, "--child", kind, NULL };
      g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", data_home, TRUE);
      g_autoptr(GError) error = NULL;
      char line[64] = "";
      struct rusage usage;
      gint64 start;
      GPid pid;
      int out, status;
      FILE *stream;

      start = g_get_monotonic_time ();
      if (!g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                     &pid, NULL, &out, NULL, &error))
        g_error ("%s", error->message);

      stream = fdopen (out, "r");
      if (fgets (line, sizeof line, stream) == NULL || !g_str_has_prefix (line, "drawn"))
        g_error ("%s never drew a frame", kind);
      times[r] = (g_get_monotonic_time () - start) / 1000.0;
      fclose (stream);

      wait4 (pid, &status, 0, &usage);
      max_rss = MAX (max_rss, usage.ru_maxrss);
    }

  qsort (times, RUNS, sizeof (double), compare_doubles);
  *median_ms = times[RUNS / 2];
  *rss_mb = max_rss / 1024.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *empty = NULL;
  g_autofree char *full = NULL;
  double floor_ms, floor_mb, ms, mb;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  empty = g_dir_make_tmp ("strongback-startup-XXXXXX", NULL);
  full = g_dir_make_tmp ("strongback-startup-XXXXXX", NULL);
  write_history (full, 3650);

  measure (argv[0], "floor", empty, &floor_ms, &floor_mb);
  g_print ("%-34s %8.1f ms  %7.1f MB\n", "floor (minimal libadwaita window)", floor_ms, floor_mb);

  measure (argv[0], "strongback", empty, &ms, &mb);
  g_print ("%-34s %8.1f ms  %7.1f MB   %.2fx time, %.2fx memory\n",
           "Strongback, empty history", ms, mb, ms / floor_ms, mb / floor_mb);

  measure (argv[0], "strongback", full, &ms, &mb);
  g_print ("%-34s %8.1f ms  %7.1f MB   %.2fx time, %.2fx memory\n",
           "Strongback, 3,650 sessions", ms, mb, ms / floor_ms, mb / floor_mb);

  return 0;
}
