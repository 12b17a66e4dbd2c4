/* sb-session.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One performed workout, as stored in one "strongback-session" file
 * (data/FORMATS.md). Members of the file that this version does not know are
 * kept and written back; a file of a newer version is read but marked not
 * writable, so an older Strongback never rewrites what it only half
 * understands.
 */

#define G_LOG_DOMAIN "sb-session"

#include "config.h"

#include <glib/gi18n.h>

#include "sb-session.h"
#include "storage/sb-json.h"

struct _SbSession
{
  GObject     parent_instance;

  char       *id;
  char       *routine_id;
  char       *routine_name;
  GDateTime  *start_time;
  GDateTime  *end_time;
  int         pain_before;
  int         pain_after;
  char       *notes;
  GPtrArray  *sets;
  int         version;
  JsonObject *extra;
};

G_DEFINE_FINAL_TYPE (SbSession, sb_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ROUTINE_ID,
  PROP_ROUTINE_NAME,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_PAIN_BEFORE,
  PROP_PAIN_AFTER,
  PROP_NOTES,
  PROP_N_SETS,
  PROP_WRITABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const session_members[] = {
  "format", "version", "id", "routine-id", "routine-name", "start", "end",
  "pain-before", "pain-after", "notes", "sets", NULL
};

static const char * const set_members[] = {
  "exercise", "reps", "seconds", "load-kg", "incline-percent", "effort", "skipped", NULL
};

SbSession *
sb_session_new (const char *routine_id,
                const char *routine_name,
                GDateTime  *start_time)
{
  g_autofree char *id = g_uuid_string_random ();

  g_return_val_if_fail (routine_id != NULL, NULL);
  g_return_val_if_fail (routine_name != NULL, NULL);
  g_return_val_if_fail (start_time != NULL, NULL);

  return g_object_new (SB_TYPE_SESSION,
                       "id", id,
                       "routine-id", routine_id,
                       "routine-name", routine_name,
                       "start-time", start_time,
                       NULL);
}

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
  record->extra = sb_json_unknown_members (reader->object, set_members);
  *out = g_steal_pointer (&record);
  return TRUE;
}

/**
 * sb_session_new_from_data:
 * @file: the name to show in error messages
 *
 * Reads a session from the contents of a "strongback-session" file.
 *
 * Returns: (transfer full): the session, or %NULL with @error set in the
 *   %SB_FORMAT_ERROR domain, its message naming @file, the member and the
 *   problem
 */
SbSession *
sb_session_new_from_data (const char  *file,
                          const char  *data,
                          gsize        length,
                          GError     **error)
{
  g_autoptr(JsonObject) object = NULL;
  g_autoptr(SbSession) self = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  SbJsonReader reader = { file, NULL, NULL };
  const char *id = NULL, *routine_id = NULL, *routine_name = NULL, *notes = NULL;
  int version = 0, pain_before = -1, pain_after = -1;
  JsonArray *sets = NULL;

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
      !sb_json_get_string (&reader, "notes", FALSE, &notes, error) ||
      !sb_json_get_array (&reader, "sets", TRUE, &sets, error))
    return NULL;

  if (!g_uuid_string_is_valid (id))
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Could not read “%s”: member “%s” must be %s"),
                   file, "id", _("a UUID"));
      return NULL;
    }

  if (end != NULL && g_date_time_compare (end, start) < 0)
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Could not read “%s”: member “%s” must be %s"),
                   file, "end", _("later than “start”"));
      return NULL;
    }

  self = g_object_new (SB_TYPE_SESSION,
                       "id", id,
                       "routine-id", routine_id,
                       "routine-name", routine_name,
                       "start-time", start,
                       NULL);
  self->end_time = g_steal_pointer (&end);
  self->pain_before = pain_before;
  self->pain_after = pain_after;
  self->notes = g_strdup (notes);
  self->version = version;
  self->extra = sb_json_unknown_members (object, session_members);

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

      g_ptr_array_add (self->sets, record);
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
 * sb_session_to_data:
 *
 * Returns: (transfer full): the session as the text of its file
 */
char *
sb_session_to_data (SbSession *self)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autofree char *start = NULL;
  JsonArray *sets;

  g_return_val_if_fail (SB_IS_SESSION (self), NULL);

  /* Unknown members first, so that ours win if a name ever collides. */
  sb_json_add_members (object, self->extra);

  start = sb_json_format_datetime (self->start_time);
  json_object_set_string_member (object, "format", "strongback-session");
  json_object_set_int_member (object, "version", MAX (self->version, SB_SESSION_FORMAT_VERSION));
  json_object_set_string_member (object, "id", self->id);
  json_object_set_string_member (object, "routine-id", self->routine_id);
  json_object_set_string_member (object, "routine-name", self->routine_name);
  json_object_set_string_member (object, "start", start);
  if (self->end_time != NULL)
    {
      g_autofree char *end = sb_json_format_datetime (self->end_time);
      json_object_set_string_member (object, "end", end);
    }
  set_optional_int (object, "pain-before", self->pain_before, -1);
  set_optional_int (object, "pain-after", self->pain_after, -1);
  if (self->notes != NULL && self->notes[0] != '\0')
    json_object_set_string_member (object, "notes", self->notes);

  sets = json_array_sized_new (self->sets->len);
  for (guint i = 0; i < self->sets->len; i++)
    {
      const SbSetRecord *record = g_ptr_array_index (self->sets, i);
      JsonObject *set = json_object_new ();

      sb_json_add_members (set, record->extra);
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

const char *
sb_session_get_id (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->id;
}

const char *
sb_session_get_routine_id (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->routine_id;
}

const char *
sb_session_get_routine_name (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->routine_name;
}

GDateTime *
sb_session_get_start_time (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->start_time;
}

GDateTime *
sb_session_get_end_time (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->end_time;
}

void
sb_session_set_end_time (SbSession *self,
                         GDateTime *end_time)
{
  g_return_if_fail (SB_IS_SESSION (self));

  if (self->end_time == end_time ||
      (self->end_time != NULL && end_time != NULL && g_date_time_equal (self->end_time, end_time)))
    return;

  g_clear_pointer (&self->end_time, g_date_time_unref);
  self->end_time = end_time ? g_date_time_ref (end_time) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_TIME]);
}

int
sb_session_get_pain_before (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), -1);
  return self->pain_before;
}

void
sb_session_set_pain_before (SbSession *self,
                            int        pain)
{
  g_return_if_fail (SB_IS_SESSION (self));
  g_return_if_fail (pain >= -1 && pain <= 10);

  if (self->pain_before == pain)
    return;

  self->pain_before = pain;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_BEFORE]);
}

int
sb_session_get_pain_after (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), -1);
  return self->pain_after;
}

void
sb_session_set_pain_after (SbSession *self,
                           int        pain)
{
  g_return_if_fail (SB_IS_SESSION (self));
  g_return_if_fail (pain >= -1 && pain <= 10);

  if (self->pain_after == pain)
    return;

  self->pain_after = pain;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_AFTER]);
}

const char *
sb_session_get_notes (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->notes;
}

void
sb_session_set_notes (SbSession  *self,
                      const char *notes)
{
  g_return_if_fail (SB_IS_SESSION (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/**
 * sb_session_get_writable:
 *
 * Returns: %FALSE when the session came from a file of a newer format
 *   version, which this version must show but not rewrite
 */
gboolean
sb_session_get_writable (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), FALSE);
  return self->version <= SB_SESSION_FORMAT_VERSION;
}

guint
sb_session_get_n_sets (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), 0);
  return self->sets->len;
}

const SbSetRecord *
sb_session_get_set (SbSession *self,
                    guint      index)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  g_return_val_if_fail (index < self->sets->len, NULL);

  return g_ptr_array_index (self->sets, index);
}

void
sb_session_add_set (SbSession         *self,
                    const SbSetRecord *record)
{
  g_return_if_fail (SB_IS_SESSION (self));
  g_return_if_fail (record != NULL && record->exercise_id != NULL);

  g_ptr_array_add (self->sets, sb_set_record_copy (record));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SETS]);
}

/**
 * sb_session_remove_last_set:
 *
 * Takes back the last set, e.g. to do it again.
 */
void
sb_session_remove_last_set (SbSession *self)
{
  g_return_if_fail (SB_IS_SESSION (self));
  g_return_if_fail (self->sets->len > 0);

  g_ptr_array_set_size (self->sets, self->sets->len - 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SETS]);
}

/**
 * sb_session_dup_file_name:
 *
 * Returns: (transfer full): the session's file name inside the history
 *   folder: "YYYY/<start in UTC>-<id>.json". Names sort by start time and
 *   never collide, so folders synced between computers do not conflict.
 */
char *
sb_session_dup_file_name (SbSession *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (SB_IS_SESSION (self), NULL);

  utc = g_date_time_to_utc (self->start_time);
  stamp = g_date_time_format (utc, "%Y/%Y-%m-%dT%H%M%SZ");

  return g_strdup_printf ("%s-%s.json", stamp, self->id);
}

/**
 * sb_session_equal:
 *
 * Returns: whether @a and @b would be written as the same file
 */
gboolean
sb_session_equal (SbSession *a,
                  SbSession *b)
{
  g_autofree char *data_a = NULL;
  g_autofree char *data_b = NULL;

  g_return_val_if_fail (SB_IS_SESSION (a), FALSE);
  g_return_val_if_fail (SB_IS_SESSION (b), FALSE);

  data_a = sb_session_to_data (a);
  data_b = sb_session_to_data (b);

  return g_str_equal (data_a, data_b);
}

static void
sb_session_finalize (GObject *object)
{
  SbSession *self = SB_SESSION (object);

  g_free (self->id);
  g_free (self->routine_id);
  g_free (self->routine_name);
  g_clear_pointer (&self->start_time, g_date_time_unref);
  g_clear_pointer (&self->end_time, g_date_time_unref);
  g_free (self->notes);
  g_clear_pointer (&self->sets, g_ptr_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (sb_session_parent_class)->finalize (object);
}

static void
sb_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SbSession *self = SB_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_ROUTINE_ID:
      g_value_set_string (value, self->routine_id);
      break;
    case PROP_ROUTINE_NAME:
      g_value_set_string (value, self->routine_name);
      break;
    case PROP_START_TIME:
      g_value_set_boxed (value, self->start_time);
      break;
    case PROP_END_TIME:
      g_value_set_boxed (value, self->end_time);
      break;
    case PROP_PAIN_BEFORE:
      g_value_set_int (value, self->pain_before);
      break;
    case PROP_PAIN_AFTER:
      g_value_set_int (value, self->pain_after);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_N_SETS:
      g_value_set_uint (value, self->sets->len);
      break;
    case PROP_WRITABLE:
      g_value_set_boolean (value, sb_session_get_writable (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_session_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SbSession *self = SB_SESSION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    case PROP_ROUTINE_ID:
      self->routine_id = g_value_dup_string (value);
      break;
    case PROP_ROUTINE_NAME:
      self->routine_name = g_value_dup_string (value);
      break;
    case PROP_START_TIME:
      self->start_time = g_value_dup_boxed (value);
      break;
    case PROP_END_TIME:
      sb_session_set_end_time (self, g_value_get_boxed (value));
      break;
    case PROP_PAIN_BEFORE:
      sb_session_set_pain_before (self, g_value_get_int (value));
      break;
    case PROP_PAIN_AFTER:
      sb_session_set_pain_after (self, g_value_get_int (value));
      break;
    case PROP_NOTES:
      sb_session_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sb_session_class_init (SbSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sb_session_finalize;
  object_class->get_property = sb_session_get_property;
  object_class->set_property = sb_session_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROUTINE_ID] =
    g_param_spec_string ("routine-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROUTINE_NAME] =
    g_param_spec_string ("routine-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START_TIME] =
    g_param_spec_boxed ("start-time", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_TIME] =
    g_param_spec_boxed ("end-time", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* -1: not recorded */
  properties[PROP_PAIN_BEFORE] =
    g_param_spec_int ("pain-before", NULL, NULL, -1, 10, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAIN_AFTER] =
    g_param_spec_int ("pain-after", NULL, NULL, -1, 10, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SETS] =
    g_param_spec_uint ("n-sets", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WRITABLE] =
    g_param_spec_boolean ("writable", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_session_init (SbSession *self)
{
  self->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_set_record_free);
  self->pain_before = -1;
  self->pain_after = -1;
  self->version = SB_SESSION_FORMAT_VERSION;
}
