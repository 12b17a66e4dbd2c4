/* sb-test-app.h
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the tests of the running application share: a home of the test
 * program's own, emptied before every test, with the shipped
 * demonstrations; the real application run around one check of its
 * window; and the message dialog it shows. */

#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sb-application.h"
#include "ui/sb-window.h"
#include "sb-test-utils.h"

typedef void (*SbWindowTest) (SbWindow *window);

static char *sb_test_home_;

/* Call first in main(): a home of the test's own (data, settings, cache,
 * state: never the real ones), set before GLib reads it, then GTK, then
 * the clips from the source tree. */
static inline void
sb_test_app_init (int        *argc,
                  char     ***argv,
                  const char *name)
{
  g_autofree char *template = g_strdup_printf ("strongback-%s-XXXXXX", name);
  const char *dirs[][2] = {
    { "XDG_DATA_HOME", "data" }, { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" }, { "XDG_STATE_HOME", "state" },
  };
  g_autofree char *demos = NULL;

  sb_test_home_ = g_dir_make_tmp (template, NULL);
  g_setenv ("HOME", sb_test_home_, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (sb_test_home_, dirs[i][1], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (dirs[i][0], dir, TRUE);
    }
  gtk_test_init (argc, argv, NULL);

  demos = g_test_build_filename (G_TEST_DIST, "..", "data", "demos", NULL);
  g_setenv ("STRONGBACK_DEMOS_DIR", demos, TRUE);
}

static inline void
sb_test_remove_tree_ (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        {
          sb_test_remove_tree_ (child);
          g_assert_cmpint (g_rmdir (child), ==, 0);
        }
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
}

/* Call at the start of every test: nothing an earlier test left, on disk
 * or in the settings, reaches this one. */
static inline void
sb_test_app_reset (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  sb_test_remove_tree_ (g_get_user_data_dir ());
  sb_test_remove_tree_ (g_get_user_config_dir ());
  sb_test_remove_tree_ (g_get_user_state_dir ());

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

/* The application's context, once it runs. */
static inline SbContext *
sb_test_app_context (void)
{
  return sb_application_get_context (SB_APPLICATION (g_application_get_default ()));
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

/* Runs the application on what the home holds now, calls @data (an
 * SbWindowTest) once its window has drawn, then quits. */
static inline void
sb_test_run_app (gconstpointer data)
{
  g_autoptr(SbApplication) app = sb_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (sb_test_app_on_activate_), (gpointer) data);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
}

/* The same, in an empty home; usable as a g_test_add_data_func() function. */
static inline void
sb_test_run_with_window (gconstpointer data)
{
  sb_test_app_reset ();
  sb_test_run_app (data);
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

/* Waits for the message dialog, checks it offers @response, and answers. */
static inline void
sb_test_respond (const char *response)
{
  AdwMessageDialog *dialog;

  sb_test_wait_until ((dialog = sb_test_find_dialog ()) != NULL);
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A file of the user's data folder. */
static inline char *
sb_test_data_path (const char *name)
{
  return g_build_filename (g_get_user_data_dir (), "strongback", name, NULL);
}
