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
