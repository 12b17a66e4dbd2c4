/* test-session.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A session file must come back exactly as written, keep what a newer
 * version added, and refuse bad data with a message that names the member. */

#define G_LOG_DOMAIN "test-session"

#include "config.h"

#include <libglib-testing/signal-logger.h>

#include "storage/sb-session-codec.h"
#include "storage/sb-json.h"

#define UUID "0f8fad5b-d9cb-469f-a165-70867728950e"

static SbSession *
make_session (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (3600);
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2026, 3, 1, 18, 30, 0);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 42);
  g_autoptr(SbSetRecord) walk = sb_set_record_new ("incline-walk");
  g_autoptr(SbSetRecord) thrust = sb_set_record_new ("hip-thrust");
  SbSession *session = sb_session_new ("gym-corrective", "Corrective routine", start);

  walk->seconds = 600;
  walk->incline_percent = 7.5;
  walk->effort = 4;
  thrust->reps = 12;
  thrust->load_kg = 40;
  thrust->effort = 7;

  sb_session_set_end_time (session, end);
  sb_session_set_pain_before (session, 5);
  sb_session_set_pain_after (session, 3);
  sb_session_set_pain_next_morning (session, 2);
  sb_session_set_place (session, "gym");
  sb_session_set_notes (session, "Felt the glutes “switch on” — finally.");
  sb_session_add_set (session, walk);
  sb_session_add_set (session, thrust);
  thrust->skipped = TRUE;
  thrust->reps = -1;
  thrust->effort = 0;
  sb_session_add_set (session, thrust);

  return session;
}

static void
test_session_round_trip (void)
{
  g_autoptr(SbSession) session = make_session ();
  g_autoptr(SbSession) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = sb_session_codec_write (session);
  g_autofree char *start = NULL;
  const SbSetRecord *set;

  copy = sb_session_codec_read ("test.json", data, strlen (data), &error);
  g_assert_no_error (error);

  g_assert_cmpstr (sb_session_get_id (copy), ==, sb_session_get_id (session));
  g_assert_true (g_uuid_string_is_valid (sb_session_get_id (copy)));
  g_assert_cmpstr (sb_session_get_routine_id (copy), ==, "gym-corrective");
  g_assert_cmpstr (sb_session_get_routine_name (copy), ==, "Corrective routine");
  g_assert_true (g_date_time_equal (sb_session_get_start_time (copy),
                                    sb_session_get_start_time (session)));
  /* the offset is kept, not just the instant */
  g_assert_cmpint (g_date_time_get_utc_offset (sb_session_get_start_time (copy)), ==,
                   G_TIME_SPAN_HOUR);
  start = sb_json_format_datetime (sb_session_get_start_time (copy));
  g_assert_cmpstr (start, ==, "2026-03-01T18:30:00+01:00");
  g_assert_cmpint (g_date_time_difference (sb_session_get_end_time (copy),
                                           sb_session_get_start_time (copy)), ==,
                   42 * G_TIME_SPAN_MINUTE);
  g_assert_cmpint (sb_session_get_pain_before (copy), ==, 5);
  g_assert_cmpint (sb_session_get_pain_after (copy), ==, 3);
  g_assert_cmpint (sb_session_get_pain_next_morning (copy), ==, 2);
  g_assert_cmpstr (sb_session_get_place (copy), ==, "gym");
  g_assert_cmpstr (sb_session_get_notes (copy), ==, "Felt the glutes “switch on” — finally.");
  g_assert_true (sb_session_get_writable (copy));

  g_assert_cmpuint (sb_session_get_n_sets (copy), ==, 3);
  set = sb_session_get_set (copy, 0);
  g_assert_cmpstr (set->exercise_id, ==, "incline-walk");
  g_assert_cmpint (set->seconds, ==, 600);
  g_assert_cmpfloat (set->incline_percent, ==, 7.5);
  g_assert_cmpint (set->reps, ==, -1);
  g_assert_cmpfloat (set->load_kg, ==, -1);
  set = sb_session_get_set (copy, 1);
  g_assert_cmpint (set->reps, ==, 12);
  g_assert_cmpfloat (set->load_kg, ==, 40);
  g_assert_cmpint (set->effort, ==, 7);
  g_assert_false (set->skipped);
  g_assert_true (sb_session_get_set (copy, 2)->skipped);

  for (guint i = 0; i < 3; i++)
    g_assert_true (sb_set_record_equal (sb_session_get_set (copy, i),
                                        sb_session_get_set (session, i)));
  g_assert_true (sb_session_equal (copy, session));
}

/* A session typed in afterwards says so in its file, and only then. */
static void
test_session_logged_afterwards (void)
{
  g_autoptr(SbSession) session = make_session ();
  g_autoptr(SbSession) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *followed = sb_session_codec_write (session);
  g_autofree char *logged = NULL;

  g_assert_null (strstr (followed, "logged-afterwards"));
  copy = sb_session_codec_read ("test.json", followed, strlen (followed), &error);
  g_assert_no_error (error);
  g_assert_false (sb_session_get_logged_afterwards (copy));

  sb_session_set_logged_afterwards (session, TRUE);
  g_assert_false (sb_session_equal (copy, session));
  logged = sb_session_codec_write (session);
  g_assert_nonnull (strstr (logged, "\"logged-afterwards\" : true"));
  g_clear_object (&copy);
  copy = sb_session_codec_read ("test.json", logged, strlen (logged), &error);
  g_assert_no_error (error);
  g_assert_true (sb_session_get_logged_afterwards (copy));
  g_assert_true (sb_session_equal (copy, session));
}

/* An edit starts from a copy: the same session, to the last set, that
 * changes without touching the original; with another start if asked. */
static void
test_session_copy (void)
{
  g_autoptr(SbSession) session = make_session ();
  g_autoptr(SbSession) copy = sb_session_copy (session, NULL);
  g_autoptr(SbSession) moved = NULL;
  g_autoptr(GDateTime) later = g_date_time_add_days (sb_session_get_start_time (session), 1);
  g_autofree char *data = NULL;
  g_autofree char *copy_data = NULL;

  g_assert_true (copy != session);
  g_assert_true (sb_session_equal (copy, session));
  data = sb_session_codec_write (session);
  copy_data = sb_session_codec_write (copy);
  g_assert_cmpstr (copy_data, ==, data);

  sb_session_clear_sets (copy);
  sb_session_set_pain_after (copy, 1);
  g_assert_cmpuint (sb_session_get_n_sets (copy), ==, 0);
  g_assert_cmpuint (sb_session_get_n_sets (session), ==, 3);
  g_assert_cmpint (sb_session_get_pain_after (session), ==, 3);

  moved = sb_session_copy (session, later);
  g_assert_cmpstr (sb_session_get_id (moved), ==, sb_session_get_id (session));
  g_assert_true (g_date_time_equal (sb_session_get_start_time (moved), later));
  g_assert_cmpuint (sb_session_get_n_sets (moved), ==, 3);
  g_assert_false (sb_session_equal (moved, session));
}

static void
test_session_unknown_members_kept (void)
{
  const char *data =
    "{ \"format\": \"strongback-session\", \"version\": 1,"
    "  \"id\": \"" UUID "\", \"routine-id\": \"home\", \"routine-name\": \"Home\","
    "  \"start\": \"2026-03-01T08:00:00-05:00\","
    "  \"heart-rate\": { \"average\": 121, \"max\": 150 },"
    "  \"sets\": [ { \"exercise\": \"glute-bridge\", \"reps\": 15, \"tempo-seen\": \"2-2-3\" } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = sb_session_codec_read ("x.json", data, strlen (data), &error);
  g_autoptr(SbSession) again = NULL;
  g_autofree char *written = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *set;

  g_assert_no_error (error);
  sb_session_set_pain_after (session, 2);
  written = sb_session_codec_write (session);

  g_assert_true (json_parser_load_from_data (parser, written, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "heart-rate"),
                                               "max"), ==, 150);
  g_assert_cmpint (json_object_get_int_member (root, "pain-after"), ==, 2);
  set = json_array_get_object_element (json_object_get_array_member (root, "sets"), 0);
  g_assert_cmpstr (json_object_get_string_member (set, "tempo-seen"), ==, "2-2-3");
  g_assert_cmpint (json_object_get_int_member (set, "reps"), ==, 15);

  again = sb_session_codec_read ("x.json", written, strlen (written), &error);
  g_assert_no_error (error);
  g_assert_true (sb_session_equal (again, session));
}

/* Numbers another program wrote, kept as they are: json-glib 1.6 wrote a
 * double without a point, such as 7e93, as "7e+93.0", which made the
 * rewritten file unreadable (found by fuzz-session). A string that only
 * looks like one is left alone. */
static void
test_session_foreign_numbers (void)
{
  const char *data =
    "{ \"format\": \"strongback-session\", \"version\": 1,"
    "  \"id\": \"" UUID "\", \"routine-id\": \"home\", \"routine-name\": \"Home\","
    "  \"start\": \"2026-03-01T08:00:00-05:00\","
    "  \"big\": 7e93, \"small\": -1e22, \"tiny\": 1e-300, \"list\": [1e22, 2.5, -3],"
    "  \"looks-like-one\": \"7e+93.0\\\" 1e5.0\","
    "  \"sets\": [ { \"exercise\": \"glute-bridge\", \"reps\": 15, \"watts\": 1e25 } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = sb_session_codec_read ("x.json", data, strlen (data), &error);
  g_autoptr(SbSession) again = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *written = NULL;
  JsonObject *root;

  g_assert_no_error (error);
  written = sb_session_codec_write (session);
  g_test_message ("%s", written);

  g_assert_true (json_parser_load_from_data (parser, written, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpfloat (json_object_get_double_member (root, "big"), ==, 7e93);
  g_assert_cmpfloat (json_object_get_double_member (root, "small"), ==, -1e22);
  g_assert_cmpfloat (json_object_get_double_member (root, "tiny"), ==, 1e-300);
  g_assert_cmpfloat (json_array_get_double_element (json_object_get_array_member (root, "list"), 0), ==, 1e22);
  g_assert_cmpstr (json_object_get_string_member (root, "looks-like-one"), ==, "7e+93.0\" 1e5.0");

  again = sb_session_codec_read ("x.json", written, strlen (written), &error);
  g_assert_no_error (error);
  g_assert_true (sb_session_equal (again, session));
}

static void
test_session_newer_version (void)
{
  const char *data =
    "{ \"format\": \"strongback-session\", \"version\": 3, \"new-thing\": [1,2],"
    "  \"id\": \"" UUID "\", \"routine-id\": \"home\", \"routine-name\": \"Home\","
    "  \"start\": \"2026-03-01T08:00:00Z\", \"sets\": [] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = sb_session_codec_read ("x.json", data, strlen (data), &error);
  g_autofree char *written = NULL;

  g_assert_no_error (error);
  /* shown, but never rewritten by this version */
  g_assert_false (sb_session_get_writable (session));
  written = sb_session_codec_write (session);
  g_assert_nonnull (strstr (written, "\"version\" : 3"));
}

typedef struct
{
  const char *json;
  int         code;
  const char *message;
} BadFile;

static void
test_session_validation (void)
{
#define HEAD "\"format\": \"strongback-session\", \"version\": 1, "
#define ID "\"id\": \"" UUID "\", "
#define ROUTINE "\"routine-id\": \"r\", \"routine-name\": \"R\", "
#define START "\"start\": \"2026-03-01T08:00:00+01:00\", "
  const BadFile cases[] = {
    { "", SB_FORMAT_ERROR_PARSE, "it is empty" },
    { "{\"format\": \"strongback-session\", \"version\": 1, \"id\": ", SB_FORMAT_ERROR_PARSE, "not valid JSON" },
    { "[1, 2, 3]", SB_FORMAT_ERROR_WRONG_FORMAT, "not a Strongback file" },
    { "{\"format\": \"strongback-routine\", \"version\": 1}", SB_FORMAT_ERROR_WRONG_FORMAT, "not a “strongback-session” file" },
    { "{\"name\": \"someone else's file\"}", SB_FORMAT_ERROR_WRONG_FORMAT, "not a “strongback-session” file" },
    { "{\"format\": \"strongback-session\"}", SB_FORMAT_ERROR_MISSING_MEMBER, "member “version” is missing" },
    { "{\"format\": \"strongback-session\", \"version\": \"1\"}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “version” must be a whole number from 1 up" },
    { "{" HEAD ROUTINE START "\"sets\": []}", SB_FORMAT_ERROR_MISSING_MEMBER, "member “id” is missing" },
    { "{" HEAD "\"id\": \"42\", " ROUTINE START "\"sets\": []}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “id” must be a UUID" },
    { "{" HEAD ID ROUTINE "\"start\": \"yesterday\", \"sets\": []}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “start” must be a date and time" },
    { "{" HEAD ID ROUTINE "\"start\": \"2026-03-01T08:00:00\", \"sets\": []}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “start” must be a date and time" },
    { "{" HEAD ID ROUTINE "\"start\": \"0581-03-01T08:00:00Z\", \"sets\": []}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “start” must be a date and time" },
    { "{" HEAD ID ROUTINE START "\"end\": \"2026-03-01T06:00:00+01:00\", \"sets\": []}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “end” must be later than “start”" },
    { "{" HEAD ID ROUTINE START "\"pain-before\": 11, \"sets\": []}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “pain-before” must be a whole number from 0 to 10" },
    { "{" HEAD ID ROUTINE START "\"pain-after\": 2.5, \"sets\": []}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “pain-after” must be a whole number from 0 to 10" },
    { "{" HEAD ID ROUTINE START "\"pain-next-morning\": -1, \"sets\": []}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “pain-next-morning” must be a whole number from 0 to 10" },
    { "{" HEAD ID ROUTINE START "\"place\": \"office\", \"sets\": []}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “place” must be “gym”, “home” or “desk”" },
    { "{" HEAD ID ROUTINE START "\"sets\": {}}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “sets” must be a list" },
    { "{" HEAD ID ROUTINE "\"start\": \"2026-03-01T08:00:00+01:00\"}", SB_FORMAT_ERROR_MISSING_MEMBER, "member “sets” is missing" },
    { "{" HEAD ID ROUTINE START "\"sets\": [3]}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “sets[0]” must be an object" },
    { "{" HEAD ID ROUTINE START "\"sets\": [{\"reps\": 3}]}", SB_FORMAT_ERROR_MISSING_MEMBER, "member “sets[0].exercise” is missing" },
    { "{" HEAD ID ROUTINE START "\"sets\": [{\"exercise\": \"a\"}, {\"exercise\": \"b\", \"effort\": 0}]}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “sets[1].effort” must be a whole number from 1 to 10" },
    { "{" HEAD ID ROUTINE START "\"sets\": [{\"exercise\": \"a\", \"load-kg\": -5}]}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “sets[0].load-kg” must be a number from 0 to 2000" },
    { "{" HEAD ID ROUTINE START "\"sets\": [{\"exercise\": \"a\", \"skipped\": \"no\"}]}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “sets[0].skipped” must be true or false" },
    { "{" HEAD ID ROUTINE START "\"notes\": 5, \"sets\": []}", SB_FORMAT_ERROR_INVALID_MEMBER, "member “notes” must be text" },
    { "{\"format\": \"strongback-session\", \"version\": 1, \"x\": \"\xff\xfe\"}", SB_FORMAT_ERROR_PARSE, "not UTF-8 text" },
    /* json-glib reads these escapes into bytes that are not UTF-8 (or into
     * other text than JSON means), which would be written back unreadable. */
    { "{" HEAD ID ROUTINE START "\"notes\": \"\\202\", \"sets\": []}", SB_FORMAT_ERROR_PARSE, "line 1 has a backslash that does not start a JSON escape" },
    { "{" HEAD ID ROUTINE START "\n\"x\": \"\\udc00\", \"sets\": []}", SB_FORMAT_ERROR_PARSE, "line 2 has a backslash" },
    { "{" HEAD ID ROUTINE START "\"x\": \"\\ud83dx\", \"sets\": []}", SB_FORMAT_ERROR_PARSE, "does not start a JSON escape" },
    { "{" HEAD ID ROUTINE START "\"x\": \"\\u12\", \"sets\": []}", SB_FORMAT_ERROR_PARSE, "does not start a JSON escape" },
    { "{" HEAD ID ROUTINE START "\"x\": \"\\q\", \"sets\": []}", SB_FORMAT_ERROR_PARSE, "does not start a JSON escape" },
    { "{" HEAD ID ROUTINE START "\"x\": \"\\", SB_FORMAT_ERROR_PARSE, "does not start a JSON escape" },
    /* json-glib reads these as infinity, and would write "inf" back. */
    { "{" HEAD ID ROUTINE START "\"x\": [1, {\"y\": 1e400}], \"sets\": []}", SB_FORMAT_ERROR_PARSE, "a number too large for any Strongback file" },
    { "{" HEAD ID ROUTINE START "\"sets\": [{\"exercise\": \"a\", \"load-kg\": -1e400}]}", SB_FORMAT_ERROR_PARSE, "a number too large" },
  };
#undef HEAD
#undef ID
#undef ROUTINE
#undef START

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SbSession) session = NULL;

      g_test_message ("case %u", i);
      session = sb_session_codec_read ("2026/broken.json", cases[i].json,
                                          strlen (cases[i].json), &error);
      g_assert_null (session);
      g_assert_error (error, SB_FORMAT_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, "Could not read “2026/broken.json”: "));
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].message);
    }
}

/* Every escape JSON allows still reads as what it means. */
static void
test_session_json_escapes (void)
{
  const char *json =
    "{\"format\": \"strongback-session\", \"version\": 1, \"id\": \"" UUID "\", "
    "\"routine-id\": \"r\", \"routine-name\": \"R\", \"start\": \"2026-03-01T08:00:00+01:00\", "
    "\"notes\": \"\\\"a\\\\b\\/c\\b\\f\\n\\r\\t caf\\u00E9 \\ud83d\\ude00\", \"sets\": []}";
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = NULL;

  session = sb_session_codec_read ("escapes.json", json, strlen (json), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sb_session_get_notes (session), ==, "\"a\\b/c\b\f\n\r\t caf\u00e9 \U0001F600");
}

static void
test_session_deep_nesting (void)
{
  g_autoptr(GString) data = g_string_new ("{\"format\": \"strongback-session\", \"x\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(SbSession) session = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (data, '[');

  session = sb_session_codec_read ("deep.json", data->str, data->len, &error);
  g_assert_null (session);
  g_assert_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_PARSE);
}

static void
test_session_file_name (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (2 * 3600);
  /* Just after midnight in UTC+2 is the previous day (and year) in UTC. */
  g_autoptr(GDateTime) start = g_date_time_new (tz, 2027, 1, 1, 0, 30, 5);
  g_autoptr(SbSession) session = sb_session_new ("r", "R", start);
  g_autofree char *name = sb_session_codec_dup_file_name (session);
  g_autofree char *expected = g_strdup_printf ("2026/2026-12-31T223005Z-%s.json",
                                               sb_session_get_id (session));

  g_assert_cmpstr (name, ==, expected);
}

static void
test_session_notify (void)
{
  g_autoptr(GDateTime) start = g_date_time_new_now_utc ();
  g_autoptr(SbSession) session = sb_session_new ("r", "R", start);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(SbSetRecord) set = sb_set_record_new ("hip-thrust");

  gt_signal_logger_connect (logger, session, "notify");

  sb_session_set_pain_before (session, 4);
  sb_session_set_pain_before (session, 4);
  sb_session_set_notes (session, "ok");
  sb_session_set_notes (session, "ok");
  sb_session_add_set (session, set);
  sb_session_set_end_time (session, start);
  sb_session_set_end_time (session, start);

  gt_signal_logger_assert_notify_emission_pop (logger, session, "pain-before");
  gt_signal_logger_assert_notify_emission_pop (logger, session, "notes");
  gt_signal_logger_assert_notify_emission_pop (logger, session, "n-sets");
  gt_signal_logger_assert_notify_emission_pop (logger, session, "end-time");
  gt_signal_logger_assert_no_emissions (logger);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/session/round-trip", test_session_round_trip);
  g_test_add_func ("/session/json-escapes", test_session_json_escapes);
  g_test_add_func ("/session/logged-afterwards", test_session_logged_afterwards);
  g_test_add_func ("/session/copy", test_session_copy);
  g_test_add_func ("/session/unknown-members-kept", test_session_unknown_members_kept);
  g_test_add_func ("/session/foreign-numbers", test_session_foreign_numbers);
  g_test_add_func ("/session/newer-version", test_session_newer_version);
  g_test_add_func ("/session/validation", test_session_validation);
  g_test_add_func ("/session/deep-nesting", test_session_deep_nesting);
  g_test_add_func ("/session/file-name", test_session_file_name);
  g_test_add_func ("/session/notify", test_session_notify);

  return g_test_run ();
}
