/* sb-session.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "sb-set-record.h"

G_BEGIN_DECLS

#define SB_TYPE_SESSION (sb_session_get_type ())

G_DECLARE_FINAL_TYPE (SbSession, sb_session, SB, SESSION, GObject)

SbSession         *sb_session_new               (const char        *routine_id,
                                                 const char        *routine_name,
                                                 GDateTime         *start_time);
const char        *sb_session_get_id            (SbSession         *self);
const char        *sb_session_get_routine_id    (SbSession         *self);
const char        *sb_session_get_routine_name  (SbSession         *self);
GDateTime         *sb_session_get_start_time    (SbSession         *self);
GDateTime         *sb_session_get_end_time      (SbSession         *self);
void               sb_session_set_end_time      (SbSession         *self,
                                                 GDateTime         *end_time);
int                sb_session_get_pain_before   (SbSession         *self);
void               sb_session_set_pain_before   (SbSession         *self,
                                                 int                pain);
int                sb_session_get_pain_after    (SbSession         *self);
void               sb_session_set_pain_after    (SbSession         *self,
                                                 int                pain);
int                sb_session_get_pain_next_morning (SbSession     *self);
void               sb_session_set_pain_next_morning (SbSession     *self,
                                                     int            pain);
const char        *sb_session_get_place         (SbSession         *self);
void               sb_session_set_place         (SbSession         *self,
                                                 const char        *place);
gboolean           sb_session_is_desk_break     (SbSession         *self);
const char        *sb_session_get_notes         (SbSession         *self);
void               sb_session_set_notes         (SbSession         *self,
                                                 const char        *notes);
gboolean           sb_session_get_logged_afterwards (SbSession     *self);
void               sb_session_set_logged_afterwards (SbSession     *self,
                                                     gboolean       logged_afterwards);
SbSession         *sb_session_get_conflict      (SbSession         *self);
void               sb_session_set_conflict      (SbSession         *self,
                                                 SbSession         *conflict);
gboolean           sb_session_get_writable      (SbSession         *self);
int                sb_session_get_format_version (SbSession        *self);
const char        *sb_session_get_extra         (SbSession         *self);
guint              sb_session_get_n_sets        (SbSession         *self);
const SbSetRecord *sb_session_get_set           (SbSession         *self,
                                                 guint              index);
void               sb_session_add_set           (SbSession         *self,
                                                 const SbSetRecord *record);
void               sb_session_remove_last_set   (SbSession         *self);
void               sb_session_clear_sets        (SbSession         *self);
SbSession         *sb_session_copy              (SbSession         *self,
                                                 GDateTime         *start_time);
gboolean           sb_session_equal             (SbSession         *a,
                                                 SbSession         *b);

G_END_DECLS
