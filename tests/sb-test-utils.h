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

static inline gboolean
sb_test_wake (gpointer unused)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @condition holds; a test that would hang fails
 * after 30 s, naming what it waited for. The loop wakes every 10 ms: a
 * condition on a file or another process changes without an event here,
 * and its own check may run (and use up) the event that made it true. */
#define sb_test_wait_until(condition) \
  G_STMT_START { \
    guint timeout_ = g_timeout_add_seconds (30, sb_test_timed_out, (gpointer) #condition); \
    guint wake_ = g_timeout_add (10, sb_test_wake, NULL); \
    while (!(condition)) \
      g_main_context_iteration (NULL, TRUE); \
    g_source_remove (wake_); \
    g_source_remove (timeout_); \
  } G_STMT_END

/* Whether the file at @path holds @text now: for waiting on a write. */
static inline gboolean
sb_test_file_holds (const char *path,
                    const char *text)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && strstr (contents, text) != NULL;
}

/* A fake monotonic clock for the workout, moved on by hand: time spent by
 * the test itself never counts. */
static gint64 sb_test_now G_GNUC_UNUSED = 1000 * G_USEC_PER_SEC;

static inline gint64
sb_test_clock (gpointer user_data)
{
  return sb_test_now;
}

static inline void
sb_test_pass (int seconds)
{
  sb_test_now += (gint64) seconds * G_USEC_PER_SEC;
}

/* Runs @argv (found in PATH) to its end; fails the test, with what it
 * printed on stderr, unless it succeeds. Returns its standard output. */
static inline char *
sb_test_run_output (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

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

/* Drops @object and waits until it is gone: work it started (a save, a
 * read of its folder) may hold it a little longer. */
static inline void
sb_test_finalize_soon (gpointer object)
{
  gpointer weak = object;

  g_object_add_weak_pointer (G_OBJECT (object), &weak);
  g_object_unref (object);
  sb_test_wait_until (weak == NULL);
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

/* The descendant of @widget that its .ui file names @name (its widget
 * name), depth first; fails the test when there is none. */
static inline gpointer
sb_test_find_named_ (gpointer    widget,
                     const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = sb_test_find_named_ (child, name)) != NULL)
        return found;
    }

  return NULL;
}

static inline gpointer
sb_test_find_named (gpointer    widget,
                    const char *name)
{
  gpointer found = sb_test_find_named_ (widget, name);

  if (found == NULL)
    g_error ("no widget named “%s”", name);
  return found;
}

/* What a person reads on @widget: a button's or label's text without its
 * mnemonic, a row's title. */
static inline char *
sb_test_widget_text_ (GtkWidget *widget)
{
  const char *text = NULL;

  if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  else if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
#ifdef ADW_MAJOR_VERSION
  else if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  else if (ADW_IS_PREFERENCES_GROUP (widget))
    text = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));
  else if (ADW_IS_STATUS_PAGE (widget))
    text = adw_status_page_get_title (ADW_STATUS_PAGE (widget));
#endif

  if (text == NULL)
    return NULL;

  {
    GString *shown = g_string_new (NULL);

    for (const char *p = text; *p != '\0'; p++)
      if (*p != '_')
        g_string_append_c (shown, *p);
    return g_string_free (shown, FALSE);
  }
}

/* The descendant of @widget of @type that a person finds by @text: its
 * accessible label, or what it reads (see above); fails the test when
 * there is none. */
static inline gpointer
sb_test_find_labelled_ (GtkWidget  *widget,
                        GType       type,
                        const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_visible (child))
        {
          g_autofree char *message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (child),
                                                                         GTK_ACCESSIBLE_PROPERTY_LABEL, text);
          g_autofree char *shown = sb_test_widget_text_ (child);

          if (message == NULL || g_strcmp0 (shown, text) == 0)
            return child;
        }
      if ((found = sb_test_find_labelled_ (child, type, text)) != NULL)
        return found;
    }

  return NULL;
}

static inline gpointer
sb_test_find_labelled (gpointer    widget,
                       GType       type,
                       const char *text)
{
  gpointer found = sb_test_find_labelled_ (widget, type, text);

  if (found == NULL)
    g_error ("no %s labelled “%s”", g_type_name (type), text);
  return found;
}

/* Every visible descendant of @widget of @type, depth first, in the order
 * a person reads them. */
static inline void
sb_test_collect_ (GtkWidget *widget,
                  GType      type,
                  GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      sb_test_collect_ (child, type, found);
    }
}

static inline GPtrArray *
sb_test_collect (gpointer widget,
                 GType    type)
{
  GPtrArray *found = g_ptr_array_new ();

  sb_test_collect_ (widget, type, found);
  return found;
}

/* The visible label under @widget whose text holds @text, if any. */
static inline GtkLabel *
sb_test_find_text (gpointer    widget,
                   const char *text)
{
  g_autoptr(GPtrArray) labels = sb_test_collect (widget, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return g_ptr_array_index (labels, i);

  return NULL;
}
#endif
