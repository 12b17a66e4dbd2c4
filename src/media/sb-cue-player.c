/* sb-cue-player.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The workout's sound cues: short sine tones made by GStreamer, so no sound
 * files need shipping. Each cue is its own small pipeline that removes
 * itself when the tone has played. A computer without sound (no device, no
 * server, a sandbox without the socket) is normal: the cue is skipped with
 * a debug message, never a warning, and ::done still says it ended.
 */

#define G_LOG_DOMAIN "sb-cue-player"

#include "config.h"

#include <gst/gst.h>

#include "sb-cue-player.h"

/* 44.1 kHz in 10 ms buffers */
#define SAMPLES_PER_BUFFER 441

struct _SbCuePlayer
{
  GObject    parent_instance;

  char      *sink_description;  /* NULL: the system's default output */
  GPtrArray *playing;           /* Cue */
};

G_DEFINE_FINAL_TYPE (SbCuePlayer, sb_cue_player, G_TYPE_OBJECT)

enum {
  DONE,   /* (SbCueSound sound, gboolean played): a cue ended, heard or not */
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  SbCuePlayer *player;    /* unowned: the player stops every cue in dispose */
  SbCueSound   sound;
  GstElement  *pipeline;
  guint        watch;
} Cue;

static void
cue_free (Cue *cue)
{
  g_clear_handle_id (&cue->watch, g_source_remove);
  gst_element_set_state (cue->pipeline, GST_STATE_NULL);
  gst_clear_object (&cue->pipeline);
  g_free (cue);
}

static void
finish (Cue      *cue,
        gboolean  played)
{
  SbCuePlayer *self = cue->player;
  SbCueSound sound = cue->sound;

  g_ptr_array_remove_fast (self->playing, cue);
  g_signal_emit (self, signals[DONE], 0, sound, played);
}

static gboolean
on_bus_message (GstBus     *bus,
                GstMessage *message,
                gpointer    user_data)
{
  Cue *cue = user_data;

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_EOS:
      cue->watch = 0;
      finish (cue, TRUE);
      return G_SOURCE_REMOVE;

    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) error = NULL;

        gst_message_parse_error (message, &error, NULL);
        g_debug ("No sound cue: %s", error->message);
        cue->watch = 0;
        finish (cue, FALSE);
        return G_SOURCE_REMOVE;
      }

    default:
      return G_SOURCE_CONTINUE;
    }
}

static GstElement *
make_sink (SbCuePlayer  *self,
           GError      **error)
{
  if (self->sink_description == NULL)
    return gst_element_factory_make ("autoaudiosink", NULL);

  return gst_parse_bin_from_description (self->sink_description, TRUE, error);
}

/**
 * sb_cue_player_play:
 *
 * Plays @sound at once, over any cue still playing.
 */
void
sb_cue_player_play (SbCuePlayer *self,
                    SbCueSound   sound)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GstBus) bus = NULL;
  GstElement *source, *convert, *resample, *sink;
  Cue *cue;

  g_return_if_fail (SB_IS_CUE_PLAYER (self));

  cue = g_new0 (Cue, 1);
  cue->player = self;
  cue->sound = sound;
  cue->pipeline = gst_object_ref_sink (gst_pipeline_new ("cue"));
  g_ptr_array_add (self->playing, cue);

  source = gst_element_factory_make ("audiotestsrc", NULL);
  convert = gst_element_factory_make ("audioconvert", NULL);
  resample = gst_element_factory_make ("audioresample", NULL);
  sink = make_sink (self, &error);
  if (source == NULL || convert == NULL || resample == NULL || sink == NULL)
    {
      g_debug ("No sound cue: %s", error ? error->message : "GStreamer's audio elements are missing");
      g_clear_object (&source);
      g_clear_object (&convert);
      g_clear_object (&resample);
      g_clear_object (&sink);
      finish (cue, FALSE);
      return;
    }

  /* 120 ms at 880 Hz for the countdown, 400 ms at 1320 Hz at the end */
  g_object_set (source,
                "wave", 0, /* sine */
                "freq", sound == SB_CUE_SOUND_END ? 1320.0 : 880.0,
                "volume", 0.5,
                "samplesperbuffer", SAMPLES_PER_BUFFER,
                "num-buffers", sound == SB_CUE_SOUND_END ? 40 : 12,
                NULL);
  gst_bin_add_many (GST_BIN (cue->pipeline), source, convert, resample, sink, NULL);
  gst_element_link_many (source, convert, resample, sink, NULL);

  bus = gst_element_get_bus (cue->pipeline);
  cue->watch = gst_bus_add_watch (bus, on_bus_message, cue);

  if (gst_element_set_state (cue->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      /* the error, if any, is on the bus: drop it with the pipeline */
      g_debug ("No sound cue: the audio output refused to start");
      finish (cue, FALSE);
    }
}

/**
 * sb_cue_player_get_n_playing:
 *
 * Returns: how many cues are sounding now
 */
guint
sb_cue_player_get_n_playing (SbCuePlayer *self)
{
  g_return_val_if_fail (SB_IS_CUE_PLAYER (self), 0);
  return self->playing->len;
}

SbCuePlayer *
sb_cue_player_new (void)
{
  return sb_cue_player_new_with_sink (NULL);
}

/**
 * sb_cue_player_new_with_sink:
 * @sink_description: (nullable): a gst-launch description of the output,
 *   for tests; %NULL for the system's default
 */
SbCuePlayer *
sb_cue_player_new_with_sink (const char *sink_description)
{
  SbCuePlayer *self;

  if (!gst_is_initialized ())
    gst_init (NULL, NULL);

  self = g_object_new (SB_TYPE_CUE_PLAYER, NULL);
  self->sink_description = g_strdup (sink_description);
  return self;
}

static void
sb_cue_player_dispose (GObject *object)
{
  SbCuePlayer *self = SB_CUE_PLAYER (object);

  /* pipelines go to NULL before they are unreffed */
  g_ptr_array_set_size (self->playing, 0);

  G_OBJECT_CLASS (sb_cue_player_parent_class)->dispose (object);
}

static void
sb_cue_player_finalize (GObject *object)
{
  SbCuePlayer *self = SB_CUE_PLAYER (object);

  g_clear_pointer (&self->playing, g_ptr_array_unref);
  g_free (self->sink_description);

  G_OBJECT_CLASS (sb_cue_player_parent_class)->finalize (object);
}

static void
sb_cue_player_class_init (SbCuePlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_cue_player_dispose;
  object_class->finalize = sb_cue_player_finalize;

  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_BOOLEAN);
}

static void
sb_cue_player_init (SbCuePlayer *self)
{
  self->playing = g_ptr_array_new_with_free_func ((GDestroyNotify) cue_free);
}
