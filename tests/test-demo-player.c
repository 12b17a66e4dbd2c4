/* test-demo-player.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The demo player, without a display, on clips made at test time: frames
 * arrive at the clip's size, the loop wraps without an end, slow motion is
 * slow, a frame step is one frame, switching clips quickly is safe, and every
 * kind of bad file gives its own error. */

#define _GNU_SOURCE /* memmem */
#define G_LOG_DOMAIN "test-demo-player"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <gst/gst.h>

#include "media/sb-demo-player.h"
#include "sb-test-utils.h"

static char *clip_small;   /* 160x120, 1 s at 30 fps */
static char *clip_large;   /* 320x240, 1 s at 30 fps */
static char *clip_audio;   /* sound only */
static char *clip_truncated;
static char *clip_text;

#define FPS 30
#define FRAME (GST_SECOND / FPS)

static char *
make_clip (const char *dir,
           const char *name,
           const char *description)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *launch = g_strdup_printf ("%s ! filesink location=\"%s\"", description, path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = gst_parse_launch (launch, &error);
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;

  g_assert_no_error (error);
  bus = gst_element_get_bus (pipeline);
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  message = gst_bus_timed_pop_filtered (bus, 60 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  g_assert_nonnull (message);
  g_assert_cmpint (GST_MESSAGE_TYPE (message), ==, GST_MESSAGE_EOS);
  gst_element_set_state (pipeline, GST_STATE_NULL);

  return g_filename_to_uri (path, NULL, NULL);
}

static void
make_clips (void)
{
  g_autofree char *dir = g_dir_make_tmp ("strongback-demo-XXXXXX", NULL);
  g_autofree char *small_path = NULL;
  g_autofree char *data = NULL;
  g_autofree char *truncated_path = g_build_filename (dir, "truncated.webm", NULL);
  g_autofree char *text_path = g_build_filename (dir, "notes.webm", NULL);
  const char *cluster;
  gsize length;

  clip_small = make_clip (dir, "small.webm",
                          "videotestsrc num-buffers=30 pattern=ball ! video/x-raw,width=160,height=120,framerate=30/1"
                          " ! vp8enc deadline=1 ! webmmux");
  clip_large = make_clip (dir, "large.webm",
                          "videotestsrc num-buffers=30 ! video/x-raw,width=320,height=240,framerate=30/1"
                          " ! vp8enc deadline=1 ! webmmux");
  clip_audio = make_clip (dir, "sound.webm", "audiotestsrc num-buffers=20 ! vorbisenc ! webmmux");

  small_path = g_filename_from_uri (clip_small, NULL, NULL);
  g_assert_true (g_file_get_contents (small_path, &data, &length, NULL));
  /* the headers and the start of the first cluster of frames, then
   * nothing: an interrupted download */
  cluster = memmem (data, length, "\x1f\x43\xb6\x75", 4);
  g_assert_nonnull (cluster);
  g_assert_true (g_file_set_contents (truncated_path, data, cluster - data + 24, NULL));
  clip_truncated = g_filename_to_uri (truncated_path, NULL, NULL);

  g_assert_true (g_file_set_contents (text_path, "These are my notes, not a video.\n", -1, NULL));
  clip_text = g_filename_to_uri (text_path, NULL, NULL);
}

typedef struct
{
  GArray   *positions;   /* gint64, one per frame shown */
  guint     eos;
  GError   *error;
} Log;

static void on_frame (SbDemoPlayer *p, gint64 position, Log *log) { g_array_append_val (log->positions, position); }
static void on_eos (SbDemoPlayer *p, Log *log) { log->eos++; }
static void on_error (SbDemoPlayer *p, GError *error, Log *log) { g_clear_error (&log->error); log->error = g_error_copy (error); }

static SbDemoPlayer *
new_player (Log *log)
{
  SbDemoPlayer *player = sb_demo_player_new ();

  log->positions = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (player, "frame", G_CALLBACK (on_frame), log);
  g_signal_connect (player, "eos", G_CALLBACK (on_eos), log);
  g_signal_connect (player, "error", G_CALLBACK (on_error), log);

  return player;
}

static void
free_player (SbDemoPlayer *player,
             Log          *log)
{
  g_signal_handlers_disconnect_by_data (player, log);
  g_assert_finalize_object (player);
  g_array_unref (log->positions);
  g_clear_error (&log->error);
}

/* Runs the main loop until the player has shown @n frames in all. */
static void
wait_frames (Log   *log,
             guint  n)
{
  guint timeout = g_timeout_add_seconds (30, sb_test_timed_out, (gpointer) "frames");

  while (log->positions->len < n && log->error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_assert_no_error (log->error);
}

/* Until the clip's length and frame rate are known (after preroll). */
static void
wait_ready (SbDemoPlayer *player,
            Log          *log)
{
  guint timeout = g_timeout_add_seconds (30, sb_test_timed_out, (gpointer) "the clip to be ready");

  while ((sb_demo_player_get_duration (player) == 0 ||
          sb_demo_player_get_frame_duration (player) == 0) && log->error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_assert_no_error (log->error);
}

static gint64
last_position (Log *log)
{
  return g_array_index (log->positions, gint64, log->positions->len - 1);
}

/* WebM keeps timestamps to the millisecond: frame 2 is at 67 ms, not
 * 66.67 ms. Frames are 33 ms apart, so 1 ms still tells each one apart. */
#define assert_at_frame(log, n) \
  g_assert_cmpint (ABS (last_position (log) - (n) * FRAME), <=, GST_MSECOND)

static void
test_first_frame (void)
{
  Log log = { 0 };
  SbDemoPlayer *player = new_player (&log);

  sb_demo_player_set_uri (player, clip_small);
  wait_frames (&log, 1);
  wait_ready (player, &log);

  /* paused, it shows the first frame at the clip's own size */
  g_assert_false (sb_demo_player_get_playing (player));
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (player)), ==, 160);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (GDK_PAINTABLE (player)), ==, 120);
  g_assert_cmpint (last_position (&log), ==, 0);
  g_assert_cmpint (sb_demo_player_get_duration (player), >=, GST_SECOND - FRAME);
  g_assert_cmpint (sb_demo_player_get_duration (player), <=, GST_SECOND + FRAME);
  g_assert_cmpint (sb_demo_player_get_frame_duration (player), ==, FRAME);

  free_player (player, &log);
}

static guint
count_wraps (Log *log)
{
  guint wraps = 0;

  for (guint i = 1; i < log->positions->len; i++)
    if (g_array_index (log->positions, gint64, i) < g_array_index (log->positions, gint64, i - 1))
      wraps++;

  return wraps;
}

static void
test_loop_wraps (void)
{
  Log log = { 0 };
  SbDemoPlayer *player = new_player (&log);
  guint timeout = g_timeout_add_seconds (30, sb_test_timed_out, (gpointer) "two loops");

  sb_demo_player_set_loop (player, TRUE);
  sb_demo_player_set_rate (player, 2.0);
  sb_demo_player_set_uri (player, clip_small);
  sb_demo_player_play (player);

  while (count_wraps (&log) < 2 && log.error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_assert_no_error (log.error);
  g_assert_cmpuint (log.eos, ==, 0);
  g_assert_true (sb_demo_player_get_playing (player));
  /* each pass shows the clip from its start */
  g_assert_cmpint (g_array_index (log.positions, gint64, 0), ==, 0);

  free_player (player, &log);
}

static void
test_no_loop_ends (void)
{
  Log log = { 0 };
  SbDemoPlayer *player = new_player (&log);
  guint timeout = g_timeout_add_seconds (30, sb_test_timed_out, (gpointer) "the end of the clip");

  sb_demo_player_set_loop (player, FALSE);
  sb_demo_player_set_rate (player, 2.0);
  sb_demo_player_set_uri (player, clip_small);
  sb_demo_player_play (player);

  while (log.eos == 0 && log.error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_assert_no_error (log.error);
  g_assert_false (sb_demo_player_get_playing (player));
  g_assert_cmpuint (count_wraps (&log), ==, 0);

  free_player (player, &log);
}

static void
test_half_speed (void)
{
  Log log = { 0 };
  SbDemoPlayer *player = new_player (&log);
  gint64 start_wall, start_position;
  double speed;

  sb_demo_player_set_uri (player, clip_small);
  sb_demo_player_set_rate (player, 0.5);
  wait_frames (&log, 1);
  sb_demo_player_play (player);

  /* from the second frame shown, over about 20 frames of clip time */
  wait_frames (&log, 2);
  start_wall = g_get_monotonic_time ();
  start_position = last_position (&log);
  wait_frames (&log, 22);

  speed = (double) (last_position (&log) - start_position) / GST_USECOND /
          (double) (g_get_monotonic_time () - start_wall);
  g_test_message ("played at %.2fx", speed);
  g_assert_cmpfloat (speed, >, 0.38);
  g_assert_cmpfloat (speed, <, 0.62);
  g_assert_cmpuint (count_wraps (&log), ==, 0);

  free_player (player, &log);
}

/* Steps and waits for the picture to move. Any frame still on its way from
 * before shows the old position, so the first one that differs is the
 * step's; it must be exactly the expected frame. */
static void
step_and_check (SbDemoPlayer *player,
                Log          *log,
                int           frames,
                int           expected_frame)
{
  gint64 from = sb_demo_player_get_position (player);
  guint timeout = g_timeout_add_seconds (30, sb_test_timed_out, (gpointer) "the step");

  sb_demo_player_step (player, frames);
  while (last_position (log) == from && log->error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_assert_no_error (log->error);
  assert_at_frame (log, expected_frame);
}

static void
test_frame_step (void)
{
  Log log = { 0 };
  SbDemoPlayer *player = new_player (&log);

  sb_demo_player_set_uri (player, clip_small);
  wait_frames (&log, 1);
  wait_ready (player, &log);
  assert_at_frame (&log, 0);

  step_and_check (player, &log, 1, 1);
  step_and_check (player, &log, 1, 2);
  step_and_check (player, &log, -1, 1);
  step_and_check (player, &log, -1, 0);
  /* back from the first frame wraps to the last */
  step_and_check (player, &log, -1, FPS - 1);
  g_assert_cmpint (last_position (&log), <, sb_demo_player_get_duration (player));
  /* and forward from the last to the first */
  step_and_check (player, &log, 1, 0);

  g_assert_false (sb_demo_player_get_playing (player));
  free_player (player, &log);
}

static void
test_switch_quickly (void)
{
  Log log = { 0 };
  SbDemoPlayer *player = new_player (&log);
  guint timeout;

  sb_demo_player_play (player);
  for (guint i = 0; i < 100; i++)
    {
      sb_demo_player_set_uri (player, i % 2 ? clip_large : clip_small);
      /* sometimes let a few frames through, sometimes none */
      if (i % 7 == 0)
        g_main_context_iteration (NULL, FALSE);
    }
  sb_demo_player_set_uri (player, clip_large);

  /* whatever came before, what shows now is the last clip */
  timeout = g_timeout_add_seconds (30, sb_test_timed_out, (gpointer) "the last clip");
  while (gdk_paintable_get_intrinsic_width (GDK_PAINTABLE (player)) != 320 && log.error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
  g_assert_no_error (log.error);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (GDK_PAINTABLE (player)), ==, 240);

  /* and the player, its pipelines and frames all go away */
  free_player (player, &log);
}

static void
assert_fails (const char        *uri,
              SbDemoPlayerError  code,
              const char        *says)
{
  Log log = { 0 };
  SbDemoPlayer *player = new_player (&log);
  guint timeout = g_timeout_add_seconds (30, sb_test_timed_out, (gpointer) "an error");

  sb_demo_player_set_uri (player, uri);
  sb_demo_player_play (player);
  while (log.error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);

  g_test_message ("%s", log.error->message);
  g_assert_error (log.error, SB_DEMO_PLAYER_ERROR, (int) code);
  g_assert_nonnull (strstr (log.error->message, says));
  g_assert_true (sb_demo_player_get_error (player) != NULL);
  g_assert_false (sb_demo_player_get_playing (player));

  /* a good clip afterwards plays again */
  g_clear_error (&log.error);
  sb_demo_player_set_uri (player, clip_small);
  g_assert_null (sb_demo_player_get_error (player));
  sb_demo_player_play (player);
  wait_frames (&log, log.positions->len + 1);

  free_player (player, &log);
}

static void
test_error_missing_file (void)
{
  assert_fails ("file:///nonexistent/strongback/hip-thrust.webm",
                SB_DEMO_PLAYER_ERROR_NOT_FOUND, "“hip-thrust.webm” is missing");
}

static void
test_error_not_a_video (void)
{
  assert_fails (clip_text, SB_DEMO_PLAYER_ERROR_NOT_A_VIDEO, "“notes.webm” is not a video");
}

static void
test_error_no_video_stream (void)
{
  assert_fails (clip_audio, SB_DEMO_PLAYER_ERROR_NO_VIDEO, "“sound.webm” has no picture");
}

static void
test_error_truncated (void)
{
  assert_fails (clip_truncated, SB_DEMO_PLAYER_ERROR_DECODE, "“truncated.webm” is damaged");
}

static void
test_error_missing_plugin (void)
{
  GstRegistry *registry = gst_registry_get ();
  g_autoptr(GstPluginFeature) decoder = gst_registry_lookup_feature (registry, "vp8dec");
  guint rank;

  /* as on a system without the VP8 decoder */
  g_assert_nonnull (decoder);
  rank = gst_plugin_feature_get_rank (decoder);
  gst_plugin_feature_set_rank (decoder, GST_RANK_NONE);

  {
    Log log = { 0 };
    SbDemoPlayer *player = new_player (&log);
    guint timeout = g_timeout_add_seconds (30, sb_test_timed_out, (gpointer) "an error");

    sb_demo_player_set_uri (player, clip_small);
    while (log.error == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_source_remove (timeout);

    g_test_message ("%s", log.error->message);
    g_assert_error (log.error, SB_DEMO_PLAYER_ERROR, SB_DEMO_PLAYER_ERROR_MISSING_PLUGIN);
    g_assert_nonnull (strstr (log.error->message, "VP8"));
    free_player (player, &log);
  }

  gst_plugin_feature_set_rank (decoder, rank);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Check;

static void
on_checked (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Check *check = user_data;

  check->ok = sb_demo_player_check_finish (result, &check->error);
  check->done = TRUE;
}

static Check
check_clip (const char   *uri,
            GCancellable *cancellable)
{
  Check check = { 0 };

  sb_demo_player_check_async (uri, cancellable, on_checked, &check);
  if (cancellable != NULL)
    g_cancellable_cancel (cancellable);
  sb_test_wait_until (check.done);
  return check;
}

/* Before a video of the user's is accepted: a clip that shows a picture
 * passes; anything that would not play fails with the message the demo
 * view would show. */
static void
test_check (void)
{
  struct { const char **uri; int code; const char *says; } bad[] = {
    { (const char **) &clip_text, SB_DEMO_PLAYER_ERROR_NOT_A_VIDEO, "“notes.webm” is not a video" },
    { (const char **) &clip_audio, SB_DEMO_PLAYER_ERROR_NO_VIDEO, "“sound.webm” has no picture to show" },
    { (const char **) &clip_truncated, SB_DEMO_PLAYER_ERROR_DECODE, "“truncated.webm” is damaged" },
  };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Check check = check_clip (clip_small, NULL);

  g_assert_no_error (check.error);
  g_assert_true (check.ok);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      check = check_clip (*bad[i].uri, NULL);
      g_assert_false (check.ok);
      g_assert_error (check.error, SB_DEMO_PLAYER_ERROR, bad[i].code);
      g_test_message ("%s", check.error->message);
      g_assert_nonnull (strstr (check.error->message, bad[i].says));
      g_clear_error (&check.error);
    }

  /* a check given up on, as when the page is left */
  check = check_clip (clip_large, cancellable);
  g_assert_error (check.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&check.error);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  gst_init (&argc, &argv);
  make_clips ();

  g_test_add_func ("/demo-player/first-frame", test_first_frame);
  g_test_add_func ("/demo-player/loop-wraps", test_loop_wraps);
  g_test_add_func ("/demo-player/no-loop-ends", test_no_loop_ends);
  g_test_add_func ("/demo-player/half-speed", test_half_speed);
  g_test_add_func ("/demo-player/frame-step", test_frame_step);
  g_test_add_func ("/demo-player/switch-quickly", test_switch_quickly);
  g_test_add_func ("/demo-player/error/missing-file", test_error_missing_file);
  g_test_add_func ("/demo-player/error/not-a-video", test_error_not_a_video);
  g_test_add_func ("/demo-player/error/no-video-stream", test_error_no_video_stream);
  g_test_add_func ("/demo-player/error/truncated", test_error_truncated);
  g_test_add_func ("/demo-player/error/missing-plugin", test_error_missing_plugin);
  g_test_add_func ("/demo-player/check", test_check);

  status = g_test_run ();
  gst_deinit ();
  return status;
}
