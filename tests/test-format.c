/* test-format.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the model's values read as (workout/sb-format.c), in English: a
 * dose, a set and a session in a line, their figures kept with their
 * units; a routine's facts; a countdown and a length of time; last time
 * and the hint for today in each of its cases. */

#define G_LOG_DOMAIN "test-format"

#include "config.h"

#include "workout/sb-format.h"
#include "sb-test-core.h"

#define NBSP "\u00a0"

static void
test_dose (void)
{
  SbDose dose;
  g_autofree char *reps = NULL;
  g_autofree char *walk = NULL;
  g_autofree char *side = NULL;

  sb_dose_init_default (&dose);
  dose.sets = 3;
  dose.reps = 10;
  dose.load_kg = 20;
  dose.rest_seconds = 90;
  dose.tempo_lift = 1;
  dose.tempo_hold = 2;
  dose.tempo_lower = 3;
  reps = sb_format_dose (&dose);
  g_assert_cmpstr (reps, ==, "3 × 10" NBSP "reps · 20" NBSP "kg · rest 90" NBSP "s · lift 1" NBSP "s, squeeze 2"
                   NBSP "s, lower 3" NBSP "s");

  sb_dose_init_default (&dose);
  dose.kind = SB_DOSE_KIND_TIME;
  dose.seconds = 600;
  dose.incline_min = 5;
  dose.incline_max = 10;
  walk = sb_format_dose (&dose);
  g_assert_cmpstr (walk, ==, "10" NBSP "minutes · 5–10" NBSP "% incline");

  sb_dose_init_default (&dose);
  dose.sets = 2;
  dose.reps = 1;
  dose.per_side = TRUE;
  side = sb_format_dose (&dose);
  g_assert_cmpstr (side, ==, "2 × 1" NBSP "rep a side");
}

static void
test_session (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 ("2026-03-03T18:30:00Z", NULL);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 42);
  g_autoptr(SbSession) session = sb_session_new ("gym-corrective", "Corrective routine", start);
  g_autoptr(SbSetRecord) set = sb_set_record_new ("hip-thrust");
  g_autoptr(SbSetRecord) skipped = sb_set_record_new ("hip-thrust");
  g_autofree char *line = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *set_text = NULL;
  g_autofree char *skipped_text = NULL;

  set->reps = 12;
  set->load_kg = 40;
  set->effort = 7;
  skipped->skipped = TRUE;
  sb_session_add_set (session, set);
  sb_session_add_set (session, set);
  sb_session_add_set (session, skipped);

  /* no end yet: only the sets done */
  amount = sb_format_session_amount (session);
  g_assert_cmpstr (amount, ==, "2 sets");

  sb_session_set_end_time (session, end);
  sb_session_set_pain_before (session, 5);
  sb_session_set_pain_after (session, 3);
  line = sb_format_session (session);
  g_assert_cmpstr (line, ==, "Tue 3 Mar, 18:30 · 42 min · 2 sets · pain 5 → 3");
  {
    g_autofree char *pain = sb_format_pain (session);
    g_autofree char *with_morning = NULL;
    g_autoptr(SbSession) none = sb_session_new ("desk-break", "Desk break", start);

    g_assert_cmpstr (pain, ==, "5 before, 3 after (out of 10)");
    sb_session_set_pain_next_morning (session, 2);
    with_morning = sb_format_pain (session);
    g_assert_cmpstr (with_morning, ==, "5 before, 3 after, 2 the next morning (out of 10)");
    g_assert_null (sb_format_pain (none));
  }

  set_text = sb_format_set (set);
  g_assert_cmpstr (set_text, ==, "12" NBSP "reps · 40" NBSP "kg · effort 7");
  skipped_text = sb_format_set (skipped);
  g_assert_cmpstr (skipped_text, ==, "Skipped");
}

static void
test_routine_facts (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  SbRoutine *gym = sb_catalog_lookup_routine (catalog, "gym-corrective");
  g_autofree char *brief = sb_format_routine_facts (gym, TRUE);
  g_autofree char *full = sb_format_routine_facts (gym, FALSE);
  g_autofree char *expected_brief = g_strdup_printf ("%u min · 5 exercises · At the gym",
                                                     sb_routine_get_estimated_minutes (gym));
  g_autofree char *expected_full = g_strdup_printf ("About %u minutes · 5 exercises · At the gym",
                                                    sb_routine_get_estimated_minutes (gym));

  g_assert_cmpstr (brief, ==, expected_brief);
  g_assert_cmpstr (full, ==, expected_full);
  g_assert_cmpstr (sb_format_place ("desk"), ==, "At your desk");
  g_assert_cmpstr (sb_format_place ("home"), ==, "At home, no equipment");
}

static void
test_times (void)
{
  g_autofree char *clock = sb_format_clock (65);
  g_autofree char *seconds = sb_format_duration (45 * G_USEC_PER_SEC);
  g_autofree char *one = sb_format_duration (1 * G_USEC_PER_SEC);
  g_autofree char *minutes = sb_format_duration (150 * G_USEC_PER_SEC);

  g_assert_cmpstr (clock, ==, "1:05");
  g_assert_cmpstr (seconds, ==, "45 seconds");
  g_assert_cmpstr (one, ==, "1 second");
  /* whole minutes, rounded */
  g_assert_cmpstr (minutes, ==, "3 minutes");
}

static void
test_last_time_and_hints (void)
{
  g_autoptr(SbCatalog) catalog = sb_test_catalog_new ();
  SbExercise *thrust = sb_catalog_lookup_exercise (catalog, "hip-thrust");
  SbExerciseProgress progress = { 0 };
  g_autoptr(SbSetRecord) a = sb_set_record_new ("hip-thrust");
  g_autoptr(SbSetRecord) b = sb_set_record_new ("hip-thrust");
  const SbDose *plan = sb_exercise_get_dose (thrust);
  g_autofree char *last = NULL;
  char *hint;

  a->reps = 12;
  a->load_kg = 40;
  b->reps = 10;
  b->load_kg = 40;
  progress.last_sets = g_ptr_array_new ();
  g_ptr_array_add (progress.last_sets, a);
  g_ptr_array_add (progress.last_sets, b);
  last = sb_format_last_time (&progress);
  g_assert_cmpstr (last, ==, "Last time: 12" NBSP "reps · 40" NBSP "kg, 10" NBSP "reps · 40" NBSP "kg");

  progress.hint = SB_PROGRESS_HINT_NONE;
  g_assert_null (sb_format_hint (&progress, plan, catalog));

  /* worse after last time: the easier variation by name, or lighter */
  progress.hint = SB_PROGRESS_HINT_EASIER;
  progress.easier_id = (char *) "glute-bridge";
  hint = sb_format_hint (&progress, plan, catalog);
  g_assert_cmpstr (hint, ==, "Your back hurt more after last time. Try “Glute bridge” today instead.");
  g_free (hint);
  progress.easier_id = NULL;
  hint = sb_format_hint (&progress, plan, catalog);
  g_assert_cmpstr (hint, ==, "Your back hurt more after last time. Go lighter today: fewer reps or less load.");
  g_free (hint);

  /* went well twice: a little more load, or more reps */
  progress.hint = SB_PROGRESS_HINT_MORE;
  progress.suggestion = *plan;
  progress.suggestion.load_kg = plan->load_kg + 2.5;
  hint = sb_format_hint (&progress, plan, catalog);
  g_assert_cmpstr (hint, ==, "The last two times went well. Ready for a little more: try 22.5 kg.");
  g_free (hint);
  progress.suggestion = *plan;
  progress.suggestion.reps = plan->reps + 2;
  hint = sb_format_hint (&progress, plan, catalog);
  g_assert_cmpstr (hint, ==, "The last two times went well. Ready for a little more: try 12 reps.");
  g_free (hint);

  g_ptr_array_unref (progress.last_sets);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/format/dose", test_dose);
  g_test_add_func ("/format/session", test_session);
  g_test_add_func ("/format/routine-facts", test_routine_facts);
  g_test_add_func ("/format/times", test_times);
  g_test_add_func ("/format/last-time-and-hints", test_last_time_and_hints);

  return g_test_run ();
}
