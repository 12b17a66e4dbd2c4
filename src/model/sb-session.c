/* sb-session.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One performed workout: when, which routine, the pain before and after,
 * notes and every set. Stored as one "strongback-session" file (see the
 * storage layer's session codec and data/FORMATS.md), whose members this
 * version does not know are kept as text and written back; a session read
 * from a newer version's file is not writable, so an older Strongback never
 * rewrites what it only half understands.
 */

#define G_LOG_DOMAIN "sb-session"

#include "config.h"

#include "sb-session.h"

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
  int         pain_next_morning;
  char       *place;            /* the routine's, when it was done; NULL if not known */
  char       *notes;
  GPtrArray  *sets;
  int         format_version;   /* of the file it was read from; 0 for a new one */
  gboolean    writable;
  char       *extra;            /* unknown members, as JSON text */
  gboolean    logged_afterwards;
  SbSession  *conflict;         /* another version, from a sync tool's conflict copy; not written */
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
  PROP_PAIN_NEXT_MORNING,
  PROP_PLACE,
  PROP_NOTES,
  PROP_LOGGED_AFTERWARDS,
  PROP_CONFLICT,
  PROP_N_SETS,
  PROP_WRITABLE,
  PROP_FORMAT_VERSION,
  PROP_EXTRA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* How the lower back was the morning after, from 0 to 10; -1 when not
 * asked or not answered. */
int
sb_session_get_pain_next_morning (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), -1);
  return self->pain_next_morning;
}

void
sb_session_set_pain_next_morning (SbSession *self,
                                  int        pain)
{
  g_return_if_fail (SB_IS_SESSION (self));
  g_return_if_fail (pain >= -1 && pain <= 10);

  if (self->pain_next_morning == pain)
    return;

  self->pain_next_morning = pain;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_NEXT_MORNING]);
}

/* Where the routine was done ("gym", "home", "desk"), kept so that a
 * desk break stays one after its routine is gone; %NULL in sessions
 * from before it was kept. */
const char *
sb_session_get_place (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->place;
}

void
sb_session_set_place (SbSession  *self,
                      const char *place)
{
  g_return_if_fail (SB_IS_SESSION (self));

  if (g_strcmp0 (self->place, place) == 0)
    return;

  g_free (self->place);
  self->place = g_strdup (place);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

/**
 * sb_session_is_desk_break:
 *
 * Returns: whether the session was a desk break, not a workout: done at
 *   the desk, or, in sessions from before the place was kept, the
 *   built-in Desk break
 */
gboolean
sb_session_is_desk_break (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), FALSE);

  if (self->place != NULL)
    return g_str_equal (self->place, "desk");
  return g_str_equal (self->routine_id, "desk-break");
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
 * sb_session_get_logged_afterwards:
 *
 * Returns: whether the session was typed in after it was done (at the gym,
 *   from a printed card) rather than followed on screen
 */
gboolean
sb_session_get_logged_afterwards (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), FALSE);
  return self->logged_afterwards;
}

void
sb_session_set_logged_afterwards (SbSession *self,
                                  gboolean   logged_afterwards)
{
  g_return_if_fail (SB_IS_SESSION (self));

  logged_afterwards = !!logged_afterwards;
  if (self->logged_afterwards == logged_afterwards)
    return;

  self->logged_afterwards = logged_afterwards;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOGGED_AFTERWARDS]);
}

/**
 * sb_session_get_conflict:
 *
 * Returns: (transfer none) (nullable): another version of this session,
 *   which a sync tool kept beside its file when it was changed on two
 *   computers; it is not part of the session's file
 */
SbSession *
sb_session_get_conflict (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->conflict;
}

void
sb_session_set_conflict (SbSession *self,
                         SbSession *conflict)
{
  g_return_if_fail (SB_IS_SESSION (self));
  g_return_if_fail (conflict == NULL || SB_IS_SESSION (conflict));

  if (g_set_object (&self->conflict, conflict))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFLICT]);
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
  return self->writable;
}

/**
 * sb_session_get_format_version:
 *
 * Returns: the format version of the file the session was read from, or 0
 *   for a session not read from a file
 */
int
sb_session_get_format_version (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), 0);
  return self->format_version;
}

/**
 * sb_session_get_extra:
 *
 * Returns: (nullable): the members of its file that this version does not
 *   know, as the text of a JSON object
 */
const char *
sb_session_get_extra (SbSession *self)
{
  g_return_val_if_fail (SB_IS_SESSION (self), NULL);
  return self->extra;
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
 * sb_session_clear_sets:
 *
 * Removes every set, e.g. to write them again from an edit.
 */
void
sb_session_clear_sets (SbSession *self)
{
  g_return_if_fail (SB_IS_SESSION (self));

  if (self->sets->len == 0)
    return;

  g_ptr_array_set_size (self->sets, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SETS]);
}

/**
 * sb_session_copy:
 * @start_time: (nullable): the copy's start, or %NULL for @self's
 *
 * An edit starts from a copy: the same session (its id, so it is saved
 * over the same file), every member and set, with another start if given.
 *
 * Returns: (transfer full): the copy
 */
SbSession *
sb_session_copy (SbSession *self,
                 GDateTime *start_time)
{
  SbSession *copy;

  g_return_val_if_fail (SB_IS_SESSION (self), NULL);

  copy = g_object_new (SB_TYPE_SESSION,
                       "id", self->id,
                       "routine-id", self->routine_id,
                       "routine-name", self->routine_name,
                       "start-time", start_time ? start_time : self->start_time,
                       "end-time", self->end_time,
                       "pain-before", self->pain_before,
                       "pain-after", self->pain_after,
                       "pain-next-morning", self->pain_next_morning,
                       "place", self->place,
                       "notes", self->notes,
                       "logged-afterwards", self->logged_afterwards,
                       "writable", self->writable,
                       "format-version", self->format_version,
                       "extra", self->extra,
                       NULL);

  for (guint i = 0; i < self->sets->len; i++)
    g_ptr_array_add (copy->sets, sb_set_record_copy (g_ptr_array_index (self->sets, i)));

  return copy;
}

static gboolean
same_time (GDateTime *a,
           GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  /* the same moment written with another offset is another file */
  return g_date_time_equal (a, b) && g_date_time_get_utc_offset (a) == g_date_time_get_utc_offset (b);
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
  g_return_val_if_fail (SB_IS_SESSION (a), FALSE);
  g_return_val_if_fail (SB_IS_SESSION (b), FALSE);

  if (a == b)
    return TRUE;

  if (!g_str_equal (a->id, b->id) ||
      !g_str_equal (a->routine_id, b->routine_id) ||
      !g_str_equal (a->routine_name, b->routine_name) ||
      !same_time (a->start_time, b->start_time) ||
      !same_time (a->end_time, b->end_time) ||
      a->pain_before != b->pain_before ||
      a->pain_after != b->pain_after ||
      a->pain_next_morning != b->pain_next_morning ||
      a->logged_afterwards != b->logged_afterwards ||
      g_strcmp0 (a->place, b->place) != 0 ||
      g_strcmp0 (a->notes && *a->notes ? a->notes : NULL, b->notes && *b->notes ? b->notes : NULL) != 0 ||
      /* writable ones are all written in the current format */
      a->writable != b->writable ||
      (!a->writable && a->format_version != b->format_version) ||
      g_strcmp0 (a->extra, b->extra) != 0 ||
      a->sets->len != b->sets->len)
    return FALSE;

  for (guint i = 0; i < a->sets->len; i++)
    if (!sb_set_record_equal (g_ptr_array_index (a->sets, i), g_ptr_array_index (b->sets, i)))
      return FALSE;

  return TRUE;
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
  g_free (self->place);
  g_clear_pointer (&self->sets, g_ptr_array_unref);
  g_free (self->extra);
  g_clear_object (&self->conflict);

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
    case PROP_PAIN_NEXT_MORNING:
      g_value_set_int (value, self->pain_next_morning);
      break;
    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_LOGGED_AFTERWARDS:
      g_value_set_boolean (value, self->logged_afterwards);
      break;
    case PROP_CONFLICT:
      g_value_set_object (value, self->conflict);
      break;
    case PROP_N_SETS:
      g_value_set_uint (value, self->sets->len);
      break;
    case PROP_WRITABLE:
      g_value_set_boolean (value, self->writable);
      break;
    case PROP_FORMAT_VERSION:
      g_value_set_int (value, self->format_version);
      break;
    case PROP_EXTRA:
      g_value_set_string (value, self->extra);
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
    case PROP_PAIN_NEXT_MORNING:
      sb_session_set_pain_next_morning (self, g_value_get_int (value));
      break;
    case PROP_PLACE:
      sb_session_set_place (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      sb_session_set_notes (self, g_value_get_string (value));
      break;
    case PROP_LOGGED_AFTERWARDS:
      sb_session_set_logged_afterwards (self, g_value_get_boolean (value));
      break;
    case PROP_WRITABLE:
      self->writable = g_value_get_boolean (value);
      break;
    case PROP_FORMAT_VERSION:
      self->format_version = g_value_get_int (value);
      break;
    case PROP_EXTRA:
      self->extra = g_value_dup_string (value);
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
  properties[PROP_PAIN_NEXT_MORNING] =
    g_param_spec_int ("pain-next-morning", NULL, NULL, -1, 10, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOGGED_AFTERWARDS] =
    g_param_spec_boolean ("logged-afterwards", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONFLICT] =
    g_param_spec_object ("conflict", NULL, NULL, SB_TYPE_SESSION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SETS] =
    g_param_spec_uint ("n-sets", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_WRITABLE] =
    g_param_spec_boolean ("writable", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FORMAT_VERSION] =
    g_param_spec_int ("format-version", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* unknown members of its file, as the text of a JSON object */
  properties[PROP_EXTRA] =
    g_param_spec_string ("extra", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sb_session_init (SbSession *self)
{
  self->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_set_record_free);
  self->pain_before = -1;
  self->pain_after = -1;
  self->pain_next_morning = -1;
  self->writable = TRUE;
}
