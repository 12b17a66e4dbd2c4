/* sb-demo-player.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Plays an exercise's demonstration clip as a GdkPaintable: slowly, a frame
 * at a time, and in a seamless loop, which GtkMediaFile cannot do.
 *
 * A playbin decodes into an appsink that asks for RGBA. Each frame becomes a
 * GdkMemoryTexture on the streaming thread (with the frame's real stride)
 * and is handed to the main loop, where it replaces the current one; no GTK
 * call happens off the main thread. Looping uses segment seeks, so the clip
 * wraps without an EOS and without a flush. Errors (a missing file, not a
 * video, a missing GStreamer plugin, a broken clip) become an SbDemoPlayerError
 * in the "error" property and signal; the player never aborts on a bad file.
 */

#define G_LOG_DOMAIN "sb-demo-player"

#include "config.h"

#include <glib/gi18n.h>
#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <gst/pbutils/pbutils.h>
#include <gst/video/video.h>

#include "sb-demo-player.h"

struct _SbDemoPlayer
{
  GObject       parent_instance;

  GstElement   *pipeline;
  guint         bus_watch;
  GMainContext *context;

  char         *uri;
  GdkTexture   *texture;
  GError       *error;
  char         *missing_plugin;

  double        rate;
  gint64        position;
  gint64        duration;
  gint64        frame_duration;
  guint         generation;   /* atomic; bumped for every new clip */
  guint         n_decoded;    /* atomic; frames of this clip decoded so far */

  guint         playing : 1;
  guint         loop : 1;
  guint         muted : 1;
  guint         prerolled : 1;
};

static void paintable_iface_init (GdkPaintableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SbDemoPlayer, sb_demo_player, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GDK_TYPE_PAINTABLE, paintable_iface_init))

G_DEFINE_QUARK (sb-demo-player-error-quark, sb_demo_player_error)

enum {
  PROP_0,
  PROP_URI,
  PROP_PLAYING,
  PROP_RATE,
  PROP_LOOP,
  PROP_MUTED,
  PROP_POSITION,
  PROP_DURATION,
  PROP_ERROR,
  N_PROPS
};

enum {
  FRAME,   /* (gint64 position): a new frame is shown */
  ERROR,   /* (GError *error): the clip cannot be played */
  EOS,     /* (): the clip ended (only when not looping) */
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Frames from the streaming thread ------------------------------------ */

typedef struct
{
  GWeakRef    player;
  GdkTexture *texture;
  gint64      position;
  guint       generation;
} FrameUpdate;

static void
frame_update_free (FrameUpdate *update)
{
  g_weak_ref_clear (&update->player);
  g_clear_object (&update->texture);
  g_free (update);
}

static gboolean
show_frame (gpointer data)
{
  FrameUpdate *update = data;
  g_autoptr(SbDemoPlayer) self = g_weak_ref_get (&update->player);
  gboolean resized;

  /* a frame of the clip shown before this one */
  if (self == NULL || update->generation != (guint) g_atomic_int_get (&self->generation))
    return G_SOURCE_REMOVE;

  resized = self->texture == NULL ||
            gdk_texture_get_width (self->texture) != gdk_texture_get_width (update->texture) ||
            gdk_texture_get_height (self->texture) != gdk_texture_get_height (update->texture);

  g_set_object (&self->texture, update->texture);
  if (resized)
    gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));

  if (update->position >= 0 && update->position != self->position)
    {
      self->position = update->position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }

  g_signal_emit (self, signals[FRAME], 0, self->position);
  return G_SOURCE_REMOVE;
}

/* Runs on the streaming thread. */
static GstFlowReturn
deliver_sample (SbDemoPlayer *self,
                GstSample    *sample)
{
  GstBuffer *buffer = gst_sample_get_buffer (sample);
  GstSegment *segment = gst_sample_get_segment (sample);
  g_autoptr(GSource) source = NULL;
  GstVideoFrame frame;
  GstVideoInfo info;
  FrameUpdate *update;
  GBytes *bytes;

  if (buffer == NULL || !gst_video_info_from_caps (&info, gst_sample_get_caps (sample)))
    return GST_FLOW_OK;

  if (!gst_video_frame_map (&frame, &info, buffer, GST_MAP_READ))
    return GST_FLOW_OK;

  /* Always the frame's own stride: rows are padded for some widths. */
  bytes = g_bytes_new (GST_VIDEO_FRAME_PLANE_DATA (&frame, 0),
                       (gsize) GST_VIDEO_FRAME_PLANE_STRIDE (&frame, 0) * GST_VIDEO_FRAME_HEIGHT (&frame));

  update = g_new0 (FrameUpdate, 1);
  g_weak_ref_init (&update->player, self);
  update->generation = g_atomic_int_get (&self->generation);
  update->texture = gdk_memory_texture_new (GST_VIDEO_FRAME_WIDTH (&frame),
                                            GST_VIDEO_FRAME_HEIGHT (&frame),
                                            GDK_MEMORY_R8G8B8A8,
                                            bytes,
                                            GST_VIDEO_FRAME_PLANE_STRIDE (&frame, 0));
  update->position = GST_BUFFER_PTS_IS_VALID (buffer) && segment != NULL
    ? (gint64) gst_segment_to_stream_time (segment, GST_FORMAT_TIME, GST_BUFFER_PTS (buffer))
    : -1;
  g_bytes_unref (bytes);
  gst_video_frame_unmap (&frame);
  g_atomic_int_inc (&self->n_decoded);

  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_static_name (source, "[strongback] demo frame");
  g_source_set_callback (source, show_frame, update, (GDestroyNotify) frame_update_free);
  g_source_attach (source, self->context);

  return GST_FLOW_OK;
}

static GstFlowReturn
on_new_sample (GstAppSink *sink,
               gpointer    user_data)
{
  g_autoptr(GstSample) sample = gst_app_sink_pull_sample (sink);

  return sample ? deliver_sample (user_data, sample) : GST_FLOW_EOS;
}

static GstFlowReturn
on_new_preroll (GstAppSink *sink,
                gpointer    user_data)
{
  g_autoptr(GstSample) sample = gst_app_sink_pull_preroll (sink);

  return sample ? deliver_sample (user_data, sample) : GST_FLOW_EOS;
}

/* Seeking -------------------------------------------------------------- */

/* Every flushing seek keeps the loop's segment flag, or the clip would
 * stop at its end. */
static void
seek_to (SbDemoPlayer *self,
         gint64        position)
{
  GstSeekFlags flags = GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE;

  if (self->pipeline == NULL || !self->prerolled)
    return;

  if (self->loop)
    flags |= GST_SEEK_FLAG_SEGMENT;

  gst_element_seek (self->pipeline, self->rate, GST_FORMAT_TIME, flags,
                    GST_SEEK_TYPE_SET, MAX (position, 0),
                    GST_SEEK_TYPE_SET, self->duration > 0 ? self->duration : (gint64) GST_CLOCK_TIME_NONE);
}

static void
set_error (SbDemoPlayer *self,
           GError       *error)
{
  g_clear_error (&self->error);
  self->error = error;

  if (self->pipeline != NULL)
    gst_element_set_state (self->pipeline, GST_STATE_NULL);

  if (self->playing)
    {
      self->playing = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
  g_signal_emit (self, signals[ERROR], 0, self->error);
}

static GError *
translate_error (SbDemoPlayer *self,
                 GError       *gst_error)
{
  g_autofree char *name = NULL;

  if (self->uri != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (self->uri);
      name = g_file_get_basename (file);
    }

  if (self->missing_plugin != NULL)
    /* Translators: the first %s is a file name, the second what is missing,
     * e.g. “VP9 video decoder” */
    return g_error_new (SB_DEMO_PLAYER_ERROR, SB_DEMO_PLAYER_ERROR_MISSING_PLUGIN,
                        _("“%s” cannot be played: GStreamer has no %s. "
                          "Install the GStreamer plugin that provides it."),
                        name, self->missing_plugin);

  if (g_error_matches (gst_error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NOT_FOUND) ||
      g_error_matches (gst_error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_OPEN_READ) ||
      g_error_matches (gst_error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_READ))
    return g_error_new (SB_DEMO_PLAYER_ERROR, SB_DEMO_PLAYER_ERROR_NOT_FOUND,
                        _("The video “%s” is missing or cannot be opened"), name);

  if (g_error_matches (gst_error, GST_STREAM_ERROR, GST_STREAM_ERROR_TYPE_NOT_FOUND) ||
      g_error_matches (gst_error, GST_STREAM_ERROR, GST_STREAM_ERROR_WRONG_TYPE))
    return g_error_new (SB_DEMO_PLAYER_ERROR, SB_DEMO_PLAYER_ERROR_NOT_A_VIDEO,
                        _("“%s” is not a video"), name);

  if (g_error_matches (gst_error, GST_CORE_ERROR, GST_CORE_ERROR_MISSING_PLUGIN) ||
      g_error_matches (gst_error, GST_STREAM_ERROR, GST_STREAM_ERROR_CODEC_NOT_FOUND))
    return g_error_new (SB_DEMO_PLAYER_ERROR, SB_DEMO_PLAYER_ERROR_MISSING_PLUGIN,
                        _("“%s” cannot be played: GStreamer has no plugin for it"), name);

  /* Translators: the second %s is GStreamer's own message */
  return g_error_new (SB_DEMO_PLAYER_ERROR, SB_DEMO_PLAYER_ERROR_DECODE,
                      _("“%s” is damaged and cannot be played (%s)"), name, gst_error->message);
}

/* A clip that ends, or prerolls, without a single frame is broken: say so
 * instead of looping over nothing. */
static gboolean
check_has_frames (SbDemoPlayer *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;

  if (g_atomic_int_get (&self->n_decoded) > 0)
    return TRUE;

  file = g_file_new_for_uri (self->uri);
  name = g_file_get_basename (file);
  set_error (self, g_error_new (SB_DEMO_PLAYER_ERROR, SB_DEMO_PLAYER_ERROR_DECODE,
                                _("“%s” is damaged and cannot be played (%s)"), name,
                                _("it holds no picture that can be decoded")));
  return FALSE;
}

static void
update_duration (SbDemoPlayer *self)
{
  gint64 duration = 0;

  if (!gst_element_query_duration (self->pipeline, GST_FORMAT_TIME, &duration))
    return;

  if (duration != self->duration)
    {
      self->duration = duration;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
    }
}

static void
on_prerolled (SbDemoPlayer *self)
{
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstPad) pad = NULL;
  g_autoptr(GstCaps) caps = NULL;
  int n_video = 0;

  g_object_get (self->pipeline, "n-video", &n_video, NULL);
  if (n_video == 0)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (self->uri);
      g_autofree char *name = g_file_get_basename (file);

      set_error (self, g_error_new (SB_DEMO_PLAYER_ERROR, SB_DEMO_PLAYER_ERROR_NO_VIDEO,
                                    _("“%s” has no picture to show"), name));
      return;
    }

  if (!check_has_frames (self))
    return;

  update_duration (self);

  g_object_get (self->pipeline, "video-sink", &sink, NULL);
  pad = gst_element_get_static_pad (sink, "sink");
  caps = gst_pad_get_current_caps (pad);
  if (caps != NULL)
    {
      GstVideoInfo info;

      if (gst_video_info_from_caps (&info, caps) && info.fps_n > 0)
        self->frame_duration = gst_util_uint64_scale_int (GST_SECOND, info.fps_d, info.fps_n);
    }

  self->prerolled = TRUE;

  /* The first seek sets up the looping segment and the rate. */
  if (self->loop || self->rate != 1.0)
    seek_to (self, self->position > 0 ? self->position : 0);
}

static gboolean
on_bus_message (GstBus     *bus,
                GstMessage *message,
                gpointer    user_data)
{
  SbDemoPlayer *self = user_data;

  if (GST_MESSAGE_SRC (message) != GST_OBJECT (self->pipeline) &&
      GST_MESSAGE_TYPE (message) != GST_MESSAGE_ERROR &&
      GST_MESSAGE_TYPE (message) != GST_MESSAGE_ELEMENT)
    return G_SOURCE_CONTINUE;

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *debug = NULL;

        gst_message_parse_error (message, &error, &debug);
        g_debug ("%s (%s)", error->message, debug);
        if (self->error == NULL)
          set_error (self, translate_error (self, error));
      }
      break;

    case GST_MESSAGE_ELEMENT:
      if (gst_is_missing_plugin_message (message) && self->missing_plugin == NULL)
        self->missing_plugin = gst_missing_plugin_message_get_description (message);
      break;

    case GST_MESSAGE_ASYNC_DONE:
      if (!self->prerolled)
        on_prerolled (self);
      break;

    case GST_MESSAGE_DURATION_CHANGED:
      update_duration (self);
      break;

    case GST_MESSAGE_SEGMENT_DONE:
      /* Without a flush, so the last frame leads straight into the first. */
      if (self->loop && check_has_frames (self))
        gst_element_seek (self->pipeline, self->rate, GST_FORMAT_TIME,
                          GST_SEEK_FLAG_SEGMENT | GST_SEEK_FLAG_ACCURATE,
                          GST_SEEK_TYPE_SET, 0,
                          GST_SEEK_TYPE_SET, self->duration > 0 ? self->duration : (gint64) GST_CLOCK_TIME_NONE);
      break;

    case GST_MESSAGE_EOS:
      if (!check_has_frames (self))
        break;
      if (self->playing)
        {
          self->playing = FALSE;
          gst_element_set_state (self->pipeline, GST_STATE_PAUSED);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
        }
      g_signal_emit (self, signals[EOS], 0);
      break;

    default:
      break;
    }

  return G_SOURCE_CONTINUE;
}

static void
ensure_pipeline (SbDemoPlayer *self)
{
  g_autoptr(GstCaps) caps = NULL;
  g_autoptr(GstBus) bus = NULL;
  GstAppSinkCallbacks callbacks = { NULL, on_new_preroll, on_new_sample };
  GstElement *sink;

  if (self->pipeline != NULL)
    return;

  self->pipeline = gst_element_factory_make ("playbin", NULL);
  sink = gst_element_factory_make ("appsink", NULL);
  if (self->pipeline == NULL || sink == NULL)
    g_error ("GStreamer's playbin or appsink is missing: install gstreamer1.0-plugins-base");

  caps = gst_caps_from_string ("video/x-raw, format=(string)RGBA, pixel-aspect-ratio=(fraction)1/1");
  g_object_set (sink,
                "caps", caps,
                "max-buffers", 2,
                "enable-last-sample", FALSE,
                "sync", TRUE,
                NULL);
  gst_app_sink_set_callbacks (GST_APP_SINK (sink), &callbacks, self, NULL);

  g_object_set (self->pipeline,
                "video-sink", sink,
                "mute", (gboolean) self->muted,
                NULL);

  bus = gst_element_get_bus (self->pipeline);
  self->bus_watch = gst_bus_add_watch (bus, on_bus_message, self);
}

static void
stop_pipeline (SbDemoPlayer *self)
{
  if (self->pipeline == NULL)
    return;

  /* Joins the streaming threads: no frame is delivered after this. */
  gst_element_set_state (self->pipeline, GST_STATE_NULL);
  g_clear_handle_id (&self->bus_watch, g_source_remove);
  gst_clear_object (&self->pipeline);
}

/* Public API ----------------------------------------------------------- */

SbDemoPlayer *
sb_demo_player_new (void)
{
  return g_object_new (SB_TYPE_DEMO_PLAYER, NULL);
}

const char *
sb_demo_player_get_uri (SbDemoPlayer *self)
{
  g_return_val_if_fail (SB_IS_DEMO_PLAYER (self), NULL);
  return self->uri;
}

/**
 * sb_demo_player_set_uri:
 * @uri: (nullable): the clip, a file:// URI
 *
 * Shows the clip's first frame, and plays it if the player is playing.
 * Switching is cheap and safe to do quickly: frames of the previous clip
 * that are still on their way are dropped.
 */
void
sb_demo_player_set_uri (SbDemoPlayer *self,
                        const char   *uri)
{
  g_return_if_fail (SB_IS_DEMO_PLAYER (self));

  if (g_strcmp0 (self->uri, uri) == 0)
    return;

  g_free (self->uri);
  self->uri = g_strdup (uri);
  g_atomic_int_inc (&self->generation);

  /* A fresh pipeline for each clip: reusing one after an error or a
   * missing plugin leaves state behind. */
  stop_pipeline (self);
  g_clear_object (&self->texture);
  g_clear_pointer (&self->missing_plugin, g_free);
  self->prerolled = FALSE;
  g_atomic_int_set (&self->n_decoded, 0);
  self->position = 0;
  self->duration = 0;
  self->frame_duration = 0;
  if (self->error != NULL)
    {
      g_clear_error (&self->error);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
    }

  gdk_paintable_invalidate_size (GDK_PAINTABLE (self));
  gdk_paintable_invalidate_contents (GDK_PAINTABLE (self));

  if (uri != NULL)
    {
      ensure_pipeline (self);
      g_object_set (self->pipeline, "uri", uri, NULL);
      gst_element_set_state (self->pipeline, self->playing ? GST_STATE_PLAYING : GST_STATE_PAUSED);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URI]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

gboolean
sb_demo_player_get_playing (SbDemoPlayer *self)
{
  g_return_val_if_fail (SB_IS_DEMO_PLAYER (self), FALSE);
  return self->playing;
}

void
sb_demo_player_set_playing (SbDemoPlayer *self,
                            gboolean      playing)
{
  g_return_if_fail (SB_IS_DEMO_PLAYER (self));

  playing = !!playing;
  if (self->playing == playing)
    return;

  /* nothing to play after an error, until another clip is set */
  if (playing && self->error != NULL)
    return;

  self->playing = playing;
  if (self->pipeline != NULL)
    gst_element_set_state (self->pipeline, playing ? GST_STATE_PLAYING : GST_STATE_PAUSED);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

void
sb_demo_player_play (SbDemoPlayer *self)
{
  sb_demo_player_set_playing (self, TRUE);
}

void
sb_demo_player_pause (SbDemoPlayer *self)
{
  sb_demo_player_set_playing (self, FALSE);
}

double
sb_demo_player_get_rate (SbDemoPlayer *self)
{
  g_return_val_if_fail (SB_IS_DEMO_PLAYER (self), 1.0);
  return self->rate;
}

/**
 * sb_demo_player_set_rate:
 * @rate: from 0.25 (slow motion) to 2
 */
void
sb_demo_player_set_rate (SbDemoPlayer *self,
                         double        rate)
{
  g_return_if_fail (SB_IS_DEMO_PLAYER (self));

  rate = CLAMP (rate, SB_DEMO_PLAYER_MIN_RATE, SB_DEMO_PLAYER_MAX_RATE);
  if (G_APPROX_VALUE (self->rate, rate, 0.001))
    return;

  self->rate = rate;
  /* from the frame shown, so that the picture does not jump */
  seek_to (self, self->position);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}

gboolean
sb_demo_player_get_loop (SbDemoPlayer *self)
{
  g_return_val_if_fail (SB_IS_DEMO_PLAYER (self), FALSE);
  return self->loop;
}

void
sb_demo_player_set_loop (SbDemoPlayer *self,
                         gboolean      loop)
{
  g_return_if_fail (SB_IS_DEMO_PLAYER (self));

  loop = !!loop;
  if (self->loop == loop)
    return;

  self->loop = loop;
  seek_to (self, self->position);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOOP]);
}

gboolean
sb_demo_player_get_muted (SbDemoPlayer *self)
{
  g_return_val_if_fail (SB_IS_DEMO_PLAYER (self), TRUE);
  return self->muted;
}

void
sb_demo_player_set_muted (SbDemoPlayer *self,
                          gboolean      muted)
{
  g_return_if_fail (SB_IS_DEMO_PLAYER (self));

  muted = !!muted;
  if (self->muted == muted)
    return;

  self->muted = muted;
  if (self->pipeline != NULL)
    g_object_set (self->pipeline, "mute", muted, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MUTED]);
}

/**
 * sb_demo_player_get_position:
 *
 * Returns: the time of the frame shown, in nanoseconds
 */
gint64
sb_demo_player_get_position (SbDemoPlayer *self)
{
  g_return_val_if_fail (SB_IS_DEMO_PLAYER (self), 0);
  return self->position;
}

/**
 * sb_demo_player_get_duration:
 *
 * Returns: the clip's length in nanoseconds, 0 until it is known
 */
gint64
sb_demo_player_get_duration (SbDemoPlayer *self)
{
  g_return_val_if_fail (SB_IS_DEMO_PLAYER (self), 0);
  return self->duration;
}

/**
 * sb_demo_player_get_frame_duration:
 *
 * Returns: how long one frame lasts, in nanoseconds, 0 until it is known
 */
gint64
sb_demo_player_get_frame_duration (SbDemoPlayer *self)
{
  g_return_val_if_fail (SB_IS_DEMO_PLAYER (self), 0);
  return self->frame_duration;
}

/**
 * sb_demo_player_get_error:
 *
 * Returns: (nullable): why the clip cannot be played
 */
const GError *
sb_demo_player_get_error (SbDemoPlayer *self)
{
  g_return_val_if_fail (SB_IS_DEMO_PLAYER (self), NULL);
  return self->error;
}

void
sb_demo_player_seek (SbDemoPlayer *self,
                     gint64        position)
{
  g_return_if_fail (SB_IS_DEMO_PLAYER (self));

  if (self->duration > 0)
    position = CLAMP (position, 0, self->duration - MAX (self->frame_duration, 1));

  seek_to (self, position);
}

/**
 * sb_demo_player_step:
 * @frames: how many frames to move, forwards or (negative) back
 *
 * Pauses and moves by whole frames; past either end it wraps around.
 */
void
sb_demo_player_step (SbDemoPlayer *self,
                     int           frames)
{
  gint64 target;

  g_return_if_fail (SB_IS_DEMO_PLAYER (self));

  if (!self->prerolled || self->frame_duration <= 0)
    return;

  sb_demo_player_pause (self);

  /* aim at the middle of the frame, so rounding cannot land on its neighbour */
  target = self->position + frames * self->frame_duration + self->frame_duration / 2;
  if (self->duration > 0)
    {
      target %= self->duration;
      if (target < 0)
        target += self->duration;
    }

  seek_to (self, target - self->frame_duration / 2);
}

/* GdkPaintable ---------------------------------------------------------- */

static void
sb_demo_player_snapshot (GdkPaintable *paintable,
                         GdkSnapshot  *snapshot,
                         double        width,
                         double        height)
{
  SbDemoPlayer *self = SB_DEMO_PLAYER (paintable);

  if (self->texture != NULL)
    gdk_paintable_snapshot (GDK_PAINTABLE (self->texture), snapshot, width, height);
}

static GdkPaintable *
sb_demo_player_get_current_image (GdkPaintable *paintable)
{
  SbDemoPlayer *self = SB_DEMO_PLAYER (paintable);

  if (self->texture != NULL)
    return GDK_PAINTABLE (g_object_ref (self->texture));

  return gdk_paintable_new_empty (0, 0);
}

static int
sb_demo_player_get_intrinsic_width (GdkPaintable *paintable)
{
  SbDemoPlayer *self = SB_DEMO_PLAYER (paintable);

  return self->texture ? gdk_texture_get_width (self->texture) : 0;
}

static int
sb_demo_player_get_intrinsic_height (GdkPaintable *paintable)
{
  SbDemoPlayer *self = SB_DEMO_PLAYER (paintable);

  return self->texture ? gdk_texture_get_height (self->texture) : 0;
}

static double
sb_demo_player_get_intrinsic_aspect_ratio (GdkPaintable *paintable)
{
  SbDemoPlayer *self = SB_DEMO_PLAYER (paintable);

  if (self->texture == NULL)
    return 16.0 / 9.0;

  return (double) gdk_texture_get_width (self->texture) / gdk_texture_get_height (self->texture);
}

static void
paintable_iface_init (GdkPaintableInterface *iface)
{
  iface->snapshot = sb_demo_player_snapshot;
  iface->get_current_image = sb_demo_player_get_current_image;
  iface->get_intrinsic_width = sb_demo_player_get_intrinsic_width;
  iface->get_intrinsic_height = sb_demo_player_get_intrinsic_height;
  iface->get_intrinsic_aspect_ratio = sb_demo_player_get_intrinsic_aspect_ratio;
}

/* GObject -------------------------------------------------------------- */

static void
sb_demo_player_dispose (GObject *object)
{
  SbDemoPlayer *self = SB_DEMO_PLAYER (object);

  stop_pipeline (self);

  G_OBJECT_CLASS (sb_demo_player_parent_class)->dispose (object);
}

static void
sb_demo_player_finalize (GObject *object)
{
  SbDemoPlayer *self = SB_DEMO_PLAYER (object);

  g_clear_pointer (&self->uri, g_free);
  g_clear_object (&self->texture);
  g_clear_error (&self->error);
  g_clear_pointer (&self->missing_plugin, g_free);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (sb_demo_player_parent_class)->finalize (object);
}

static void
sb_demo_player_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SbDemoPlayer *self = SB_DEMO_PLAYER (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;
    case PROP_RATE:
      g_value_set_double (value, self->rate);
      break;
    case PROP_LOOP:
      g_value_set_boolean (value, self->loop);
      break;
    case PROP_MUTED:
      g_value_set_boolean (value, self->muted);
      break;
    case PROP_POSITION:
      g_value_set_int64 (value, self->position);
      break;
    case PROP_DURATION:
      g_value_set_int64 (value, self->duration);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_demo_player_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SbDemoPlayer *self = SB_DEMO_PLAYER (object);

  switch (prop_id)
    {
    case PROP_URI:
      sb_demo_player_set_uri (self, g_value_get_string (value));
      break;
    case PROP_PLAYING:
      sb_demo_player_set_playing (self, g_value_get_boolean (value));
      break;
    case PROP_RATE:
      sb_demo_player_set_rate (self, g_value_get_double (value));
      break;
    case PROP_LOOP:
      sb_demo_player_set_loop (self, g_value_get_boolean (value));
      break;
    case PROP_MUTED:
      sb_demo_player_set_muted (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_demo_player_class_init (SbDemoPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sb_demo_player_dispose;
  object_class->finalize = sb_demo_player_finalize;
  object_class->get_property = sb_demo_player_get_property;
  object_class->set_property = sb_demo_player_set_property;

  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RATE] =
    g_param_spec_double ("rate", NULL, NULL, SB_DEMO_PLAYER_MIN_RATE, SB_DEMO_PLAYER_MAX_RATE, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOOP] =
    g_param_spec_boolean ("loop", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* demonstration clips are silent; muted until asked */
  properties[PROP_MUTED] =
    g_param_spec_boolean ("muted", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_int64 ("position", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DURATION] =
    g_param_spec_int64 ("duration", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FRAME] =
    g_signal_new ("frame", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
  signals[EOS] =
    g_signal_new ("eos", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  if (!gst_is_initialized ())
    gst_init (NULL, NULL);
}

static void
sb_demo_player_init (SbDemoPlayer *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->rate = 1.0;
  self->loop = TRUE;
  self->muted = TRUE;
}

/* Checking a clip before it is accepted --------------------------------- */

#define CHECK_TIMEOUT_SECONDS 20

typedef struct
{
  SbDemoPlayer *player;
  guint         timeout_id;
  gulong        cancelled_id;
} Check;

static void
check_free (Check *check)
{
  /* the task holds itself until it returns, which clears all of this */
  g_assert (check->player == NULL && check->timeout_id == 0);
  g_free (check);
}

/* The first of a frame, an error, the timeout or a cancel ends the check;
 * what comes after it finds the task already returned. */
static void
check_return (GTask  *task,
              GError *error)
{
  Check *check = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (check->player == NULL)
    {
      g_clear_error (&error);
      return;
    }

  g_signal_handlers_disconnect_by_data (check->player, task);
  g_clear_handle_id (&check->timeout_id, g_source_remove);
  if (cancellable != NULL && check->cancelled_id != 0)
    g_cancellable_disconnect (cancellable, check->cancelled_id);
  check->cancelled_id = 0;
  sb_demo_player_set_uri (check->player, NULL);
  g_clear_object (&check->player);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

static void
check_on_frame (SbDemoPlayer *player,
                gint64        position,
                GTask        *task)
{
  check_return (task, NULL);
}

static void
check_on_error (SbDemoPlayer *player,
                const GError *error,
                GTask        *task)
{
  check_return (task, g_error_copy (error));
}

static gboolean
check_timed_out (gpointer data)
{
  GTask *task = data;
  Check *check = g_task_get_task_data (task);
  g_autoptr(GFile) file = g_file_new_for_uri (sb_demo_player_get_uri (check->player));
  g_autofree char *name = g_file_get_basename (file);

  check->timeout_id = 0;
  check_return (task, g_error_new (SB_DEMO_PLAYER_ERROR, SB_DEMO_PLAYER_ERROR_DECODE,
                                   _("“%s” did not show a picture within %d seconds"),
                                   name, CHECK_TIMEOUT_SECONDS));
  return G_SOURCE_REMOVE;
}

static gboolean
check_cancelled_idle (gpointer data)
{
  check_return (data, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled")));
  return G_SOURCE_REMOVE;
}

static void
check_on_cancelled (GCancellable *cancellable,
                    GTask        *task)
{
  /* g_cancellable_disconnect() may not be called from the handler */
  g_idle_add_full (G_PRIORITY_DEFAULT, check_cancelled_idle, g_object_ref (task), g_object_unref);
}

/**
 * sb_demo_player_check_async:
 * @uri: the clip to check, a file:// URI
 *
 * Opens @uri in a player of its own, silent and paused, and completes once
 * its first frame is decoded, or with the #SbDemoPlayerError that would
 * stop it from being shown (not a video, no picture, a missing plugin, a
 * broken file), so that a clip is known to play before it is accepted.
 */
void
sb_demo_player_check_async (const char          *uri,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  Check *check;

  g_return_if_fail (uri != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_demo_player_check_async);
  check = g_new0 (Check, 1);
  check->player = sb_demo_player_new ();
  g_task_set_task_data (task, check, (GDestroyNotify) check_free);

  /* the task holds itself until one of these returns it */
  g_signal_connect (check->player, "frame", G_CALLBACK (check_on_frame), task);
  g_signal_connect (check->player, "error", G_CALLBACK (check_on_error), task);
  check->timeout_id = g_timeout_add_seconds (CHECK_TIMEOUT_SECONDS, check_timed_out, task);
  if (cancellable != NULL)
    check->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (check_on_cancelled), task, NULL);

  sb_demo_player_set_loop (check->player, FALSE);
  sb_demo_player_set_uri (check->player, uri);
}

gboolean
sb_demo_player_check_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
