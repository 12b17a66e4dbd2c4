/* test-cue-player.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The workout's sound cues: both tones play to the end, an output that
 * refuses (no device, no sound server) ends the cue quietly instead of
 * warning, and a player dropped mid-tone stops it cleanly. */

#define G_LOG_DOMAIN "test-cue-player"

#include "config.h"

#include <gst/gst.h>

#include "media/sb-cue-player.h"
#include "sb-test-utils.h"

typedef struct
{
  guint n_done;
  guint n_played;
  int   last_sound;
} Log;

static void
on_done (SbCuePlayer *player,
         int          sound,
         gboolean     played,
         Log         *log)
{
  log->n_done++;
  log->n_played += played;
  log->last_sound = sound;
}

static void
test_plays (void)
{
  g_autoptr(SbCuePlayer) player = sb_cue_player_new_with_sink ("fakesink sync=true");
  Log log = { 0 };

  g_signal_connect (player, "done", G_CALLBACK (on_done), &log);

  sb_cue_player_play (player, SB_CUE_SOUND_COUNTDOWN);
  sb_cue_player_play (player, SB_CUE_SOUND_END);
  g_assert_cmpuint (sb_cue_player_get_n_playing (player), ==, 2);

  /* the short one ends first; both were heard */
  sb_test_wait_until (log.n_done == 1);
  g_assert_cmpint (log.last_sound, ==, SB_CUE_SOUND_COUNTDOWN);
  sb_test_wait_until (log.n_done == 2);
  g_assert_cmpint (log.last_sound, ==, SB_CUE_SOUND_END);
  g_assert_cmpuint (log.n_played, ==, 2);
  g_assert_cmpuint (sb_cue_player_get_n_playing (player), ==, 0);
}

static void
test_refused_output (void)
{
  /* an output that cannot open, as a missing sound device */
  g_autoptr(SbCuePlayer) player = sb_cue_player_new_with_sink ("filesink location=/nonexistent/folder/cue.raw");
  Log log = { 0 };

  g_signal_connect (player, "done", G_CALLBACK (on_done), &log);
  sb_cue_player_play (player, SB_CUE_SOUND_END);
  sb_test_wait_until (log.n_done == 1);
  g_assert_cmpuint (log.n_played, ==, 0);
  g_assert_cmpuint (sb_cue_player_get_n_playing (player), ==, 0);

  /* and it keeps trying: a device may come back */
  sb_cue_player_play (player, SB_CUE_SOUND_COUNTDOWN);
  sb_test_wait_until (log.n_done == 2);
}

/* Whatever output this machine has (under test, usually none): each cue
 * ends once, by itself, with no warning (they are fatal here), and the
 * next one is tried again. A workout never waits on the sound. */
static void
test_default_output (void)
{
  g_autoptr(SbCuePlayer) player = sb_cue_player_new ();
  Log log = { 0 };

  g_signal_connect (player, "done", G_CALLBACK (on_done), &log);
  sb_cue_player_play (player, SB_CUE_SOUND_COUNTDOWN);
  g_assert_cmpuint (sb_cue_player_get_n_playing (player), ==, 1);
  sb_test_wait_until (log.n_done == 1);
  g_assert_cmpint (log.last_sound, ==, SB_CUE_SOUND_COUNTDOWN);
  g_assert_cmpuint (sb_cue_player_get_n_playing (player), ==, 0);

  sb_cue_player_play (player, SB_CUE_SOUND_END);
  sb_test_wait_until (log.n_done == 2);
  g_assert_cmpint (log.last_sound, ==, SB_CUE_SOUND_END);
  g_assert_cmpuint (sb_cue_player_get_n_playing (player), ==, 0);
  /* played both or neither: the output does not come and go mid-test */
  g_assert_true (log.n_played == 0 || log.n_played == 2);
  g_test_message ("the default output %s the cues", log.n_played ? "played" : "could not play");
}

static void
test_dropped_while_playing (void)
{
  SbCuePlayer *player = sb_cue_player_new_with_sink ("fakesink sync=true");
  Log log = { 0 };

  g_signal_connect (player, "done", G_CALLBACK (on_done), &log);
  sb_cue_player_play (player, SB_CUE_SOUND_END);
  g_main_context_iteration (NULL, FALSE);
  g_assert_finalize_object (player);
  g_assert_cmpuint (log.n_done, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gst_init (&argc, &argv);

  /* "no sound" must never be louder than a debug message */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL);

  g_test_add_func ("/cue-player/plays", test_plays);
  g_test_add_func ("/cue-player/refused-output", test_refused_output);
  g_test_add_func ("/cue-player/default-output", test_default_output);
  g_test_add_func ("/cue-player/dropped-while-playing", test_dropped_while_playing);

  return g_test_run ();
}
