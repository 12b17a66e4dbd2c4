/* history-writer.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A second process for the store tests: saves sessions through
 * SbHistoryStore as fast as it can and prints each id once it is saved, so
 * the test can kill it at any moment, or run two at once, and then check
 * what is on disk.
 *
 *   history-writer DIR new COUNT          save COUNT new sessions
 *   history-writer DIR rewrite ID COUNT   save session ID COUNT times
 */

#define G_LOG_DOMAIN "history-writer"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "storage/sb-history-store.h"

typedef struct
{
  SbHistoryStore *store;
  GMainLoop      *loop;
  const char     *rewrite_id;
  guint           remaining;
  guint           count;
  SbSession      *session;
} Writer;

static void save_next (Writer *writer);

static void
saved (GObject      *object,
       GAsyncResult *result,
       gpointer      user_data)
{
  Writer *writer = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_history_store_save_finish (SB_HISTORY_STORE (object), result, &error))
    g_error ("%s", error->message);

  printf ("%s\n", sb_session_get_id (writer->session));
  fflush (stdout);

  save_next (writer);
}

static void
save_next (Writer *writer)
{
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *notes = NULL;

  if (writer->remaining-- == 0)
    {
      g_main_loop_quit (writer->loop);
      return;
    }

  writer->count++;
  notes = g_strdup_printf ("write %u by process %d", writer->count, (int) getpid ());

  if (writer->rewrite_id == NULL || writer->session == NULL)
    {
      g_autoptr(SbSetRecord) set = sb_set_record_new ("hip-thrust");
      g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();

      /* Rewriters share one start, so that they share one file. */
      if (writer->rewrite_id != NULL)
        start = g_date_time_new (tz, 2026, 6, 1, 12, 0, 0);
      else
        start = g_date_time_new (tz, 2026, g_random_int_range (1, 13), g_random_int_range (1, 29),
                                 g_random_int_range (0, 24), g_random_int_range (0, 60), 0);
      g_clear_object (&writer->session);
      if (writer->rewrite_id != NULL)
        writer->session = g_object_new (SB_TYPE_SESSION,
                                        "id", writer->rewrite_id,
                                        "routine-id", "gym",
                                        "routine-name", "Gym",
                                        "start-time", start,
                                        NULL);
      else
        writer->session = sb_session_new ("gym", "Gym", start);

      for (guint i = 0; i < 10; i++)
        {
          set->reps = 10 + i;
          sb_session_add_set (writer->session, set);
        }
    }

  sb_session_set_notes (writer->session, notes);
  sb_history_store_save_async (writer->store, writer->session, NULL, saved, writer);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) dir = NULL;
  Writer writer = { 0 };

  if (argc < 4)
    {
      g_printerr ("usage: %s DIR new COUNT | DIR rewrite ID COUNT\n", argv[0]);
      return 2;
    }

  dir = g_file_new_for_path (argv[1]);
  writer.store = sb_history_store_new (dir);
  writer.loop = g_main_loop_new (NULL, FALSE);

  if (g_str_equal (argv[2], "rewrite") && argc == 5)
    {
      writer.rewrite_id = argv[3];
      writer.remaining = atoi (argv[4]);
    }
  else
    writer.remaining = atoi (argv[3]);

  save_next (&writer);
  g_main_loop_run (writer.loop);

  g_clear_object (&writer.session);
  g_clear_object (&writer.store);
  g_main_loop_unref (writer.loop);
  return 0;
}
