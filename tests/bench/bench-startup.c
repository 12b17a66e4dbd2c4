/* bench-startup.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints how fast Strongback shows its first frame, and its peak memory,
 * with an empty history and with 3,650 sessions, next to the floor: a
 * minimal libadwaita window built with the same flags. Each run is a new
 * process, timed from spawn to the first frame it draws (median of 15).
 * Run under a display (build-aux/dev bench startup brings its own).
 *
 *   bench-startup                      the whole comparison
 *   bench-startup --child KIND         one run: strongback or floor
 */

#define G_LOG_DOMAIN "bench-startup"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "sb-application.h"
#include "sb-bench-history.h"

#define RUNS 15

/* Child: report the first frame, then leave. */
static void
on_after_paint (GdkFrameClock *clock,
                GApplication  *app)
{
  struct rusage usage;

  g_signal_handlers_disconnect_by_func (clock, on_after_paint, app);
  /* the CPU time of every thread so far: steadier than the wall clock on
   * a shared machine, and it counts work that other threads took on */
  getrusage (RUSAGE_SELF, &usage);
  printf ("drawn %ld\n", (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000L +
                          usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
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


static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

typedef struct
{
  const char *label;
  const char *kind;
  const char *data_home;
  double      times[RUNS];
  double      cpu[RUNS];
  long        max_rss;
} Config;

/* One run: milliseconds from spawn to the first frame, and the CPU
 * milliseconds the child had used by then; peak RSS kept. */
static double
run_once (const char *self_path,
          Config     *config,
          double     *cpu_ms)
{
  const char *argv[] = { self_path, "--child", config->kind, NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "XDG_DATA_HOME", config->data_home, TRUE);
  g_autoptr(GError) error = NULL;
  char line[64] = "";
  struct rusage usage;
  double ms;
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
    g_error ("%s never drew a frame", config->kind);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  *cpu_ms = g_ascii_strtoll (line + strlen ("drawn"), NULL, 10) / 1000.0;
  fclose (stream);

  wait4 (pid, &status, 0, &usage);
  config->max_rss = MAX (config->max_rss, usage.ru_maxrss);
  return ms;
}

static double
median (double *times)
{
  qsort (times, RUNS, sizeof (double), compare_doubles);
  return times[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *empty = NULL;
  g_autofree char *full = NULL;
  Config configs[3] = {
    { "floor (minimal libadwaita window)", "floor" },
    { "Strongback, empty history", "strongback" },
    { "Strongback, 3,650 sessions", "strongback" },
  };
  double floor_ms, floor_cpu, floor_mb;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2]);

  empty = g_dir_make_tmp ("strongback-startup-XXXXXX", NULL);
  full = g_dir_make_tmp ("strongback-startup-XXXXXX", NULL);
  sb_bench_write_history (full, 3650);
  configs[0].data_home = configs[1].data_home = empty;
  configs[2].data_home = full;

  /* One unmeasured round fills the caches a user's second start finds
   * warm; then the three take turns, so that a slow spell of the machine
   * falls on all of them alike rather than on whichever ran then. */
  for (guint c = 0; c < G_N_ELEMENTS (configs); c++)
    run_once (argv[0], &configs[c], &configs[c].cpu[0]);
  for (guint r = 0; r < RUNS; r++)
    for (guint c = 0; c < G_N_ELEMENTS (configs); c++)
      configs[c].times[r] = run_once (argv[0], &configs[c], &configs[c].cpu[r]);

  floor_ms = median (configs[0].times);
  floor_cpu = median (configs[0].cpu);
  floor_mb = configs[0].max_rss / 1024.0;
  g_print ("%-34s %13s %13s %9s\n", "", "first frame", "CPU by then", "peak RSS");
  g_print ("%-34s %10.1f ms %10.1f ms %6.1f MB\n", configs[0].label, floor_ms, floor_cpu, floor_mb);
  for (guint c = 1; c < G_N_ELEMENTS (configs); c++)
    {
      double ms = median (configs[c].times);
      double cpu = median (configs[c].cpu);
      double mb = configs[c].max_rss / 1024.0;

      g_print ("%-34s %10.1f ms %10.1f ms %6.1f MB   %.2fx time, %.2fx CPU, %.2fx memory\n",
               configs[c].label, ms, cpu, mb, ms / floor_ms, cpu / floor_cpu, mb / floor_mb);
    }

  return 0;
}
