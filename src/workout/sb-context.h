/* sb-context.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/sb-catalog.h"
#include "storage/sb-demo-library.h"
#include "storage/sb-history-store.h"
#include "storage/sb-routine-store.h"
#include "storage/sb-workout-journal.h"
#include "sb-workout-session.h"

G_BEGIN_DECLS

#define SB_TYPE_CONTEXT (sb_context_get_type ())

G_DECLARE_FINAL_TYPE (SbContext, sb_context, SB, CONTEXT, GObject)

/* sb-reminders.h includes this header */
typedef struct _SbReminders SbReminders;

SbContext        *sb_context_new                   (SbCatalog           *catalog,
                                                    SbRoutineStore      *routines,
                                                    SbHistoryStore      *history,
                                                    SbWorkoutJournal    *journal,
                                                    SbDemoLibrary       *demos,
                                                    GSettings           *settings);
SbContext        *sb_context_new_default           (GSettings           *settings,
                                                    GError             **error);
SbCatalog        *sb_context_get_catalog           (SbContext           *self);
SbRoutineStore   *sb_context_get_routines          (SbContext           *self);
SbHistoryStore   *sb_context_get_history           (SbContext           *self);
SbWorkoutJournal *sb_context_get_journal           (SbContext           *self);
SbDemoLibrary    *sb_context_get_demos             (SbContext           *self);
GSettings        *sb_context_get_settings          (SbContext           *self);
void              sb_context_load                  (SbContext           *self);
SbReminders      *sb_context_get_reminders         (SbContext           *self);
void              sb_context_set_reminders         (SbContext           *self,
                                                    SbReminders         *reminders);
SbWorkoutSession *sb_context_get_workout           (SbContext           *self);
SbWorkoutSession *sb_context_start_workout         (SbContext           *self,
                                                    SbRoutine           *routine);
void              sb_context_end_workout           (SbContext           *self);
SbSession        *sb_context_get_unfinished        (SbContext           *self);
SbWorkoutSession *sb_context_resume_unfinished     (SbContext           *self);
void              sb_context_keep_unfinished       (SbContext           *self);
void              sb_context_discard_unfinished    (SbContext           *self);
void              sb_context_move_history_async    (SbContext           *self,
                                                    GFile               *folder,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean          sb_context_move_history_finish   (SbContext           *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

G_END_DECLS
