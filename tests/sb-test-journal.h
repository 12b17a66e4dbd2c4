/* sb-test-journal.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the tests of the workout journal share: the result of one async
 * operation, the callbacks that fill it, and waiting for a load. */

#pragma once

#include "storage/sb-workout-journal.h"
#include "sb-test-utils.h"

typedef struct
{
  gboolean   done;
  gboolean   ok;
  SbSession *session;
  GError    *error;
} Result;

static inline void
result_clear (Result *result)
{
  g_clear_object (&result->session);
  g_clear_error (&result->error);
  result->done = FALSE;
}

static inline void
saved (GObject      *object,
       GAsyncResult *res,
       gpointer      user_data)
{
  Result *result = user_data;

  result->ok = sb_workout_journal_save_finish (SB_WORKOUT_JOURNAL (object), res, &result->error);
  result->done = TRUE;
}

static inline void
discarded (GObject      *object,
           GAsyncResult *res,
           gpointer      user_data)
{
  Result *result = user_data;

  result->ok = sb_workout_journal_discard_finish (SB_WORKOUT_JOURNAL (object), res, &result->error);
  result->done = TRUE;
}

static inline void
loaded (GObject      *object,
        GAsyncResult *res,
        gpointer      user_data)
{
  Result *result = user_data;

  result->session = sb_workout_journal_load_finish (SB_WORKOUT_JOURNAL (object), res, &result->error);
  result->done = TRUE;
}

/* The session the journal holds now, or NULL (and @error) when none. */
static inline SbSession *
load (SbWorkoutJournal  *journal,
      GError           **error)
{
  Result result = { 0 };

  sb_workout_journal_load_async (journal, NULL, loaded, &result);
  sb_test_wait_until (result.done);
  if (result.error != NULL)
    g_propagate_error (error, result.error);
  return result.session;
}
