/* sb-test-app.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the tests of the running application share: a private data folder
 * and the shipped demonstrations, the real application run around one
 * check of its window, and the message dialog it shows. */

#pragma once

#include <adwaita.h>

#include "sb-application.h"
#include "ui/sb-window.h"
#include "sb-test-utils.h"

typedef void (*SbWindowTest) (SbWindow *window);

/* Call first in main(): a data folder of the test's own, set before GLib
 * reads it, then GTK, then the clips from the source tree. */
static inline void
sb_test_app_init (int        *argc,
                  char     ***argv,
                  const char *name)
{
  g_autofree char *template = g_strdup_printf ("strongback-%s-XXXXXX", name);
  g_autofree char *home = g_dir_make_tmp (template, NULL);
  g_autofree char *demos = NULL;

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  gtk_test_init (argc, argv, NULL);

  demos = g_test_build_filename (G_TEST_DIST, "..", "data", "demos", NULL);
  g_setenv ("STRONGBACK_DEMOS_DIR", demos, TRUE);
}

static inline void
sb_test_app_on_activate_ (GApplication *app,
                          SbWindowTest  test)
{
  SbWindow *window = SB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  test (window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

/* Runs the application, calls @data (an SbWindowTest) once its window has
 * drawn, then quits; usable as a g_test_add_data_func() function. */
static inline void
sb_test_run_with_window (gconstpointer data)
{
  g_autoptr(SbApplication) app = sb_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (sb_test_app_on_activate_), (gpointer) data);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
}

/* The message dialog shown, if any. */
static inline AdwMessageDialog *
sb_test_find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}
