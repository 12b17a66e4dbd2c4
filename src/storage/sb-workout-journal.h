/* sb-workout-journal.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/sb-session.h"

G_BEGIN_DECLS

#define SB_WORKOUT_JOURNAL_ERROR (sb_workout_journal_error_quark ())

typedef enum
{
  SB_WORKOUT_JOURNAL_ERROR_READ,   /* the file is there but cannot be used; it was set aside */
  SB_WORKOUT_JOURNAL_ERROR_WRITE,  /* the disk refused: full, read-only, no permission */
} SbWorkoutJournalError;

GQuark sb_workout_journal_error_quark (void);

#define SB_TYPE_WORKOUT_JOURNAL (sb_workout_journal_get_type ())

G_DECLARE_FINAL_TYPE (SbWorkoutJournal, sb_workout_journal, SB, WORKOUT_JOURNAL, GObject)

SbWorkoutJournal *sb_workout_journal_new             (GFile               *file);
SbWorkoutJournal *sb_workout_journal_new_default     (void);
GFile            *sb_workout_journal_get_file        (SbWorkoutJournal    *self);
void              sb_workout_journal_save_async      (SbWorkoutJournal    *self,
                                                      SbSession           *session,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean          sb_workout_journal_save_finish     (SbWorkoutJournal    *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);
void              sb_workout_journal_discard_async   (SbWorkoutJournal    *self,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
gboolean          sb_workout_journal_discard_finish  (SbWorkoutJournal    *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);
void              sb_workout_journal_load_async      (SbWorkoutJournal    *self,
                                                      GCancellable        *cancellable,
                                                      GAsyncReadyCallback  callback,
                                                      gpointer             user_data);
SbSession        *sb_workout_journal_load_finish     (SbWorkoutJournal    *self,
                                                      GAsyncResult        *result,
                                                      GError             **error);

G_END_DECLS
