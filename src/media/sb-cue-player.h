/* sb-cue-player.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SB_CUE_SOUND_COUNTDOWN,  /* a short high beep: 3, 2, 1 */
  SB_CUE_SOUND_END,        /* a longer, higher one: time */
} SbCueSound;

#define SB_TYPE_CUE_PLAYER (sb_cue_player_get_type ())

G_DECLARE_FINAL_TYPE (SbCuePlayer, sb_cue_player, SB, CUE_PLAYER, GObject)

SbCuePlayer *sb_cue_player_new           (void);
SbCuePlayer *sb_cue_player_new_with_sink (const char  *sink_description);
void         sb_cue_player_play          (SbCuePlayer *self,
                                          SbCueSound   sound);
guint        sb_cue_player_get_n_playing (SbCuePlayer *self);

G_END_DECLS
