/* sb-backup.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The history as one file: a JSON backup that restores without loss, a CSV
 * table of every set for spreadsheets, and copying the history folder to a
 * new place, checked file by file before the app switches to it.
 *
 * A backup ("strongback-backup", data/FORMATS.md) holds each session as the
 * very object its own file holds, so restoring is writing those files.
 * Restore merges by session id: a session already here is kept as it is,
 * never overwritten, so restoring twice adds nothing the second time.
 */

#define G_LOG_DOMAIN "sb-backup"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sb-backup.h"
#include "sb-json.h"
#include "sb-session-codec.h"

/**
 * sb_backup_to_json:
 * @sessions: (element-type SbSession): what to back up
 *
 * Returns: (transfer full): the text of a "strongback-backup" file
 */
char *
sb_backup_to_json (GListModel *sessions)
{
  GString *text = g_string_new ("{\n  \"format\" : \"strongback-backup\",\n  \"version\" : 1,\n"
                                "  \"sessions\" : [");
  guint n = g_list_model_get_n_items (sessions);

  /* Each session is written by its own writer, unknown members included,
   * and the list is joined as text: no second tree of 3,650 sessions. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (sessions, i);
      g_autofree char *data = sb_session_codec_write (session);

      g_string_append (text, i == 0 ? "\n" : ",\n");
      g_string_append (text, data);
    }
  g_string_append (text, "\n  ]\n}\n");

  return g_string_free (text, FALSE);
}

static void
append_csv_field (GString    *line,
                  const char *field)
{
  if (line->len > 0 && line->str[line->len - 1] != '\n')
    g_string_append_c (line, ',');

  if (field == NULL)
    return;

  /* RFC 4180: quote what holds a separator, a quote or a line break */
  if (strpbrk (field, ",\"\r\n") != NULL)
    {
      g_string_append_c (line, '"');
      for (const char *p = field; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (line, '"');
          g_string_append_c (line, *p);
        }
      g_string_append_c (line, '"');
    }
  else
    g_string_append (line, field);
}

static void
append_csv_int (GString *line,
                int      value,
                int      unset)
{
  char buffer[16];

  if (value == unset)
    {
      append_csv_field (line, NULL);
      return;
    }
  g_snprintf (buffer, sizeof buffer, "%d", value);
  append_csv_field (line, buffer);
}

static void
append_csv_double (GString *line,
                   double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (value < 0)
    {
      append_csv_field (line, NULL);
      return;
    }
  append_csv_field (line, g_ascii_dtostr (buffer, sizeof buffer, value));
}

static const char * const csv_columns[] = {
  "session", "start", "end", "routine", "routine-name", "pain-before", "pain-after", "notes",
  "set", "exercise", "reps", "seconds", "load-kg", "incline-percent", "effort", "skipped",
  /* added later, at the end so that the columns before keep their places */
  "pain-next-morning", "place",
};

/**
 * sb_backup_to_csv:
 * @sessions: (element-type SbSession): what to export
 *
 * Returns: (transfer full): a CSV table with one row per set (and one row
 *   with empty set columns for a session without sets), UTF-8, with a
 *   header row; numbers use a decimal point whatever the locale
 */
char *
sb_backup_to_csv (GListModel *sessions)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (sessions);

  for (guint c = 0; c < G_N_ELEMENTS (csv_columns); c++)
    append_csv_field (text, csv_columns[c]);
  g_string_append (text, "\r\n");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SbSession) session = g_list_model_get_item (sessions, i);
      g_autofree char *start = sb_json_format_datetime (sb_session_get_start_time (session));
      g_autofree char *end = NULL;
      guint n_sets = sb_session_get_n_sets (session);

      if (sb_session_get_end_time (session) != NULL)
        end = sb_json_format_datetime (sb_session_get_end_time (session));

      for (guint s = 0; s < MAX (n_sets, 1); s++)
        {
          const SbSetRecord *set = s < n_sets ? sb_session_get_set (session, s) : NULL;

          append_csv_field (text, sb_session_get_id (session));
          append_csv_field (text, start);
          append_csv_field (text, end);
          append_csv_field (text, sb_session_get_routine_id (session));
          append_csv_field (text, sb_session_get_routine_name (session));
          append_csv_int (text, sb_session_get_pain_before (session), -1);
          append_csv_int (text, sb_session_get_pain_after (session), -1);
          append_csv_field (text, sb_session_get_notes (session));
          if (set != NULL)
            {
              append_csv_int (text, s + 1, -1);
              append_csv_field (text, set->exercise_id);
              append_csv_int (text, set->reps, -1);
              append_csv_int (text, set->seconds, -1);
              append_csv_double (text, set->load_kg);
              append_csv_double (text, set->incline_percent);
              append_csv_int (text, set->effort, 0);
              append_csv_field (text, set->skipped ? "true" : "false");
            }
          else
            for (guint c = 8; c < 16; c++)
              append_csv_field (text, NULL);
          append_csv_int (text, sb_session_get_pain_next_morning (session), -1);
          append_csv_field (text, sb_session_get_place (session));
          g_string_append (text, "\r\n");
        }
    }

  return g_string_free (text, FALSE);
}

/**
 * sb_backup_read:
 * @file: the backup's name, for messages
 * @problems: (out) (element-type utf8) (optional): one message for each
 *   session in the backup that could not be read
 *
 * Reads a "strongback-backup" file. A session that cannot be read is left
 * out and named in @problems; the others are read.
 *
 * Returns: (transfer full) (element-type SbSession): the sessions, or %NULL
 *   with @error set when the file is not a backup at all
 */
GPtrArray *
sb_backup_read (const char  *file,
                const char  *data,
                gsize        length,
                GPtrArray  **problems,
                GError     **error)
{
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  SbJsonReader reader = { file, NULL, NULL };
  JsonArray *array = NULL;
  int version;

  root = sb_json_parse_object_sized (file, data, length, SB_JSON_MAX_BACKUP_SIZE,
                                     "strongback-backup", &version, error);
  if (root == NULL)
    return NULL;

  reader.object = root;
  if (!sb_json_get_array (&reader, "sessions", TRUE, &array, error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("%s, sessions[%u]", file, i);
      g_autofree char *text = NULL;
      g_autoptr(GError) local_error = NULL;
      SbSession *session;

      /* Each element goes through the session file's own reader, with
       * every check it makes. */
      text = sb_json_node_to_string (node, FALSE);
      session = sb_session_codec_read (where, text, strlen (text), &local_error);
      if (session != NULL)
        g_ptr_array_add (sessions, session);
      else
        g_ptr_array_add (messages, g_strdup (local_error->message));
    }

  if (problems != NULL)
    *problems = g_steal_pointer (&messages);

  return g_steal_pointer (&sessions);
}

/* Restoring ------------------------------------------------------------ */

typedef struct
{
  GPtrArray       *sessions;
  guint            next;
  SbRestoreCounts  counts;
} Restore;

static void
restore_free (Restore *restore)
{
  g_ptr_array_unref (restore->sessions);
  g_free (restore);
}

static void restore_next (GTask *task);

static void
restore_saved (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Restore *restore = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!sb_history_store_save_finish (SB_HISTORY_STORE (object), result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  restore->counts.added++;
  restore_next (g_steal_pointer (&task));
}

/* One session at a time: the store's writes are durable, and a failure
 * (a full disk) stops the restore where it is; running it again goes on
 * from there. */
static void
restore_next (GTask *task)
{
  SbHistoryStore *store = g_task_get_source_object (task);
  Restore *restore = g_task_get_task_data (task);

  while (restore->next < restore->sessions->len)
    {
      SbSession *session = g_ptr_array_index (restore->sessions, restore->next++);

      if (sb_history_store_lookup (store, sb_session_get_id (session)) != NULL)
        {
          restore->counts.kept++;
          continue;
        }

      sb_history_store_save_async (store, session, g_task_get_cancellable (task),
                                   restore_saved, task);
      return;
    }

  g_task_return_boolean (task, TRUE);
  g_object_unref (task);
}

/**
 * sb_backup_restore_async:
 * @store: a loaded history
 * @sessions: (element-type SbSession): from sb_backup_read()
 *
 * Adds to @store every session it does not have; the ones it has, by id,
 * stay as they are.
 */
void
sb_backup_restore_async (SbHistoryStore      *store,
                         GPtrArray           *sessions,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task;
  Restore *restore;

  g_return_if_fail (SB_IS_HISTORY_STORE (store));
  g_return_if_fail (sb_history_store_get_loaded (store));

  restore = g_new0 (Restore, 1);
  restore->sessions = g_ptr_array_ref (sessions);

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, sb_backup_restore_async);
  g_task_set_task_data (task, restore, (GDestroyNotify) restore_free);
  restore_next (task);
}

/**
 * sb_backup_restore_finish:
 * @counts: (out) (optional): what the restore did, also when it failed
 *   part of the way
 */
gboolean
sb_backup_restore_finish (SbHistoryStore   *store,
                          GAsyncResult     *result,
                          SbRestoreCounts  *counts,
                          GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  if (counts != NULL)
    *counts = ((Restore *) g_task_get_task_data (G_TASK (result)))->counts;

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Copying the history folder ------------------------------------------ */

typedef struct
{
  GFile *from;
  GFile *to;
  guint  n_copied;
} CopyJob;

static void
copy_job_free (CopyJob *job)
{
  g_object_unref (job->from);
  g_object_unref (job->to);
  g_free (job);
}

static gboolean
same_contents (GFile   *a,
               GFile   *b,
               GError **error)
{
  g_autofree char *data_a = NULL;
  g_autofree char *data_b = NULL;
  gsize length_a, length_b;

  if (!g_file_load_contents (a, NULL, &data_a, &length_a, NULL, error) ||
      !g_file_load_contents (b, NULL, &data_b, &length_b, NULL, error))
    return FALSE;

  return length_a == length_b && memcmp (data_a, data_b, length_a) == 0;
}

static gboolean
copy_tree (GFile     *from,
           GFile     *to,
           guint     *n_copied,
           GError   **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (to, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_clear_error (&local_error);

  children = g_file_enumerate_children (from, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, error);
  if (children == NULL)
    return FALSE;

  for (;;)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;
      g_autoptr(GFile) target = NULL;

      if (!g_file_enumerator_iterate (children, &info, &child, NULL, error))
        return FALSE;
      if (info == NULL)
        break;

      target = g_file_get_child (to, g_file_info_get_name (info));
      switch (g_file_info_get_file_type (info))
        {
        case G_FILE_TYPE_DIRECTORY:
          if (!copy_tree (child, target, n_copied, error))
            return FALSE;
          break;

        case G_FILE_TYPE_REGULAR:
          /* A file of that name already there is the same session, from
           * a synced copy of this history: it is kept, never replaced. */
          if (!g_file_copy (child, target, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
            {
              if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
                {
                  g_propagate_error (error, g_steal_pointer (&local_error));
                  return FALSE;
                }
              g_clear_error (&local_error);
              break;
            }

          /* read back what landed before anyone relies on it */
          if (!same_contents (child, target, error))
            {
              if (error != NULL && *error == NULL)
                {
                  g_autofree char *name = g_file_get_parse_name (target);
                  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("The copy of “%s” differs from the original"), name);
                }
              return FALSE;
            }
          (*n_copied)++;
          break;

        case G_FILE_TYPE_UNKNOWN:
        case G_FILE_TYPE_SYMBOLIC_LINK:
        case G_FILE_TYPE_SPECIAL:
        case G_FILE_TYPE_SHORTCUT:
        case G_FILE_TYPE_MOUNTABLE:
        default:
          break;
        }
    }

  return TRUE;
}

static void
copy_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CopyJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (g_file_has_prefix (job->to, job->from) || g_file_equal (job->to, job->from))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "%s",
                             _("The history cannot move into a folder inside itself"));
  else if (!g_file_query_exists (job->from, NULL))
    g_task_return_boolean (task, TRUE);   /* nothing recorded yet */
  else if (!copy_tree (job->from, job->to, &job->n_copied, &error))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                             /* Translators: %s says why */
                             _("The history could not be copied, and stays where it was: %s"),
                             error->message);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * sb_backup_copy_folder_async:
 * @from: the history folder now
 * @to: where it goes
 *
 * Copies every file of the history (sessions, quarantine, trash) to @to,
 * and reads each copy back to check it. Files already in @to are kept.
 * Nothing in @from changes: the caller switches to @to once this succeeds.
 */
void
sb_backup_copy_folder_async (GFile               *from,
                             GFile               *to,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  CopyJob *job = g_new0 (CopyJob, 1);

  job->from = g_object_ref (from);
  job->to = g_object_ref (to);
  g_task_set_source_tag (task, sb_backup_copy_folder_async);
  g_task_set_task_data (task, job, (GDestroyNotify) copy_job_free);
  g_task_run_in_thread (task, copy_thread);
}

gboolean
sb_backup_copy_folder_finish (GAsyncResult  *result,
                              guint         *n_copied,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  if (n_copied != NULL)
    *n_copied = ((CopyJob *) g_task_get_task_data (G_TASK (result)))->n_copied;

  return g_task_propagate_boolean (G_TASK (result), error);
}
