/* sb-import.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Workouts from another app's CSV export, as Strongback sessions.
 *
 * - Strong: Date, Workout Name, Duration, Exercise Name, Set Order,
 *   Weight, Reps, Distance, Seconds, Notes, Workout Notes, RPE; comma or
 *   semicolon separated; in English or German; with or without "Weight
 *   Unit" and "Distance Unit" columns (without, weights are taken as kg).
 * - Hevy: title, start_time, end_time, description, exercise_title,
 *   superset_id, exercise_notes, set_index, set_type, weight_kg (or
 *   weight_lbs), reps, distance_km (or distance_miles), duration_seconds,
 *   rpe.
 *
 * One row is one set; the sets of one workout share its date and name.
 * Exercises Strongback has (leg curl, hip thrust, hip abduction, back
 * extension, glute bridge, incline walk…) become sessions, marked as
 * logged afterwards; the rest are listed, never silently dropped. A
 * session's id is made from the app, the workout's start and its name, so
 * that importing the same file twice adds nothing. A file with any bad row
 * is refused whole, each bad row named by its line.
 */

#define G_LOG_DOMAIN "sb-import"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sb-import.h"
#include "sb-json.h"

#define MAX_SIZE (32 * 1024 * 1024)
#define MAX_BAD_ROWS 5
#define KG_PER_LB 0.45359237

typedef enum
{
  COL_DATE, COL_END, COL_WORKOUT, COL_DURATION, COL_EXERCISE, COL_WEIGHT, COL_WEIGHT_LBS,
  COL_WEIGHT_UNIT, COL_REPS, COL_SECONDS, COL_NOTES, COL_RPE, N_COLS
} Column;

/* Column names, lower case: Strong's in English and German, and Hevy's. */
static const struct { Column column; const char *name; } column_names[] = {
  { COL_DATE, "date" }, { COL_DATE, "datum" }, { COL_DATE, "start_time" },
  { COL_END, "end_time" },
  { COL_WORKOUT, "workout name" }, { COL_WORKOUT, "workout-name" }, { COL_WORKOUT, "trainingsname" },
  { COL_WORKOUT, "title" },
  { COL_DURATION, "duration" }, { COL_DURATION, "dauer" },
  { COL_EXERCISE, "exercise name" }, { COL_EXERCISE, "übungsname" }, { COL_EXERCISE, "übung" },
  { COL_EXERCISE, "exercise_title" },
  { COL_WEIGHT, "weight" }, { COL_WEIGHT, "gewicht" }, { COL_WEIGHT, "weight_kg" },
  { COL_WEIGHT_LBS, "weight_lbs" },
  { COL_WEIGHT_UNIT, "weight unit" }, { COL_WEIGHT_UNIT, "gewichtseinheit" },
  { COL_REPS, "reps" }, { COL_REPS, "wiederholungen" }, { COL_REPS, "wdh." },
  { COL_SECONDS, "seconds" }, { COL_SECONDS, "sekunden" }, { COL_SECONDS, "duration_seconds" },
  { COL_NOTES, "workout notes" }, { COL_NOTES, "workout-notizen" }, { COL_NOTES, "trainingsnotizen" },
  { COL_NOTES, "description" },
  { COL_RPE, "rpe" },
};

/* Other apps' names for Strongback's exercises, lower case, matched as a
 * part of the name ("Leg Curl (Machine)", "Seated Leg Curl"); the first
 * match wins, so the more particular come first. */
static const struct { const char *part; const char *exercise; } exercise_names[] = {
  { "single leg glute bridge", "single-leg-glute-bridge" },
  { "single-leg glute bridge", "single-leg-glute-bridge" },
  { "glute bridge", "glute-bridge" }, { "beckenheben", "glute-bridge" },
  { "hip thrust", "hip-thrust" }, { "hüftstoß", "hip-thrust" }, { "hueftstoss", "hip-thrust" },
  { "leg curl", "leg-curl" }, { "hamstring curl", "leg-curl" }, { "beinbeuger", "leg-curl" },
  { "hip abduct", "hip-abduction-machine" }, { "abductor", "hip-abduction-machine" },
  { "abduktor", "hip-abduction-machine" }, { "abduktion", "hip-abduction-machine" },
  { "back extension", "back-extension" }, { "hyperextension", "back-extension" },
  { "rückenstrecker", "back-extension" },
  { "incline walk", "incline-walk" }, { "treadmill", "incline-walk" }, { "laufband", "incline-walk" },
};

static const char *months[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

typedef struct
{
  char      *start_text;   /* as the file has it: the workout's key with its name */
  char      *name;
  GDateTime *start;
  GDateTime *end;
  char      *notes;
  GPtrArray *sets;         /* SbSetRecord */
} Workout;

static void
workout_free (Workout *workout)
{
  g_free (workout->start_text);
  g_free (workout->name);
  g_clear_pointer (&workout->start, g_date_time_unref);
  g_clear_pointer (&workout->end, g_date_time_unref);
  g_free (workout->notes);
  g_ptr_array_unref (workout->sets);
  g_free (workout);
}

void
sb_import_free (SbImport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->left_out, g_ptr_array_unref);
  g_free (self);
}

/* CSV ------------------------------------------------------------------- */

typedef struct
{
  GPtrArray *fields;   /* char* */
  guint      line;     /* where the record starts, from 1 */
} Record;

static void
record_free (Record *record)
{
  g_ptr_array_unref (record->fields);
  g_free (record);
}

/* The separator the first line uses: a comma, or a semicolon where the
 * decimal point is a comma. */
static char
guess_separator (const char *data,
                 gsize       length)
{
  guint commas = 0, semicolons = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length && (quoted || (data[i] != '\n' && data[i] != '\r')); i++)
    {
      if (data[i] == '"')
        quoted = !quoted;
      else if (!quoted && data[i] == ',')
        commas++;
      else if (!quoted && data[i] == ';')
        semicolons++;
    }

  return semicolons > commas ? ';' : ',';
}

/* The field read so far, leaving an empty one in its place. */
static char *
take_field (GString **field)
{
  char *text = g_string_free (*field, FALSE);

  *field = g_string_new (NULL);
  return text;
}

/* RFC 4180, with either line ending; a quoted field may span lines. */
static GPtrArray *
parse_csv (const char  *data,
           gsize        length,
           char         separator,
           GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  g_autoptr(GString) field = g_string_new (NULL);
  Record *record = NULL;
  gboolean quoted = FALSE;
  guint line = 1, quote_line = 0;

  for (gsize i = 0; i <= length; i++)
    {
      char c = i < length ? data[i] : '\n';
      gboolean end = i == length;

      if (record == NULL)
        {
          if (end)
            break;
          record = g_new0 (Record, 1);
          record->fields = g_ptr_array_new_with_free_func (g_free);
          record->line = line;
        }

      if (quoted && !end)
        {
          if (c == '"' && i + 1 < length && data[i + 1] == '"')
            {
              g_string_append_c (field, '"');
              i++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }

      if (quoted && end)
        {
          record_free (record);
          g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_PARSE,
                       _("Line %u is cut off: a quoted field is not closed"), quote_line);
          return NULL;
        }

      if (c == '"' && field->len == 0)
        {
          quoted = TRUE;
          quote_line = line;
        }
      else if (c == separator)
        g_ptr_array_add (record->fields, take_field (&field));
      else if (c == '\r')
        continue;
      else if (c == '\n')
        {
          g_ptr_array_add (record->fields, take_field (&field));
          /* an empty line is no record */
          if (record->fields->len == 1 && *(char *) g_ptr_array_index (record->fields, 0) == '\0')
            record_free (record);
          else
            g_ptr_array_add (records, record);
          record = NULL;
          line++;
        }
      else
        g_string_append_c (field, c);
    }

  return g_steal_pointer (&records);
}

/* Values ------------------------------------------------------------------ */

static GDateTime *
date_time (int year, int month, int day, int hour, int minute, int second)
{
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31 ||
      hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
    return NULL;
  return g_date_time_new_local (year, month, day, hour, minute, second);
}

/* 12-hour times: 12 AM is midnight, 12 PM noon. */
static gboolean
apply_meridiem (int        *hour,
                const char *rest)
{
  g_autofree char *word = g_ascii_strdown (rest, -1);

  g_strstrip (word);
  if (*word == '\0')
    return TRUE;
  if (*hour < 1 || *hour > 12)
    return FALSE;
  if (g_str_equal (word, "am") || g_str_equal (word, "a.m."))
    *hour %= 12;
  else if (g_str_equal (word, "pm") || g_str_equal (word, "p.m."))
    *hour = *hour % 12 + 12;
  else
    return FALSE;
  return TRUE;
}

/* The dates the apps write: ISO ("2026-03-01 18:30:00", with a T or an
 * offset), American ("3/1/2026 6:30 PM"), German ("01.03.2026 18:30") and
 * Hevy's ("1 Mar 2026, 18:30"); times without an offset are local. */
static GDateTime *
parse_date (const char *text)
{
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, n = 0;
  char month[4] = "";
  g_autofree char *iso = g_strstrip (g_strdup (text));

  if (strlen (iso) >= 16 && iso[4] == '-' && iso[7] == '-' && (iso[10] == ' ' || iso[10] == 'T'))
    {
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();
      iso[10] = 'T';
      if (strlen (iso) == 16)
        {
          char *with_seconds = g_strconcat (iso, ":00", NULL);
          g_free (iso);
          iso = with_seconds;
        }
      return g_date_time_new_from_iso8601 (iso, local);
    }

  if (sscanf (iso, "%d/%d/%d%*[, ]%d:%d%n", &mo, &d, &y, &h, &mi, &n) == 5 ||
      sscanf (iso, "%d.%d.%d%*[, ]%d:%d%n", &d, &mo, &y, &h, &mi, &n) == 5)
    {
      const char *rest = iso + n;

      if (*rest == ':' && sscanf (rest, ":%d%n", &s, &n) == 1)
        rest += n;
      if (!apply_meridiem (&h, rest))
        return NULL;
      return date_time (y, mo, d, h, mi, s);
    }

  if (sscanf (iso, "%d %3s %d, %d:%d%n", &d, month, &y, &h, &mi, &n) == 5)
    {
      g_autofree char *lower = g_ascii_strdown (month, -1);

      for (guint i = 0; i < G_N_ELEMENTS (months); i++)
        if (g_str_equal (lower, months[i]))
          mo = i + 1;
      if (mo == 0 || !apply_meridiem (&h, iso + n))
        return NULL;
      return date_time (y, mo, d, h, mi, 0);
    }

  return NULL;
}

/* A number, or -1 for an empty field; FALSE when it is no number. With a
 * semicolon separator, the decimal point may be a comma. */
static gboolean
parse_number (const char *text,
              double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end;

  if (*copy == '\0')
    {
      *value = -1;
      return TRUE;
    }
  g_strdelimit (copy, ",", '.');
  *value = g_ascii_strtod (copy, &end);
  return *end == '\0' && isfinite (*value) && *value >= 0;
}

/* Strong's durations: "1h 5m", "45m", "30s", or seconds; -1 for what is
 * none of these, or longer than a week. */
static int
parse_duration (const char *text)
{
  gint64 total = 0;
  const char *p = text;

  while (*p != '\0')
    {
      char *end;
      gint64 value;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;
      if (!g_ascii_isdigit (*p))
        return -1;
      value = g_ascii_strtoll (p, &end, 10);
      /* checked before it is multiplied: a week at most */
      if (value > 7 * 24 * 3600)
        return -1;
      p = end;
      if (*p == 'h')
        total += value * 3600, p++;
      else if (*p == 'm')
        total += value * 60, p++;
      else if (*p == 's' || *p == '\0')
        total += value, p += *p != '\0';
      else
        return -1;
      if (total > 7 * 24 * 3600)
        return -1;
    }
  return (int) total;
}

static const char *
match_exercise (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (exercise_names); i++)
    if (strstr (lower, exercise_names[i].part) != NULL)
      return exercise_names[i].exercise;
  return NULL;
}

/* The routine whose exercises the workout has most of. */
static SbRoutine *
best_routine (SbCatalog *catalog,
              Workout   *workout)
{
  GListModel *routines = G_LIST_MODEL (catalog);
  SbRoutine *best = NULL;
  guint best_score = 0;

  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(SbRoutine) routine = g_list_model_get_item (routines, i);
      GListModel *steps = sb_routine_get_steps (routine);
      guint score = 0;

      for (guint k = 0; k < g_list_model_get_n_items (steps); k++)
        {
          g_autoptr(SbRoutineStep) step = g_list_model_get_item (steps, k);
          const char *id = sb_exercise_get_id (sb_routine_step_get_exercise (step));

          for (guint s = 0; s < workout->sets->len; s++)
            if (g_str_equal (((SbSetRecord *) g_ptr_array_index (workout->sets, s))->exercise_id, id))
              {
                score++;
                break;
              }
        }

      if (score > best_score || best == NULL)
        {
          best_score = score;
          best = routine;
        }
    }

  return best;
}

/* A UUID made from @key, the same each time (version 5 in form). */
static char *
uuid_for (const char *key)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize size = sizeof digest;

  g_checksum_update (checksum, (const guchar *) "strongback-import:", -1);
  g_checksum_update (checksum, (const guchar *) key, -1);
  g_checksum_get_digest (checksum, digest, &size);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5], digest[6], digest[7],
                          digest[8], digest[9], digest[10], digest[11], digest[12], digest[13], digest[14],
                          digest[15]);
}

static SbSession *
make_session (SbImport  *import,
              SbCatalog *catalog,
              Workout   *workout)
{
  SbRoutine *routine = best_routine (catalog, workout);
  g_autofree char *key = g_strdup_printf ("%s|%s|%s", import->app, workout->start_text, workout->name);
  g_autofree char *id = uuid_for (key);
  SbSession *session = g_object_new (SB_TYPE_SESSION,
                                     "id", id,
                                     "routine-id", routine ? sb_routine_get_id (routine) : "gym-corrective",
                                     "routine-name", *workout->name ? workout->name : import->app,
                                     "start-time", workout->start,
                                     "logged-afterwards", TRUE,
                                     NULL);

  if (routine != NULL)
    sb_session_set_place (session, sb_routine_get_place (routine));
  if (workout->end != NULL && g_date_time_compare (workout->end, workout->start) >= 0)
    sb_session_set_end_time (session, workout->end);
  if (workout->notes != NULL && *workout->notes != '\0')
    sb_session_set_notes (session, workout->notes);
  for (guint i = 0; i < workout->sets->len; i++)
    sb_session_add_set (session, g_ptr_array_index (workout->sets, i));
  return session;
}

/* Reading ------------------------------------------------------------------ */

static void
add_bad_row (GString    *bad,
             guint      *n_bad,
             const char *message)
{
  if ((*n_bad)++ < MAX_BAD_ROWS)
    g_string_append_printf (bad, "\n%s", message);
}

static int
compare_sessions (gconstpointer a,
                  gconstpointer b)
{
  return g_date_time_compare (sb_session_get_start_time (*(SbSession **) a),
                              sb_session_get_start_time (*(SbSession **) b));
}

/**
 * sb_import_read:
 * @file: the file's name, for messages
 * @catalog: Strongback's exercises and routines
 *
 * Returns: (transfer full): the workouts, or %NULL with @error set (in
 *   %SB_FORMAT_ERROR) saying what is wrong and on which lines
 */
SbImport *
sb_import_read (const char  *file,
                const char  *data,
                gsize        length,
                SbCatalog   *catalog,
                GError     **error)
{
  g_autoptr(SbImport) import = g_new0 (SbImport, 1);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) workouts = g_ptr_array_new_with_free_func ((GDestroyNotify) workout_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) left_out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) left_out_order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) bad = g_string_new (NULL);
  int columns[N_COLS];
  Record *header;
  guint n_bad = 0;
  char separator;

  g_return_val_if_fail (SB_IS_CATALOG (catalog), NULL);

  if (length > MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_TOO_LARGE,
                   _("“%s” is too large to be a workout export (%s)"), file, size);
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, length -= 3;
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_PARSE,
                   _("“%s” is not a Strong or Hevy export: it is not UTF-8 text"), file);
      return NULL;
    }

  separator = guess_separator (data, length);
  records = parse_csv (data, length, separator, error);
  if (records == NULL)
    {
      g_prefix_error (error, _("Could not read “%s”: "), file);
      return NULL;
    }

  for (guint c = 0; c < N_COLS; c++)
    columns[c] = -1;
  header = records->len > 0 ? g_ptr_array_index (records, 0) : NULL;
  for (guint f = 0; header != NULL && f < header->fields->len; f++)
    {
      g_autofree char *name = g_utf8_strdown (g_strstrip (g_ptr_array_index (header->fields, f)), -1);

      for (guint k = 0; k < G_N_ELEMENTS (column_names); k++)
        if (g_str_equal (name, column_names[k].name) && columns[column_names[k].column] < 0)
          columns[column_names[k].column] = (int) f;
      if (g_str_equal (name, "exercise_title"))
        import->app = "Hevy";
    }

  if (columns[COL_DATE] < 0 || columns[COL_EXERCISE] < 0 || (columns[COL_REPS] < 0 && columns[COL_SECONDS] < 0))
    {
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_WRONG_FORMAT,
                   _("“%s” is not a Strong or Hevy export: its first line should name the columns, "
                     "such as “Date” and “Exercise Name” (Strong) or “start_time” and “exercise_title” (Hevy)"),
                   file);
      return NULL;
    }
  if (import->app == NULL)
    import->app = "Strong";

  for (guint r = 1; r < records->len; r++)
    {
      Record *record = g_ptr_array_index (records, r);
      const char *date_text, *exercise_name, *workout_name;
      g_autofree char *key = NULL;
      g_autoptr(GDateTime) start = NULL;
      g_autoptr(SbSetRecord) set = NULL;
      double weight = -1, weight_lbs = -1, reps = -1, seconds = -1, rpe = -1;
      const char *exercise;
      Workout *workout;

#define FIELD(col) (columns[col] >= 0 ? (const char *) g_ptr_array_index (record->fields, columns[col]) : "")
      if (record->fields->len != header->fields->len)
        {
          g_autofree char *message =
            g_strdup_printf (_("Line %u has %u fields where the first line has %u: it may be cut off"),
                             record->line, record->fields->len, header->fields->len);
          add_bad_row (bad, &n_bad, message);
          continue;
        }

      date_text = FIELD (COL_DATE);
      if ((start = parse_date (date_text)) == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Line %u: “%s” is not a date"), record->line, date_text);
          add_bad_row (bad, &n_bad, message);
          continue;
        }

      if (!parse_number (FIELD (COL_WEIGHT), &weight) || !parse_number (FIELD (COL_WEIGHT_LBS), &weight_lbs) ||
          !parse_number (FIELD (COL_REPS), &reps) || !parse_number (FIELD (COL_SECONDS), &seconds) ||
          !parse_number (FIELD (COL_RPE), &rpe))
        {
          g_autofree char *message = g_strdup_printf (_("Line %u: a weight, reps, time or RPE is not a number"),
                                                      record->line);
          add_bad_row (bad, &n_bad, message);
          continue;
        }

      workout_name = FIELD (COL_WORKOUT);
      key = g_strdup_printf ("%s\x1f%s", date_text, workout_name);
      workout = g_hash_table_lookup (by_key, key);
      if (workout == NULL)
        {
          const char *end_text = FIELD (COL_END);
          int duration = parse_duration (FIELD (COL_DURATION));

          workout = g_new0 (Workout, 1);
          workout->start_text = g_strdup (date_text);
          workout->name = g_strstrip (g_strdup (workout_name));
          workout->start = g_date_time_ref (start);
          workout->end = *end_text ? parse_date (end_text) : duration > 0 ? g_date_time_add_seconds (start, duration) : NULL;
          workout->notes = g_strdup (FIELD (COL_NOTES));
          workout->sets = g_ptr_array_new_with_free_func ((GDestroyNotify) sb_set_record_free);
          g_ptr_array_add (workouts, workout);
          g_hash_table_insert (by_key, g_strdup (key), workout);
          g_ptr_array_add (left_out_order, g_steal_pointer (&key));
        }

      exercise_name = FIELD (COL_EXERCISE);
      exercise = match_exercise (exercise_name);
      if (exercise == NULL || sb_catalog_lookup_exercise (catalog, exercise) == NULL)
        {
          g_autofree char *name = g_strstrip (g_strdup (exercise_name));
          gpointer count = g_hash_table_lookup (left_out, name);

          if (count == NULL)
            g_ptr_array_add (left_out_order, g_strconcat ("\x1e", name, NULL));
          g_hash_table_replace (left_out, g_steal_pointer (&name), GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
          continue;
        }

      set = sb_set_record_new (exercise);
      if (weight_lbs >= 0)
        set->load_kg = round (weight_lbs * KG_PER_LB * 10) / 10;
      else if (weight >= 0)
        {
          g_autofree char *unit = g_ascii_strdown (FIELD (COL_WEIGHT_UNIT), -1);
          set->load_kg = g_str_has_prefix (g_strstrip (unit), "lb") ? round (weight * KG_PER_LB * 10) / 10 : weight;
        }
      set->reps = reps >= 0 ? (int) MIN (reps, 10000) : -1;
      set->seconds = seconds > 0 ? (int) MIN (seconds, 86400) : -1;
      set->effort = rpe > 0 ? (int) CLAMP (lround (rpe), 1, 10) : 0;
      set->load_kg = MIN (set->load_kg, 2000);
      g_ptr_array_add (workout->sets, g_steal_pointer (&set));
#undef FIELD
    }

  if (n_bad > 0)
    {
      g_autofree char *more = n_bad > MAX_BAD_ROWS
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "\nand %u more line", "\nand %u more lines",
                                        n_bad - MAX_BAD_ROWS), n_bad - MAX_BAD_ROWS)
        : g_strdup ("");
      g_set_error (error, SB_FORMAT_ERROR, SB_FORMAT_ERROR_INVALID_MEMBER,
                   _("Nothing was imported from “%s”:%s%s"), file, bad->str, more);
      return NULL;
    }

  import->sessions = g_ptr_array_new_with_free_func (g_object_unref);
  import->n_workouts = workouts->len;
  for (guint w = 0; w < workouts->len; w++)
    {
      Workout *workout = g_ptr_array_index (workouts, w);

      if (workout->sets->len > 0)
        g_ptr_array_add (import->sessions, make_session (import, catalog, workout));
    }
  g_ptr_array_sort (import->sessions, compare_sessions);

  import->left_out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < left_out_order->len; i++)
    {
      const char *entry = g_ptr_array_index (left_out_order, i);
      guint n;

      if (entry[0] != '\x1e')
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (left_out, entry + 1));
      /* Translators: an exercise Strongback does not have, and how many sets of it a file had */
      g_ptr_array_add (import->left_out, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u set", "%s: %u sets", n),
                                                          entry + 1, n));
    }

  return g_steal_pointer (&import);
}
