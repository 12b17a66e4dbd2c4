/* sb-demo-player.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gdk/gdk.h>

G_BEGIN_DECLS

#define SB_DEMO_PLAYER_ERROR (sb_demo_player_error_quark ())

typedef enum
{
  SB_DEMO_PLAYER_ERROR_NOT_FOUND,       /* the file is missing or unreadable */
  SB_DEMO_PLAYER_ERROR_NOT_A_VIDEO,     /* not a media file at all */
  SB_DEMO_PLAYER_ERROR_NO_VIDEO,        /* a media file without a picture */
  SB_DEMO_PLAYER_ERROR_MISSING_PLUGIN,  /* GStreamer lacks what it takes */
  SB_DEMO_PLAYER_ERROR_DECODE,          /* broken or truncated */
} SbDemoPlayerError;

GQuark sb_demo_player_error_quark (void);

#define SB_DEMO_PLAYER_MIN_RATE 0.25
#define SB_DEMO_PLAYER_MAX_RATE 2.0

#define SB_TYPE_DEMO_PLAYER (sb_demo_player_get_type ())

G_DECLARE_FINAL_TYPE (SbDemoPlayer, sb_demo_player, SB, DEMO_PLAYER, GObject)

SbDemoPlayer *sb_demo_player_new          (void);
const char   *sb_demo_player_get_uri      (SbDemoPlayer *self);
void          sb_demo_player_set_uri      (SbDemoPlayer *self,
                                           const char   *uri);
gboolean      sb_demo_player_get_playing  (SbDemoPlayer *self);
void          sb_demo_player_set_playing  (SbDemoPlayer *self,
                                           gboolean      playing);
void          sb_demo_player_play         (SbDemoPlayer *self);
void          sb_demo_player_pause        (SbDemoPlayer *self);
double        sb_demo_player_get_rate     (SbDemoPlayer *self);
void          sb_demo_player_set_rate     (SbDemoPlayer *self,
                                           double        rate);
gboolean      sb_demo_player_get_loop     (SbDemoPlayer *self);
void          sb_demo_player_set_loop     (SbDemoPlayer *self,
                                           gboolean      loop);
gboolean      sb_demo_player_get_muted    (SbDemoPlayer *self);
void          sb_demo_player_set_muted    (SbDemoPlayer *self,
                                           gboolean      muted);
gint64        sb_demo_player_get_position (SbDemoPlayer *self);
gint64        sb_demo_player_get_duration (SbDemoPlayer *self);
gint64        sb_demo_player_get_frame_duration (SbDemoPlayer *self);
const GError *sb_demo_player_get_error    (SbDemoPlayer *self);
void          sb_demo_player_seek         (SbDemoPlayer *self,
                                           gint64        position);
void          sb_demo_player_step         (SbDemoPlayer *self,
                                           int           frames);

void          sb_demo_player_check_async  (const char          *uri,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean      sb_demo_player_check_finish (GAsyncResult        *result,
                                           GError             **error);

G_END_DECLS
