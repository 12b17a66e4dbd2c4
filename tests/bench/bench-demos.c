/* bench-demos.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Prints how the demo player does on the shipped 720p clips: time from
 * setting a clip to its first frame (median of 20), CPU time per second of
 * playback at 1x, and frames dropped.
 *
 *   bench-demos DEMOS-DIR
 */

#define G_LOG_DOMAIN "bench-demos"

#include "config.h"

#include <gst/gst.h>
#include <sys/resource.h>

#include "media/sb-demo-player.h"

typedef struct
{
  guint  frames;
  gint64 first_frame;
} Counter;

static void
on_frame (SbDemoPlayer *player,
          gint64        position,
          Counter      *counter)
{
  if (counter->frames++ == 0)
    counter->first_frame = g_get_monotonic_time ();
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  const char *clips[] = { "hip-thrust.webm", "glute-bridge.webm" };
  char *uris[2] = { NULL, NULL };
  g_autofree char *dir = NULL;
  g_autoptr(SbDemoPlayer) player = NULL;
  Counter counter = { 0 };
  double latencies[20];
  double cpu_start, seconds = 5;
  gint64 wall_start, wall;
  guint expected;

  if (argc != 2)
    {
      g_printerr ("usage: %s DEMOS-DIR\n", argv[0]);
      return 2;
    }

  gst_init (&argc, &argv);
  dir = g_canonicalize_filename (argv[1], NULL);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = g_build_filename (dir, clips[i], NULL);

      uris[i] = g_filename_to_uri (path, NULL, NULL);
      if (uris[i] == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
        g_error ("no clip at %s", path);
    }

  player = sb_demo_player_new ();
  g_signal_connect (player, "frame", G_CALLBACK (on_frame), &counter);

  /* from a clip being set to its first frame on screen */
  for (guint i = 0; i < G_N_ELEMENTS (latencies); i++)
    {
      gint64 start;

      counter.frames = 0;
      start = g_get_monotonic_time ();
      sb_demo_player_set_uri (player, uris[i % 2]);
      while (counter.frames == 0)
        g_main_context_iteration (NULL, TRUE);
      latencies[i] = (counter.first_frame - start) / 1000.0;
    }
  qsort (latencies, G_N_ELEMENTS (latencies), sizeof (double), compare_doubles);

  /* playing at 1x: what it costs, and whether every frame arrives */
  sb_demo_player_set_uri (player, uris[0]);
  sb_demo_player_set_rate (player, 1.0);
  counter.frames = 0;
  while (counter.frames == 0)
    g_main_context_iteration (NULL, TRUE);
  counter.frames = 0;
  sb_demo_player_play (player);
  cpu_start = cpu_seconds ();
  wall_start = g_get_monotonic_time ();
  do
    g_main_context_iteration (NULL, TRUE);
  while ((wall = g_get_monotonic_time () - wall_start) < seconds * G_USEC_PER_SEC);

  expected = (guint) (wall / 1e6 * 30);
  g_print ("first frame, median of 20:   %6.1f ms  (min %.1f, max %.1f)\n",
           latencies[G_N_ELEMENTS (latencies) / 2], latencies[0], latencies[G_N_ELEMENTS (latencies) - 1]);
  g_print ("CPU per second at 1x (720p):  %6.1f %% of one core\n",
           100 * (cpu_seconds () - cpu_start) / (wall / 1e6));
  g_print ("frames shown in %.1f s:        %6u of %u (%u dropped)\n",
           wall / 1e6, counter.frames, expected,
           counter.frames + 1 >= expected ? 0 : expected - counter.frames);

  sb_demo_player_set_uri (player, NULL);
  g_free (uris[0]);
  g_free (uris[1]);
  return 0;
}
