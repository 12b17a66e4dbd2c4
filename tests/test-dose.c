/* test-dose.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* SbDose: how long a dose takes; what the editor is given to type is
 * refused with the file's own limits; a dose in a file that breaks them is
 * refused naming the member. */

#define G_LOG_DOMAIN "test-dose"

#include "config.h"

#include <string.h>

#include "storage/sb-dose-codec.h"

static void
test_dose_estimate (void)
{
  SbDose dose;

  sb_dose_init_default (&dose);
  dose.sets = 3;
  dose.reps = 10;
  dose.rest_seconds = 60;
  dose.tempo_lift = 1;
  dose.tempo_hold = 2;
  dose.tempo_lower = 3;
  /* 3 sets of 10 six-second reps, and two rests */
  g_assert_cmpuint (sb_dose_estimate_seconds (&dose), ==, 3 * 60 + 2 * 60);

  dose.per_side = TRUE;
  g_assert_cmpuint (sb_dose_estimate_seconds (&dose), ==, 3 * 120 + 2 * 60);

  dose.kind = SB_DOSE_KIND_TIME;
  dose.sets = 1;
  dose.seconds = 600;
  g_assert_cmpuint (sb_dose_estimate_seconds (&dose), ==, 600);
}

static void
test_dose_errors (void)
{
  const struct { const char *json; const char *says; } cases[] = {
    { "{\"kind\": \"laps\"}", "member “step.dose.kind” must be “reps”, “time” or “distance”" },
    { "{\"tempo\": [1, 2]}", "member “step.dose.tempo” must be three whole numbers of seconds" },
    { "{\"tempo\": [1, 2, \"3\"]}", "member “step.dose.tempo” must be three whole numbers of seconds" },
    { "{\"incline-percent\": [5, 50]}", "member “step.dose.incline-percent.high” must be a number from 5 to 40" },
    { "{\"incline-percent\": [8, 5]}", "member “step.dose.incline-percent.high” must be a number from 8 to 40" },
    { "{\"incline-percent\": 7}", "member “step.dose.incline-percent” must be a list" },
    { "{\"rest-seconds\": -1}", "member “step.dose.rest-seconds” must be a whole number from 0 to 3600" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      SbJsonReader reader = { "mine.json", "step.dose", NULL };
      SbDose dose;

      sb_dose_init_default (&dose);
      g_assert_true (json_parser_load_from_data (parser, cases[i].json, -1, NULL));
      reader.object = json_node_get_object (json_parser_get_root (parser));
      g_assert_false (sb_dose_codec_read (&reader, &dose, &error));
      g_assert_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER);
      if (strstr (error->message, cases[i].says) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].says);
    }
}

static void
test_dose_fields (void)
{
  struct {
    SbDoseField field;
    const char *text;
    const char *says;   /* NULL when accepted */
    double      value;
  } cases[] = {
    { SB_DOSE_FIELD_SETS, "3", NULL, 3 },
    { SB_DOSE_FIELD_SETS, " 20 ", NULL, 20 },
    { SB_DOSE_FIELD_SETS, "0", "Sets must be a whole number from 1 to 20", 0 },
    { SB_DOSE_FIELD_SETS, "21", "Sets must be a whole number from 1 to 20", 0 },
    { SB_DOSE_FIELD_SETS, "2.5", "Sets must be a whole number from 1 to 20", 0 },
    { SB_DOSE_FIELD_SETS, "three", "Sets must be a whole number from 1 to 20", 0 },
    { SB_DOSE_FIELD_SETS, "", "Sets must be a whole number from 1 to 20", 0 },
    { SB_DOSE_FIELD_REPS, "501", "Repetitions must be a whole number from 1 to 500", 0 },
    { SB_DOSE_FIELD_REPS, "-4", "Repetitions must be a whole number from 1 to 500", 0 },
    { SB_DOSE_FIELD_SECONDS, "14400", NULL, 14400 },
    { SB_DOSE_FIELD_SECONDS, "14401", "Seconds of work must be a whole number from 1 to 14400", 0 },
    { SB_DOSE_FIELD_METERS, "100000", NULL, 100000 },
    { SB_DOSE_FIELD_REST_SECONDS, "0", NULL, 0 },
    { SB_DOSE_FIELD_REST_SECONDS, "3601", "Seconds of rest must be a whole number from 0 to 3600", 0 },
    { SB_DOSE_FIELD_LOAD_KG, "17,5", NULL, 17.5 },
    { SB_DOSE_FIELD_LOAD_KG, "0", NULL, 0 },
    { SB_DOSE_FIELD_LOAD_KG, "", NULL, -1 },
    { SB_DOSE_FIELD_LOAD_KG, "2000.5", "The load must be a number from 0 to 2000, or empty for none", 0 },
    { SB_DOSE_FIELD_LOAD_KG, "12kg", "The load must be a number from 0 to 2000, or empty for none", 0 },
    { SB_DOSE_FIELD_LOAD_KG, "nan", "The load must be a number from 0 to 2000, or empty for none", 0 },
    { SB_DOSE_FIELD_LOAD_KG, "inf", "The load must be a number from 0 to 2000, or empty for none", 0 },
    { SB_DOSE_FIELD_INCLINE_MAX, "41", "The incline must be a number from 0 to 40, or empty for none", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SbDose dose, before;
      g_autofree char *message = NULL;

      sb_dose_init_default (&dose);
      dose.rest_seconds = 30;
      before = dose;
      g_test_message ("%s", cases[i].text);
      if (cases[i].says == NULL)
        {
          g_assert_true (sb_dose_set_field (&dose, cases[i].field, cases[i].text, &message));
          g_assert_null (message);
          g_assert_cmpfloat (sb_dose_get_field (&dose, cases[i].field), ==, cases[i].value);
        }
      else
        {
          g_assert_false (sb_dose_set_field (&dose, cases[i].field, cases[i].text, &message));
          g_assert_cmpstr (message, ==, cases[i].says);
          g_assert_true (sb_dose_equal (&dose, &before));
        }
    }

  /* an incline range keeps its ends in order */
  {
    SbDose dose;

    sb_dose_init_default (&dose);
    g_assert_true (sb_dose_set_field (&dose, SB_DOSE_FIELD_INCLINE_MAX, "8", NULL));
    g_assert_cmpfloat (dose.incline_min, ==, 8);
    g_assert_true (sb_dose_set_field (&dose, SB_DOSE_FIELD_INCLINE_MIN, "10", NULL));
    g_assert_cmpfloat (dose.incline_max, ==, 10);
    g_assert_true (sb_dose_set_field (&dose, SB_DOSE_FIELD_INCLINE_MIN, "", NULL));
    g_assert_cmpfloat (dose.incline_max, ==, -1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dose/estimate", test_dose_estimate);
  g_test_add_func ("/dose/fields", test_dose_fields);
  g_test_add_func ("/dose/errors", test_dose_errors);

  return g_test_run ();
}
