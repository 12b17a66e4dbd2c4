/* routine-writer.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A second process for the routine tests: makes one routine of the user's
 * and edits it as fast as it can, as the editor does, each edit saved
 * through SbRoutineStore. It prints "ready" once the store is read, then
 * "ID WRITE" after each save is reported done, so the test can kill it at
 * any moment of its writing and then check what is on disk.
 *
 *   routine-writer DIR ROUND COUNT
 *
 * Write K names the routine "round ROUND write K" and gives it
 * MIN (K, 20) + 1 steps.
 */

#define G_LOG_DOMAIN "routine-writer"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "storage/sb-content.h"
#include "storage/sb-routine-store.h"

typedef struct
{
  SbCatalog      *catalog;
  SbRoutineStore *store;
  SbRoutine      *routine;
  GMainLoop *loop;
  int        round;
  guint      count;
  guint      written;
} Writer;

static void save_next (Writer *writer);

static void
saved (GObject      *object,
       GAsyncResult *result,
       gpointer      user_data)
{
  Writer *writer = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_routine_store_save_finish (SB_ROUTINE_STORE (object), result, &error))
    g_error ("%s", error->message);

  printf ("%s %u\n", sb_routine_get_id (writer->routine), writer->written);
  fflush (stdout);

  save_next (writer);
}

static void
save_next (Writer *writer)
{
  g_autofree char *name = NULL;
  SbExercise *exercise;

  if (writer->written == writer->count)
    {
      g_main_loop_quit (writer->loop);
      return;
    }

  writer->written++;
  name = g_strdup_printf ("round %d write %u", writer->round, writer->written);
  sb_routine_set_name (writer->routine, name);
  if (writer->written <= 20)
    {
      exercise = sb_catalog_lookup_exercise (writer->catalog, writer->written % 2 ? "glute-bridge" : "hip-thrust");
      sb_routine_insert_step (writer->routine, 0, exercise, NULL);
    }
  sb_routine_store_save_async (writer->store, writer->routine, NULL, saved, writer);
}

static void
loaded (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  Writer *writer = user_data;
  g_autoptr(GError) error = NULL;

  if (!sb_routine_store_load_finish (SB_ROUTINE_STORE (object), result, &error))
    g_error ("%s", error->message);

  printf ("ready\n");
  fflush (stdout);
  writer->routine = g_object_ref (sb_routine_store_add (writer->store, NULL,
                                                        sb_catalog_lookup_exercise (writer->catalog, "hip-thrust")));
  save_next (writer);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  Writer writer = { 0 };

  if (argc != 4)
    {
      g_printerr ("usage: %s DIR ROUND COUNT\n", argv[0]);
      return 2;
    }

  dir = g_file_new_for_path (argv[1]);
  writer.catalog = sb_content_load_catalog (&error);
  if (writer.catalog == NULL)
    g_error ("%s", error->message);
  writer.store = sb_routine_store_new (writer.catalog, dir);
  writer.loop = g_main_loop_new (NULL, FALSE);
  writer.round = atoi (argv[2]);
  writer.count = atoi (argv[3]);

  sb_routine_store_load_async (writer.store, NULL, loaded, &writer);
  g_main_loop_run (writer.loop);

  g_clear_object (&writer.routine);
  g_clear_object (&writer.store);
  g_clear_object (&writer.catalog);
  g_main_loop_unref (writer.loop);
  return 0;
}
