/* sb-test-utils.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the test programs share: waiting for a condition on the main loop
 * without ever hanging, and (with GTK) finding a widget by type. */

#pragma once

#include <glib.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static inline gboolean
sb_test_timed_out (gpointer what)
{
  g_error ("timed out waiting for %s", (const char *) what);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds; a test that would hang fails
 * after 30 s, naming what it waited for. */
#define sb_test_wait_until(condition) \
  G_STMT_START { \
    guint timeout_ = g_timeout_add_seconds (30, sb_test_timed_out, (gpointer) #condition); \
    while (!(condition)) \
      g_main_context_iteration (NULL, TRUE); \
    g_source_remove (timeout_); \
  } G_STMT_END

/* Runs @argv, SIGKILLs it at a random moment from @min_us to @max_us
 * later (random timing is the point, not a wait), and returns the lines it
 * printed whole: a line cut off by the kill was never reported. With
 * @ready, the moment is counted from when it prints that line, so that a
 * slow start (ASan, valgrind) does not use up the time. */
static inline GStrv
sb_test_run_killed (const char * const *argv,
                    const char         *ready,
                    gint32              min_us,
                    gint32              max_us)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) output = g_string_new (NULL);
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  char chunk[4096];
  GPid pid;
  int out_fd, status;
  gssize n;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);

  while (ready != NULL && strchr (output->str, '\n') == NULL &&
         (n = read (out_fd, chunk, sizeof chunk)) > 0)
    g_string_append_len (output, chunk, n);
  if (ready != NULL)
    g_assert_true (g_str_has_prefix (output->str, ready));

  g_usleep (g_test_rand_int_range (min_us, max_us));
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);

  while ((n = read (out_fd, chunk, sizeof chunk)) > 0)
    g_string_append_len (output, chunk, n);
  close (out_fd);

  /* the last part is what followed the last line break */
  parts = g_strsplit (output->str, "\n", -1);
  for (guint i = ready != NULL ? 1 : 0; parts[i] != NULL && parts[i + 1] != NULL; i++)
    g_strv_builder_add (lines, parts[i]);
  return g_strv_builder_end (lines);
}

#ifdef GTK_MAJOR_VERSION
/* The first descendant of @widget of @type, depth first. */
static inline gpointer
sb_test_find (GtkWidget *widget,
              GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = sb_test_find (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static inline gpointer
sb_test_find_nth_ (GtkWidget *widget,
                   GType      type,
                   guint     *n)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (*n)-- == 0)
        return child;
      if ((found = sb_test_find_nth_ (child, type, n)) != NULL)
        return found;
    }

  return NULL;
}

/* The @n-th descendant of @widget of @type (from 0), depth first. */
static inline gpointer
sb_test_find_nth (gpointer widget,
                  GType    type,
                  guint    n)
{
  return sb_test_find_nth_ (widget, type, &n);
}
#endif
