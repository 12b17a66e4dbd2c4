/* test-progress.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "Last time" and the progression hints, from crafted histories: a little
 * more only after two good sessions in a row, the easier variation after a
 * session that raised the pain, and nothing from the session under way. */

#define G_LOG_DOMAIN "test-progress"

#include "config.h"

#include "storage/sb-content.h"
#include "workout/sb-format.h"
#include "workout/sb-progress.h"

typedef struct
{
  SbCatalog  *catalog;
  GListStore *history;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->catalog = sb_content_load_catalog (&error);
  g_assert_no_error (error);
  fixture->history = g_list_store_new (SB_TYPE_SESSION);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->catalog);
}

/* A session on day @day of March 2026, with @n sets of @exercise; the
 * history owns it. */
static SbSession *
add_session (Fixture    *fixture,
             int         day,
             const char *exercise,
             guint       n,
             int         reps,
             double      load,
             int         effort,
             int         pain_before,
             int         pain_after)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) start = g_date_time_new (utc, 2026, 3, day, 18, 0, 0);
  g_autoptr(SbSession) session = sb_session_new ("gym-corrective", "Corrective routine", start);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbSetRecord) set = sb_set_record_new (exercise);

      set->reps = reps;
      set->load_kg = load;
      set->effort = effort;
      sb_session_add_set (session, set);
    }
  sb_session_set_pain_before (session, pain_before);
  sb_session_set_pain_after (session, pain_after);
  g_list_store_append (fixture->history, session);

  return session;
}

static SbExerciseProgress *
progress (Fixture    *fixture,
          const char *exercise_id,
          const char *exclude)
{
  SbExercise *exercise = sb_catalog_lookup_exercise (fixture->catalog, exercise_id);

  return sb_exercise_progress_new (G_LIST_MODEL (fixture->history), exercise,
                                   sb_exercise_get_dose (exercise), exclude);
}

static void
test_last_time (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SbExerciseProgress) none = progress (fixture, "leg-curl", NULL);
  g_autoptr(SbExerciseProgress) last = NULL;
  SbSession *newest, *current;

  /* no history: nothing to show, nothing to suggest */
  g_assert_null (none->last_session);
  g_assert_cmpuint (none->last_sets->len, ==, 0);
  g_assert_cmpint (none->hint, ==, SB_PROGRESS_HINT_NONE);

  /* out of order on purpose: the newest with the exercise counts, not a
   * newer one without it, nor the session under way */
  add_session (fixture, 5, "leg-curl", 3, 12, 25, 8, -1, -1);
  newest = add_session (fixture, 9, "leg-curl", 2, 10, 30, 9, -1, -1);
  add_session (fixture, 1, "leg-curl", 3, 12, 20, 6, -1, -1);
  add_session (fixture, 12, "hip-thrust", 3, 10, 40, 6, -1, -1);
  current = add_session (fixture, 14, "leg-curl", 1, 5, 10, 5, -1, -1);
  last = progress (fixture, "leg-curl", sb_session_get_id (current));

  g_assert_true (last->last_session == newest);
  g_assert_cmpuint (last->last_sets->len, ==, 2);
  g_assert_cmpint (((SbSetRecord *) g_ptr_array_index (last->last_sets, 0))->reps, ==, 10);
  g_assert_cmpfloat (((SbSetRecord *) g_ptr_array_index (last->last_sets, 1))->load_kg, ==, 30);
}

static void
test_more_after_two_good_sessions (Fixture       *fixture,
                                   gconstpointer  data)
{
  /* one good session is not enough */
  add_session (fixture, 2, "glute-bridge", 3, 15, -1, 6, -1, -1);
  {
    g_autoptr(SbExerciseProgress) one = progress (fixture, "glute-bridge", NULL);
    g_assert_cmpint (one->hint, ==, SB_PROGRESS_HINT_NONE);
  }

  /* two: two more reps than the 15 planned */
  add_session (fixture, 4, "glute-bridge", 3, 15, -1, 7, -1, -1);
  {
    g_autoptr(SbExerciseProgress) two = progress (fixture, "glute-bridge", NULL);
    g_assert_cmpint (two->hint, ==, SB_PROGRESS_HINT_MORE);
    g_assert_cmpint (two->suggestion.reps, ==, 17);
    g_assert_cmpint (two->suggestion.sets, ==, 3);
  }

  /* a loaded exercise gets more load, not more reps */
  add_session (fixture, 2, "hip-thrust", 3, 10, 40, 5, -1, -1);
  add_session (fixture, 4, "hip-thrust", 3, 10, 42.5, 6, -1, -1);
  {
    g_autoptr(SbExerciseProgress) loaded = progress (fixture, "hip-thrust", NULL);
    g_assert_cmpint (loaded->hint, ==, SB_PROGRESS_HINT_MORE);
    g_assert_cmpfloat (loaded->suggestion.load_kg, ==, 45);
    g_assert_cmpint (loaded->suggestion.reps, ==, 10);
  }
}

static void
test_timed_more (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SbExerciseProgress) walk = NULL;

  for (int day = 2; day <= 4; day += 2)
    {
      SbSession *session = add_session (fixture, day, "leg-curl", 0, 0, 0, 0, -1, -1);
      g_autoptr(SbSetRecord) set = sb_set_record_new ("incline-walk");

      set->seconds = 600;
      set->effort = 4;
      sb_session_add_set (session, set);
    }

  /* ten minutes become eleven */
  walk = progress (fixture, "incline-walk", NULL);
  g_assert_cmpint (walk->hint, ==, SB_PROGRESS_HINT_MORE);
  g_assert_cmpint (walk->suggestion.seconds, ==, 660);
}

static void
test_no_more_when_not_all_went_well (Fixture       *fixture,
                                     gconstpointer  data)
{
  struct { int reps; int effort; gboolean skip; const char *why; } cases[] = {
    { 12, 8, FALSE, "effort above 7" },
    { 12, 0, FALSE, "effort not rated" },
    { 10, 6, FALSE, "fewer reps than planned" },
    { 12, 6, TRUE, "a set skipped" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(SbExerciseProgress) result = NULL;
      SbSession *older;

      g_list_store_remove_all (fixture->history);
      add_session (fixture, 6, "leg-curl", 3, 12, -1, 6, -1, -1);
      older = add_session (fixture, 3, "leg-curl", 2, cases[c].reps, -1, cases[c].effort, -1, -1);
      {
        g_autoptr(SbSetRecord) set = sb_set_record_new ("leg-curl");

        set->reps = 12;
        set->effort = 6;
        set->skipped = cases[c].skip;
        sb_session_add_set (older, set);
      }

      result = progress (fixture, "leg-curl", NULL);
      g_test_message ("%s", cases[c].why);
      g_assert_cmpint (result->hint, ==, SB_PROGRESS_HINT_NONE);
    }
}

static void
test_easier_after_pain (Fixture       *fixture,
                        gconstpointer  data)
{
  /* two good sessions, but the last raised the pain from 3 to 5 */
  add_session (fixture, 2, "hip-thrust", 3, 10, 40, 5, 3, 3);
  add_session (fixture, 4, "hip-thrust", 3, 10, 40, 5, 3, 5);
  {
    g_autoptr(SbExerciseProgress) result = progress (fixture, "hip-thrust", NULL);
    g_assert_cmpint (result->hint, ==, SB_PROGRESS_HINT_EASIER);
    g_assert_cmpstr (result->easier_id, ==, "bodyweight-hip-thrust");
  }

  /* one point more is within a normal day's change */
  add_session (fixture, 6, "hip-thrust", 3, 10, 40, 5, 3, 4);
  {
    g_autoptr(SbExerciseProgress) result = progress (fixture, "hip-thrust", NULL);
    g_assert_cmpint (result->hint, ==, SB_PROGRESS_HINT_MORE);
  }

  /* an exercise without an easier variation still says to ease off */
  add_session (fixture, 7, "leg-curl", 3, 12, 20, 5, 2, 6);
  {
    g_autoptr(SbExerciseProgress) result = progress (fixture, "leg-curl", NULL);
    g_assert_cmpint (result->hint, ==, SB_PROGRESS_HINT_EASIER);
    g_assert_null (result->easier_id);
    g_assert_false (result->worse_next_morning);
  }
}

/* Fine right after, but worse the next morning: the easier variation too,
 * saying why; better the next morning changes nothing. */
static void
test_easier_after_morning (Fixture       *fixture,
                           gconstpointer  data)
{
  SbSession *last;

  add_session (fixture, 2, "hip-thrust", 3, 10, 40, 5, 3, 3);
  last = add_session (fixture, 4, "hip-thrust", 3, 10, 40, 5, 3, 3);
  sb_session_set_pain_next_morning (last, 2);
  {
    g_autoptr(SbExerciseProgress) result = progress (fixture, "hip-thrust", NULL);
    g_assert_cmpint (result->hint, ==, SB_PROGRESS_HINT_MORE);
  }

  sb_session_set_pain_next_morning (last, 5);
  {
    g_autoptr(SbExerciseProgress) result = progress (fixture, "hip-thrust", NULL);
    g_autofree char *hint = NULL;

    g_assert_cmpint (result->hint, ==, SB_PROGRESS_HINT_EASIER);
    g_assert_cmpstr (result->easier_id, ==, "bodyweight-hip-thrust");
    g_assert_true (result->worse_next_morning);
    hint = sb_format_hint (result, NULL, fixture->catalog);
    g_assert_cmpstr (hint, ==, "Your back hurt more the morning after last time. Try “Body-weight hip thrust” "
                               "today instead.");
  }
}

static void
test_totals (Fixture       *fixture,
             gconstpointer  data)
{
  SbSession *session = add_session (fixture, 2, "hip-thrust", 3, 10, 40, 5, -1, -1);
  g_autoptr(SbSetRecord) skipped = sb_set_record_new ("hip-thrust");
  g_autoptr(SbSetRecord) heavier = sb_set_record_new ("hip-thrust");
  SbProgressTotals totals;

  skipped->reps = 10;
  skipped->skipped = TRUE;
  sb_session_add_set (session, skipped);
  heavier->reps = 8;
  heavier->load_kg = 45;
  sb_session_add_set (session, heavier);

  sb_progress_totals (session, "hip-thrust", &totals);
  g_assert_cmpuint (totals.sets_done, ==, 4);
  g_assert_cmpint (totals.reps, ==, 38);
  g_assert_cmpint (totals.seconds, ==, -1);
  g_assert_cmpfloat (totals.max_load, ==, 45);

  sb_progress_totals (session, "leg-curl", &totals);
  g_assert_cmpuint (totals.sets_done, ==, 0);
  g_assert_cmpint (totals.reps, ==, -1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/progress/last-time", test_last_time);
  ADD ("/progress/more-after-two-good-sessions", test_more_after_two_good_sessions);
  ADD ("/progress/timed-more", test_timed_more);
  ADD ("/progress/no-more-when-not-all-went-well", test_no_more_when_not_all_went_well);
  ADD ("/progress/easier-after-pain", test_easier_after_pain);
  ADD ("/progress/easier-after-morning", test_easier_after_morning);
  ADD ("/progress/totals", test_totals);
#undef ADD

  return g_test_run ();
}
