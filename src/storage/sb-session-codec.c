/* sb-session-codec.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A session as a "strongback-session" file (data/FORMATS.md), and its name
 * in the history folder. Members this version does not know are kept and
 * written back; a newer version's file is read as a session that is not
 * writable.
 */

#define G_LOG_DOMAIN "sb-session-codec"

#include "config.h"

#include <glib/gi18n.h>

#include "model/sb-routine.h"
#include "sb-session-codec.h"

static const char * const session_members[] = {
  "format", "version", "id", "routine-id", "routine-name", "start", "end",
  "pain-before", "pain-after", "pain-next-morning", "place", "notes", "logged-afterwards", "sets", NULL
};

static const char * const set_members[] = {
  "exercise", "reps", "seconds", "load-kg", "incline-percent", "effort", "skipped", NULL
};

static gboolean
read_set (SbJsonReader  *reader,
          SbSetRecord  **out,
          GError       **error)
{
  g_autoptr(SbSetRecord) record = sb_set_record_new (NULL);
  const char *exercise = NULL;

  if (!sb_json_get_string (reader, "exercise", TRUE, &exercise, error) ||
      !sb_json_get_int (reader, "reps", FALSE, 0, 10000, &record->reps, error) ||
      !sb_json_get_int (reader, "seconds", FALSE, 0, 86400, &record->seconds, error) ||
      !sb_json_get_double (reader, "load-kg", FALSE, 0, 2000, &record->load_kg, error) ||
      !sb_json_get_double (reader, "incline-percent", FALSE, 0, 40, &record->incline_percent, error) ||
      !sb_json_get_int (reader, "effort", FALSE, 1, 10, &record->effort, error) ||
      !sb_json_get_boolean (reader, "skipped", &record->skipped, error))
    return FALSE;

  record->exercise_id = g_strdup (exercise);
  record->extra = sb_json_unknown_members_text (reader->object, set_members);
  *out = g_steal_pointer (&record);
  return TRUE;
}

/**
 * sb_session_codec_read:
 * @file: the name to show in error messages
 *
 * Reads a session from the contents of a "strongback-session" file.
 *
 * Returns: (transfer full): the session, or %NULL with @error set in the
 *   %SB_FORMAT_ERROR domain, its message naming @file, the member and the
 *   problem
 */
SbSession *
sb_session_codec_read (const char  *file,
                       const char  *data,
                       gsize        length,
                       GError     **error)
{
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(SbSession) self = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  SbJsonReader reader = { file, NULL, NULL };
  const char *id = NULL, *routine_id = NULL, *routine_name = NULL, *notes = NULL, *place = NULL;
  int version = 0, pain_before = -1, pain_after = -1, pain_next_morning = -1;
  gboolean logged_afterwards = FALSE;
  JsonArray *sets = NULL;
  g_autofree char *extra = NULL;

  object = sb_json_parse_object (file, data, length, "strongback-session", &version, error);
  if (object == NULL)
    return NULL;

  reader.object = object;
  if (!sb_json_get_string (&reader, "id", TRUE, &id, error) ||
      !sb_json_get_string (&reader, "routine-id", TRUE, &routine_id, error) ||
      !sb_json_get_string (&reader, "routine-name", TRUE, &routine_name, error) ||
      !sb_json_get_datetime (&reader, "start", TRUE, &start, error) ||
      !sb_json_get_datetime (&reader, "end", FALSE, &end, error) ||
      !sb_json_get_int (&reader, "pain-before", FALSE, 0, 10, &pain_before, error) ||
      !sb_json_get_int (&reader, "pain-after", FALSE, 0, 10, &pain_after, error) ||
      !sb_json_get_int (&reader, "pain-next-morning", FALSE, 0, 10, &pain_next_morning, error) ||
      !sb_json_get_string (&reader, "place", FALSE, &place, error) ||
      !sb_json_get_string (&reader, "notes", FALSE, &notes, error) ||
      !sb_json_get_boolean (&reader, "logged-afterwards", &logged_afterwards, error) ||
      !sb_json_get_array (&reader, "sets", TRUE, &sets, error))
    return NULL;

  if (!g_uuid_string_is_valid (id))
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Could not read “%s”: member “%s” must be %s"),
                   file, "id", _("a UUID"));
      return NULL;
    }

  if (place != NULL && !sb_routine_is_place (place))
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Could not read “%s”: member “%s” must be %s"),
                   file, "place", _("“gym”, “home” or “desk”"));
      return NULL;
    }

  if (end != NULL && g_date_time_compare (end, start) < 0)
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Could not read “%s”: member “%s” must be %s"),
                   file, "end", _("later than “start”"));
      return NULL;
    }

  extra = sb_json_unknown_members_text (object, session_members);
  self = g_object_new (SB_TYPE_SESSION,
                       "id", id,
                       "routine-id", routine_id,
                       "routine-name", routine_name,
                       "start-time", start,
                       "end-time", end,
                       "pain-before", pain_before,
                       "pain-after", pain_after,
                       "pain-next-morning", pain_next_morning,
                       "place", place,
                       "notes", notes,
                       "logged-afterwards", logged_afterwards,
                       "format-version", version,
                       "writable", version <= SB_SESSION_FORMAT_VERSION,
                       "extra", extra,
                       NULL);

  for (guint i = 0; i < json_array_get_length (sets); i++)
    {
      g_autofree char *where = NULL;
      SbJsonReader set_reader = { file, NULL, NULL };
      SbSetRecord *record;

      if (!sb_json_element_object (&reader, "sets", sets, i, &where, &set_reader.object, error))
        return NULL;

      set_reader.where = where;
      if (!read_set (&set_reader, &record, error))
        return NULL;

      sb_session_add_set (self, record);
      sb_set_record_free (record);
    }

  return g_steal_pointer (&self);
}

static void
set_optional_int (JsonObject *object,
                  const char *member,
                  int         value,
                  int         unset)
{
  if (value != unset)
    json_object_set_int_member (object, member, value);
}

static void
set_optional_double (JsonObject *object,
                     const char *member,
                     double      value)
{
  if (value >= 0)
    json_object_set_double_member (object, member, value);
}

/**
 * sb_session_codec_write:
 *
 * Returns: (transfer full): the session as the text of its file
 */
char *
sb_session_codec_write (SbSession *session)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autofree char *start = NULL;
  JsonArray *sets;
  guint n;

  g_return_val_if_fail (SB_IS_SESSION (session), NULL);

  /* Unknown members first, so that ours win if a name ever collides. */
  sb_json_add_members_text (object, sb_session_get_extra (session));

  start = sb_json_format_datetime (sb_session_get_start_time (session));
  json_object_set_string_member (object, "format", "strongback-session");
  json_object_set_int_member (object, "version", MAX (sb_session_get_format_version (session), SB_SESSION_FORMAT_VERSION));
  json_object_set_string_member (object, "id", sb_session_get_id (session));
  json_object_set_string_member (object, "routine-id", sb_session_get_routine_id (session));
  json_object_set_string_member (object, "routine-name", sb_session_get_routine_name (session));
  json_object_set_string_member (object, "start", start);
  if (sb_session_get_end_time (session) != NULL)
    {
      g_autofree char *end = sb_json_format_datetime (sb_session_get_end_time (session));
      json_object_set_string_member (object, "end", end);
    }
  set_optional_int (object, "pain-before", sb_session_get_pain_before (session), -1);
  set_optional_int (object, "pain-after", sb_session_get_pain_after (session), -1);
  set_optional_int (object, "pain-next-morning", sb_session_get_pain_next_morning (session), -1);
  if (sb_session_get_place (session) != NULL)
    json_object_set_string_member (object, "place", sb_session_get_place (session));
  if (sb_session_get_notes (session) != NULL && sb_session_get_notes (session)[0] != '\0')
    json_object_set_string_member (object, "notes", sb_session_get_notes (session));
  if (sb_session_get_logged_afterwards (session))
    json_object_set_boolean_member (object, "logged-afterwards", TRUE);

  n = sb_session_get_n_sets (session);
  sets = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    {
      const SbSetRecord *record = sb_session_get_set (session, i);
      JsonObject *set = json_object_new ();

      sb_json_add_members_text (set, record->extra);
      json_object_set_string_member (set, "exercise", record->exercise_id);
      set_optional_int (set, "reps", record->reps, -1);
      set_optional_int (set, "seconds", record->seconds, -1);
      set_optional_double (set, "load-kg", record->load_kg);
      set_optional_double (set, "incline-percent", record->incline_percent);
      set_optional_int (set, "effort", record->effort, 0);
      if (record->skipped)
        json_object_set_boolean_member (set, "skipped", TRUE);

      json_array_add_object_element (sets, set);
    }
  json_object_set_array_member (object, "sets", sets);

  return sb_json_to_string (object);
}


/**
 * sb_session_codec_dup_file_name:
 *
 * Returns: (transfer full): the session's file name inside the history
 *   folder: "YYYY/<start in UTC>-<id>.json". Names sort by start time and
 *   never collide, so folders synced between computers do not conflict.
 */
char *
sb_session_codec_dup_file_name (SbSession *session)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (SB_IS_SESSION (session), NULL);

  utc = g_date_time_to_utc (sb_session_get_start_time (session));
  stamp = g_date_time_format (utc, "%Y/%Y-%m-%dT%H%M%SZ");

  return g_strdup_printf ("%s-%s.json", stamp, sb_session_get_id (session));
}
